package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeFeishu;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real timeouts need real time: the waits are short, and nothing asserts on durations. */
class TimeoutTest {
  private FakeFeishu server;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DefaultLarkClient.Builder realTime() {
    return DefaultLarkClient.builder().appId(Clients.APP_ID).appSecret(Clients.APP_SECRET)
        .baseUrl(server.baseUrl()).clientRateLimiting(false);
  }

  @Test
  void readTimeoutAppliesToSlowHeaders() {
    // The timeout covers the token request too: it is long enough for a loaded machine to answer
    // that one, and far shorter than the delayed page.
    server.sequence(PATH, ok(page(false, null, "x")).delayed(15_000));
    try (DefaultLarkClient client = realTime().readTimeout(Duration.ofMillis(2_000))
        .retryPolicy(RetryPolicy.none()).build()) {
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(LarkTimeoutException.Kind.READ, e.kind());
      assertTrue(e.getMessage().startsWith("test.v1.things.list: read timeout"), e.getMessage());
    }
  }

  @Test
  void readTimeoutAppliesToAStalledBodyAndIsRetriedForGet() {
    server.sequence(PATH, ok(page(false, null, "x")).stalled(), ok(page(false, null, "y")));
    try (DefaultLarkClient client = realTime().readTimeout(Duration.ofMillis(300))
        .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1),
            Duration.ofMillis(1))).build()) {
      assertEquals(List.of("y"), client.execute(LIST, REQUEST).items());
      assertEquals(2, server.requests(PATH).size());
      assertEquals(1, client.stats().retries());
    }
  }

  @Test
  void overallTimeoutBoundsTheWholeCall() {
    server.sequence(PATH, ok(page(false, null, "x")).delayed(5_000));
    try (DefaultLarkClient client = realTime().readTimeout(Duration.ofSeconds(20))
        .overallTimeout(Duration.ofMillis(300)).build()) {
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(LarkTimeoutException.Kind.OVERALL, e.kind());
    }
  }

  @Test
  void overallTimeoutAlsoBoundsASlowTokenRequest() {
    server.script(FakeFeishu.TOKEN_PATH, (r, n) -> FakeFeishu.Reply.json(200,
        "{\"code\":0,\"tenant_access_token\":\"t-slowtokenvalue000\",\"expire\":7200}")
        .delayed(5_000));
    try (DefaultLarkClient client = realTime().readTimeout(Duration.ofSeconds(20))
        .overallTimeout(Duration.ofMillis(300)).build()) {
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(LarkTimeoutException.Kind.OVERALL, e.kind());
      assertTrue(server.requests(PATH).isEmpty());
    }
  }

  @Test
  void perCallTimeoutReplacesTheOverallTimeout() {
    server.sequence(PATH, ok(page(false, null, "x")).delayed(5_000));
    try (DefaultLarkClient client = realTime().readTimeout(Duration.ofSeconds(20)).build()) {
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(LIST, REQUEST,
              RequestOptions.DEFAULT.withTimeout(Duration.ofMillis(300))));
      assertEquals(LarkTimeoutException.Kind.OVERALL, e.kind());
    }
  }

  @Test
  void connectTimeoutApplies() throws IOException {
    // A listening socket that never accepts, with its backlog filled, leaves new SYNs unanswered.
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    List<Socket> fillers = new ArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 1, loopback)) {
      boolean saturated = false;
      for (int i = 0; i < 16 && !saturated; i++) {
        Socket s = new Socket();
        fillers.add(s);
        try {
          s.connect(new InetSocketAddress(loopback, silent.getLocalPort()), 200);
        } catch (SocketTimeoutException e) {
          saturated = true;
        }
      }
      Assumptions.assumeTrue(saturated, "this OS accepts connections beyond the backlog");
      try (DefaultLarkClient client = DefaultLarkClient.builder().appId(Clients.APP_ID)
          .appSecret(Clients.APP_SECRET)
          .baseUrl("http://127.0.0.1:" + silent.getLocalPort())
          .connectTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofSeconds(20))
          .retryPolicy(RetryPolicy.none()).build()) {
        LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
            () -> client.execute(LIST, REQUEST));
        assertEquals(LarkTimeoutException.Kind.CONNECT, e.kind());
        assertEquals("auth.v3.tenant_access_token.internal", e.operationId());
      }
    } finally {
      for (Socket s : fillers) {
        s.close();
      }
    }
  }
}
