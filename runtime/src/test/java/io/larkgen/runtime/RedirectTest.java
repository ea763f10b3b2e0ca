package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedirectTest {
  private FakeFeishu server;
  private FakeFeishu other;
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    other = new FakeFeishu();
    other.sequence(PATH, ok(page(false, null, "stolen")));
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  @Test
  void redirectToAnotherHostIsNotFollowedAndTheTokenStaysHome() {
    server.sequence(PATH, json(302, "").withHeader("Location", other.baseUrl() + PATH));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      LarkTransportException e = assertThrows(LarkTransportException.class,
          () -> client.execute(LIST, REQUEST));
      assertTrue(e.getMessage().contains("redirect to another origin not followed"),
          e.getMessage());
      assertEquals(302, e.httpStatus());
      assertEquals(1, server.requests(PATH).size(), "an unsafe redirect is not retried");
    }
    assertTrue(other.requests().isEmpty());
    assertFalse(server.tenantToken.isEmpty());
  }

  @Test
  void sameOriginRedirectIsFollowedWithTheToken() {
    server.sequence(PATH, json(307, "").withHeader("Location", "/open-apis/test/v2/things"));
    server.sequence("/open-apis/test/v2/things", ok(page(false, null, "moved")));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      assertEquals("moved", client.execute(LIST, REQUEST).items().get(0));
    }
    FakeFeishu.Received moved = server.requests("/open-apis/test/v2/things").get(0);
    assertEquals("Bearer " + server.tenantToken, moved.authorization());
  }
}
