package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Response metadata for callers, and the events a {@link CallListener} hears. */
class CallListenerTest {
  private static final FakeFeishu.Reply THROTTLED = FakeFeishu.Reply.json(429,
          "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")
      .withHeader("x-ogw-ratelimit-reset", "2")
      .withHeader("X-Tt-Logid", "log-throttled");

  /** Every event, in order, as the listener heard it. */
  private static final class Recording implements CallListener {
    final List<Object> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onRateLimitWait(RateLimitWait event) {
      events.add(event);
    }

    @Override
    public void beforeSend(Send event) {
      events.add(event);
    }

    @Override
    public void afterReceive(Receive event) {
      events.add(event);
    }

    @Override
    public void onRetry(Retry event) {
      events.add(event);
    }

    @Override
    public void onCallEnd(End event) {
      events.add(event);
    }
  }

  @Test
  void executeWithMetadataReturnsTheLogIdAndHeadersOfTheAnswerThatCarriedTheData()
      throws Exception {
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).build()) {
      server.sequence(PATH, THROTTLED, ok(page(false, null, "x"))
          .withHeader("X-Tt-Logid", "202604011200000102030405")
          .withHeader("x-ogw-ratelimit-limit", "50"));
      Response<ThingsPage> response =
          client.executeWithMetadata(Things.LIST, REQUEST, RequestOptions.DEFAULT);
      assertEquals(List.of("x"), response.data().items());
      assertEquals(Optional.of("202604011200000102030405"), response.logId());
      assertEquals(200, response.metadata().httpStatus());
      assertEquals(2, response.metadata().attempts());
      assertEquals(Optional.of("50"), response.metadata().header("X-OGW-RATELIMIT-LIMIT"));
      assertEquals(Optional.empty(), response.metadata().header("x-no-such-header"));
      assertEquals(Things.LIST.id(), response.metadata().operationId());
    }
  }

  @Test
  void aSinkInTheOptionsHearsEveryPageOfAGeneratedStyleCall() throws Exception {
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).build()) {
      server.sequence(PATH,
          ok(page(true, "p2", "a")).withHeader("X-Tt-Logid", "log-page-1"),
          ok(page(false, null, "b")).withHeader("X-Tt-Logid", "log-page-2"));
      List<String> logIds = new ArrayList<>();
      RequestOptions options = RequestOptions.DEFAULT.onResponse(m -> logIds.add(m.logId()));
      List<String> items = new ArrayList<>();
      client.paginate(Things.LIST, Things.PAGING, REQUEST, options).forEach(items::add);
      assertEquals(List.of("a", "b"), items);
      assertEquals(List.of("log-page-1", "log-page-2"), logIds);
      assertFalse(options.toString().contains("@"), options.toString());
    }
  }

  @Test
  void aFailedCallGivesTheSinkNothingAndItsExceptionCarriesTheLogId() throws Exception {
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).build()) {
      server.sequence(PATH, FakeFeishu.Reply.error(400, 1002002, "bad things")
          .withHeader("X-Tt-Logid", "log-refused"));
      List<ResponseMetadata> seen = new ArrayList<>();
      LarkApiException e = assertThrows(LarkApiException.class, () -> client.execute(
          Things.LIST, REQUEST, RequestOptions.DEFAULT.onResponse(seen::add)));
      assertEquals(Optional.of("log-refused"), e.logId());
      assertTrue(seen.isEmpty(), seen.toString());
    }
  }

  @Test
  void aListenerHearsWaitsAttemptsRetriesAndTheEndInOrder() throws Exception {
    Recording listener = new Recording();
    RateLimit oncePerSecond = new RateLimit("test.once", 1);
    var limited = Things.list(oncePerSecond);
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).rateLimitHeadroom(1.0)
            .listener(listener).build()) {
      server.sequence(PATH, ok(page(false, null, "x")), THROTTLED, ok(page(false, null, "y")));
      client.execute(limited, REQUEST);
      listener.events.clear();
      client.execute(limited, REQUEST);

      // the retry waits the server's reset, after which its permit is due: no second wait
      List<Object> events = listener.events;
      assertEquals(List.of(CallListener.RateLimitWait.class, CallListener.Send.class,
          CallListener.Receive.class, CallListener.Retry.class, CallListener.Send.class, CallListener.Receive.class, CallListener.End.class),
          events.stream().map(Object::getClass).toList());
      var firstWait = (CallListener.RateLimitWait) events.get(0);
      assertEquals(Duration.ofSeconds(1), firstWait.waited());
      var send = (CallListener.Send) events.get(1);
      assertEquals(1, send.attempt());
      assertEquals(HttpMethod.GET, send.method());
      assertTrue(send.target().contains(PATH), send.target());
      var throttled = (CallListener.Receive) events.get(2);
      assertEquals(429, throttled.metadata().httpStatus());
      assertEquals("log-throttled", throttled.metadata().logId());
      assertInstanceOf(LarkRateLimitException.class, throttled.failure());
      var retry = (CallListener.Retry) events.get(3);
      assertEquals(1, retry.attempt());
      assertEquals(Duration.ofSeconds(2), retry.delay());
      var answered = (CallListener.Receive) events.get(5);
      assertNull(answered.failure());
      assertEquals(2, answered.metadata().attempts());
      var end = (CallListener.End) events.get(6);
      assertTrue(end.succeeded());
      assertEquals(2, end.attempts());
      assertEquals(answered.metadata(), end.lastAnswer());
      assertEquals(limited.id(), end.operationId());
    }
  }

  @Test
  void aFailedCallEndsWithItsFailure() throws Exception {
    Recording listener = new Recording();
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).listener(listener).build()) {
      server.sequence(PATH, FakeFeishu.Reply.error(400, 1002002, "bad things"));
      LarkApiException e =
          assertThrows(LarkApiException.class, () -> client.execute(Things.LIST, REQUEST));
      var end = (CallListener.End) listener.events.get(listener.events.size() - 1);
      assertFalse(end.succeeded());
      assertEquals(e, end.failure());
      assertEquals(1, end.attempts());
      assertEquals(400, end.lastAnswer().httpStatus());
    }
  }

  @Test
  void noSecretReachesAListener() throws Exception {
    Recording listener = new Recording();
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).listener(listener).build()) {
      String userToken = "u-UserTokenValue0123456789abcdef";
      server.sequence(PATH, THROTTLED, ok(page(false, null, "x")));
      client.execute(Things.LIST, REQUEST);
      server.sequence(PATH, FakeFeishu.Reply.error(400, 99991663, "token " + userToken));
      assertThrows(LarkApiException.class, () -> client.execute(Things.LIST, REQUEST,
          RequestOptions.forUser(userToken)));

      var send = (CallListener.Send) listener.events.stream()
          .filter(CallListener.Send.class::isInstance).findFirst().orElseThrow();
      assertEquals(List.of("***"), send.headers().get("Authorization"));
      String everything = listener.events.toString();
      for (String secret : List.of(server.tenantToken, Clients.APP_SECRET, userToken)) {
        assertFalse(everything.contains(secret), "listener saw " + secret + ": " + everything);
      }
    }
  }

  @Test
  void aListenerThatThrowsNeverFailsTheCall() throws Exception {
    CallListener broken = new CallListener() {
      @Override
      public void beforeSend(Send event) {
        throw new IllegalStateException("listener bug");
      }

      @Override
      public void onCallEnd(End event) {
        throw new IllegalStateException("listener bug");
      }
    };
    Recording after = new Recording();
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).listener(broken)
            .listener(after).build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      assertEquals(List.of("x"), client.execute(Things.LIST, REQUEST).items());
      // the next listener still heard every event
      assertInstanceOf(CallListener.End.class, after.events.get(after.events.size() - 1));
    }
  }
}
