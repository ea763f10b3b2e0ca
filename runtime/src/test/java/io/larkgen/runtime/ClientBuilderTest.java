package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

  @Test
  void appIdAndSecretAreRequired() {
    assertThrows(IllegalStateException.class, () -> DefaultLarkClient.builder().build());
    assertThrows(IllegalStateException.class,
        () -> DefaultLarkClient.builder().appId("cli_x").build());
    assertThrows(IllegalArgumentException.class, () -> DefaultLarkClient.builder().appSecret(" "));
    assertThrows(IllegalArgumentException.class,
        () -> DefaultLarkClient.builder().readTimeout(Duration.ZERO));
  }

  @Test
  void defaultsPointAtFeishuWithRetriesAndRateLimiting() {
    try (DefaultLarkClient client =
        DefaultLarkClient.builder().appId("cli_x").appSecret("secret-value-1").build()) {
      assertEquals(URI.create(DefaultLarkClient.FEISHU_BASE_URL), client.baseUrl());
      assertEquals(RetryPolicy.defaults(), client.retryPolicy());
      assertTrue(client.clientRateLimiting());
      assertFalse(client.toString().contains("secret-value-1"), client.toString());
    }
  }

  @Test
  void aBuiltClientIgnoresLaterBuilderChangesAndSharesNothingWithItsSiblings() throws Exception {
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      DefaultLarkClient.Builder builder = Clients.builder(server, clock);
      try (DefaultLarkClient first = builder.build()) {
        builder.baseUrl(DefaultLarkClient.LARK_BASE_URL).clientRateLimiting(false);
        try (DefaultLarkClient second = Clients.builder(server, clock).build()) {
          assertEquals(URI.create(server.baseUrl()), first.baseUrl());
          assertTrue(first.clientRateLimiting());
          first.execute(LIST, REQUEST);
          second.execute(LIST, REQUEST);
          assertEquals(2, server.tokenRequests(), "each client has its own token cache");
          assertEquals(1, first.stats().requestsSent());
          assertEquals(1, second.stats().requestsSent());
        }
      }
    }
  }

  @Test
  void statsSummarise() {
    ClientStats stats = new ClientStats(10, 2, 3, Duration.ofMillis(250), 1, 1);
    assertEquals("requests=10 retries=2 rateLimitWaits=3 (250 ms) throttled=1 tokenFetches=1",
        stats.toString());
  }

  @Test
  void userAgentIsSent() throws Exception {
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, new FakeClock())
            .userAgent("hire-export/1.0").build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      client.execute(LIST, REQUEST);
      assertEquals(List.of("hire-export/1.0"), server.requests(PATH).get(0).headers()
          .get("User-agent"));
    }
  }
}
