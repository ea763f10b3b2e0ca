package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.AppTicketHolder;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.CapturingLoggerProvider;
import io.larkgen.runtime.testing.CapturingLoggerProvider.Event;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Every logger is at TRACE in tests (see CapturingLoggerProvider). */
class LoggingRedactionTest {
  private static final String TOKEN_1 = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZTOKENONE";
  private static final String TOKEN_2 = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZTOKENTWO";
  private static final String APP_TOKEN = "a-g1044ghJRUIJJ5ELPZ5GYMAYIZAPPTOKEN";
  private static final String STORE_TOKEN = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZSTORETOKEN";
  private static final List<String> SECRETS = List.of(Clients.APP_SECRET, Clients.APP_TICKET,
      TOKEN_1, TOKEN_2, APP_TOKEN, STORE_TOKEN, "G1044GHJRUIJJ5ELPZ5GYMAYIZ", "1044ghJRUIJJ");

  private static void assertNoSecret(String where, String text) {
    for (String secret : SECRETS) {
      assertFalse(text.contains(secret), where + " shows a secret: " + text);
    }
  }

  @Test
  void noSecretOrTokenAppearsInAnyLogEventExceptionOrToString() throws Exception {
    CapturingLoggerProvider.clear();
    List<String> messages = new ArrayList<>();
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(FakeFeishu.TOKEN_PATH,
          json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + TOKEN_1
              + "\",\"expire\":7200}"),
          json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + TOKEN_2
              + "\",\"expire\":7200}"),
          json(500, "{\"code\":1,\"msg\":\"failed for " + TOKEN_2 + "\"}"),
          json(200, "{\"code\":0,\"tenant_access_token\":\"" + TOKEN_2 + "\",\"exp"));
      server.sequence(PATH,
          json(401, "{\"code\":99991663,\"msg\":\"Invalid access token " + TOKEN_1 + "\"}"),
          ok(page(false, null, "x")),
          json(400, "{\"code\":99991672,\"msg\":\"Access denied for Bearer " + TOKEN_2
              + "\",\"error\":{\"permission_violations\":[{\"subject\":\"hire:interview\"}]}}"),
          json(200, "{\"code\":0,\"data\":{\"items\":[\"" + TOKEN_2 + "\"x]}}"),
          ok(page(false, null, "x")));
      DefaultLarkClient.Builder builder = Clients.builder(server, clock)
          .retryPolicy(RetryPolicy.none());
      messages.add(builder.toString());
      try (DefaultLarkClient client = builder.build()) {
        messages.add(client.toString());
        client.execute(LIST, REQUEST);                                  // refresh after 99991663
        messages.add(assertThrows(LarkException.class, () -> client.execute(LIST, REQUEST))
            .getMessage());                                             // missing scope
        messages.add(assertThrows(LarkException.class, () -> client.execute(LIST, REQUEST))
            .getMessage());                                             // malformed data
        clock.advance(Duration.ofMinutes(100));
        client.execute(LIST, REQUEST);                                  // failed refresh, old kept
        clock.advance(Duration.ofMinutes(30));
        messages.add(assertThrows(LarkException.class, () -> client.execute(LIST, REQUEST))
            .getMessage());                                             // truncated token body
      }

      server.sequence("/open-apis/auth/v3/app_access_token", json(200,
          "{\"code\":0,\"app_access_token\":\"" + APP_TOKEN + "\",\"expire\":7200}"));
      server.sequence("/open-apis/auth/v3/tenant_access_token", json(200,
          "{\"code\":0,\"tenant_access_token\":\"" + STORE_TOKEN + "\",\"expire\":7200}"));
      server.sequence(PATH, ok(page(false, null, "x")));
      AppTicketHolder ticket = new AppTicketHolder();
      ticket.set(Clients.APP_TICKET);
      messages.add(ticket.toString());
      DefaultLarkClient.Builder store = Clients.builder(server, clock).storeApp(ticket);
      messages.add(store.toString());
      try (DefaultLarkClient client = store.build()) {
        client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-1"));
        messages.add(client.toString());
      }
    }
    messages.add(new AccessToken(TOKEN_1, Instant.EPOCH, Instant.EPOCH).toString());

    for (String m : messages) {
      assertNoSecret("message", m);
    }
    List<Event> events = CapturingLoggerProvider.events();
    for (Event e : events) {
      assertNoSecret(e.level() + " " + e.logger(), e.text());
    }
    // The capture really saw the traffic, at every level that matters.
    assertTrue(events.stream().anyMatch(e -> e.level() == Level.DEBUG
        && e.message().contains("test.v1.things.list GET http://127.0.0.1:")
        && e.message().contains("-> 401") && e.message().contains("attempt 1, log id log-401")),
        "request line at debug");
    assertTrue(events.stream().anyMatch(e -> e.level() == Level.TRACE
        && e.message().contains("request body: {\"app_id\":\"" + Clients.APP_ID
            + "\",\"app_secret\":\"***\"}")), "redacted token request body at trace");
    assertTrue(events.stream().anyMatch(e -> e.level() == Level.TRACE
        && e.message().contains("\"tenant_access_token\":\"***\"")), "token response at trace");
    assertTrue(events.stream().anyMatch(e -> e.level() == Level.TRACE
        && e.message().contains("\"app_ticket\":\"***\"")), "store app ticket redacted");
    assertTrue(events.stream().anyMatch(e -> e.level() == Level.WARN
        && e.message().contains("stays in use")), "failed refresh warned");
    assertTrue(messages.stream().anyMatch(m -> m.contains("Bearer ***")), String.join("\n", messages));
  }
}
