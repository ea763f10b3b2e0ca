package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.error;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.CREATE;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkServerException;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final String RATE_LIMITED =
      "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}";

  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DefaultLarkClient client(RetryPolicy policy) {
    return Clients.builder(server, clock).retryPolicy(policy).clientRateLimiting(false)
        .random(new Random(42)).build();
  }

  @Test
  void rateLimitedWaitsTheResetHeaderSeconds() {
    server.sequence(PATH,
        json(429, RATE_LIMITED).withHeader("x-ogw-ratelimit-reset", "3")
            .withHeader("x-ogw-ratelimit-limit", "50"),
        ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.defaults())) {
      assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
      assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps());
      assertEquals(2, server.requests(PATH).size());
      assertEquals(1, client.stats().throttledResponses());
      assertEquals(1, client.stats().retries());
    }
  }

  @Test
  void rateLimitedWithoutHeaderBacksOffWithCappedFullJitter() {
    server.sequence(PATH, json(429, RATE_LIMITED), json(429, RATE_LIMITED),
        json(429, RATE_LIMITED), json(429, RATE_LIMITED), ok(page(false, null, "x")));
    RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMillis(100),
        Duration.ofMillis(250));
    try (DefaultLarkClient client = client(policy)) {
      client.execute(LIST, REQUEST);
      List<Duration> sleeps = clock.sleeps();
      assertEquals(4, sleeps.size());
      List<Duration> caps = List.of(Duration.ofMillis(100), Duration.ofMillis(200),
          Duration.ofMillis(250), Duration.ofMillis(250));
      for (int i = 0; i < 4; i++) {
        assertTrue(!sleeps.get(i).isNegative() && sleeps.get(i).compareTo(caps.get(i)) <= 0,
            "retry " + (i + 1) + " waited " + sleeps.get(i));
      }
    }
  }

  @Test
  void frequencyLimitCodeOnHttp400IsAlsoRetried() {
    server.sequence(PATH, json(400, RATE_LIMITED).withHeader("x-ogw-ratelimit-reset", "1"),
        ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.defaults())) {
      client.execute(LIST, REQUEST);
      assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps());
    }
  }

  @Test
  void rateLimitExhaustedThrowsWithTheReset() {
    server.sequence(PATH, json(429, RATE_LIMITED).withHeader("x-ogw-ratelimit-reset", "2"));
    try (DefaultLarkClient client = client(RetryPolicy.defaults().withMaxAttempts(3))) {
      LarkRateLimitException e = assertThrows(LarkRateLimitException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(99991400, e.code());
      assertEquals(429, e.httpStatus());
      assertEquals(Duration.ofSeconds(2), e.reset().orElseThrow());
      assertEquals(3, server.requests(PATH).size());
      assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), clock.sleeps());
    }
  }

  @Test
  void serverErrorsAreRetriedThenSucceed() {
    server.sequence(PATH, error(503, 1002001, "system error").withHeader("X-Tt-Logid", "L1"),
        json(502, "<html>bad gateway</html>"), ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.defaults())) {
      assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
      assertEquals(3, server.requests(PATH).size());
      assertEquals(2, client.stats().retries());
      assertEquals(3, client.stats().requestsSent());
      assertEquals(2, clock.sleeps().size());
    }
  }

  @Test
  void serverErrorsExhaustTheAttempts() {
    server.sequence(PATH, error(500, 1002001, "system error"));
    try (DefaultLarkClient client = client(RetryPolicy.defaults().withMaxAttempts(3))) {
      LarkServerException e = assertThrows(LarkServerException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(500, e.httpStatus());
      assertEquals(1002001, e.code());
      assertEquals("log-500", e.logId().orElseThrow());
      assertEquals("test.v1.things.list", e.operationId());
      assertEquals(3, server.requests(PATH).size());
    }
  }

  @Test
  void postIsNotRetriedOnServerErrors() {
    server.sequence(PATH, error(500, 1002001, "system error"), ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.defaults())) {
      assertThrows(LarkServerException.class, () -> client.execute(CREATE, REQUEST));
      assertEquals(1, server.requests(PATH).size());
      assertEquals("POST", server.requests(PATH).get(0).method());
    }
  }

  @Test
  void postIsRetriedWhenRateLimited() {
    server.sequence(PATH, json(429, RATE_LIMITED).withHeader("x-ogw-ratelimit-reset", "1"),
        ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.defaults())) {
      client.execute(CREATE, REQUEST);
      assertEquals(2, server.requests(PATH).size());
    }
  }

  @Test
  void noRetryPolicySendsOnce() {
    server.sequence(PATH, error(503, 1002001, "system error"), ok(page(false, null, "x")));
    try (DefaultLarkClient client = client(RetryPolicy.none())) {
      assertThrows(LarkServerException.class, () -> client.execute(LIST, REQUEST));
      assertEquals(1, server.requests(PATH).size());
      assertTrue(clock.sleeps().isEmpty());
    }
  }

  @Test
  void noRetryStartsWhenItsWaitWouldPassTheTotalDeadline() {
    server.sequence(PATH, json(429, RATE_LIMITED).withHeader("x-ogw-ratelimit-reset", "5"));
    RetryPolicy policy = RetryPolicy.defaults().withTotalDeadline(Duration.ofSeconds(12));
    try (DefaultLarkClient client = client(policy)) {
      assertThrows(LarkRateLimitException.class, () -> client.execute(LIST, REQUEST));
      // 0 s: first attempt, wait 5; 5 s: second, wait 5; 10 s: third; a wait to 15 s is too late.
      assertEquals(3, server.requests(PATH).size());
      assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)), clock.sleeps());
    }
  }

  @Test
  void backoffCapsDoubleUpToTheMaximum() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMillis(200),
        Duration.ofSeconds(1));
    assertEquals(Duration.ofMillis(200), p.backoffCap(1));
    assertEquals(Duration.ofMillis(400), p.backoffCap(2));
    assertEquals(Duration.ofMillis(800), p.backoffCap(3));
    assertEquals(Duration.ofSeconds(1), p.backoffCap(4));
    assertEquals(Duration.ofSeconds(1), p.backoffCap(60));
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      Duration d = p.backoff(3, random);
      assertTrue(!d.isNegative() && d.compareTo(Duration.ofMillis(800)) <= 0, d.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0));
  }
}
