package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.ratelimit.LocalRateLimiter;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Things.ListThingsRequest;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Spacing is measured on fake time: no real waits, no timing thresholds. */
class RateLimitTest {
  private static final long SECOND = 1_000_000_000L;

  /** Largest number of permits in any half-open one-second window. */
  private static int maxInAnySecond(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int max = 0;
    int start = 0;
    for (int end = 0; end < sorted.size(); end++) {
      while (sorted.get(end) - sorted.get(start) >= SECOND) {
        start++;
      }
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  @Test
  void longExportRunsAtTheDocumentedRateAndNeverAboveIt() throws Exception {
    AtomicLong now = new AtomicLong(123_456_789L);
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()));
    RateLimit limit = new RateLimit("hire.v1.interviews.list", 50);
    Random work = new Random(1);
    List<Long> sent = new ArrayList<>();
    long start = now.get();
    int permits = 10_000;
    for (int i = 0; i < permits; i++) {
      limiter.acquire(limit, null);
      sent.add(now.get());
      now.addAndGet(work.nextInt(15_000_000)); // the caller's own work, under the 20 ms spacing
    }
    long elapsed = sent.get(permits - 1) - start;
    // the last permit opens its own second: the permits cover elapsed + 1 s of windows
    double rate = permits / (elapsed / (double) SECOND + 1);
    assertEquals(50, maxInAnySecond(sent));
    assertTrue(rate >= 0.95 * 50, "achieved " + rate + "/s");
    assertTrue(rate <= 50.0 + 1e-9, "achieved " + rate + "/s");
  }

  @Test
  void concurrentCallersShareOneBudgetOfTenPermitsPerSecond() throws Exception {
    AtomicLong now = new AtomicLong();
    List<Long> slots = Collections.synchronizedList(new ArrayList<>());
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> { });
    RateLimit limit = new RateLimit("hire.v1.interview_records.list", 10);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            long at = now.get();
            slots.add(at + limiter.acquire(limit, null).toNanos());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Long> sorted = new ArrayList<>(slots);
    Collections.sort(sorted);
    assertEquals(400, sorted.size());
    // time stands still: ten permits at once, then ten more a second later, and so on
    for (int i = 0; i < sorted.size(); i++) {
      assertEquals(i / 10 * SECOND, sorted.get(i), "permit " + i);
    }
    assertEquals(10, maxInAnySecond(sorted));
  }

  @Test
  void aCallerSlowerThanTheLimitIsNeverHeldBack() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()));
    RateLimit limit = new RateLimit("hire.v1.interview_records.list", 10);
    for (int i = 0; i < 100; i++) {
      assertEquals(Duration.ZERO, limiter.acquire(limit, null), "permit " + i);
      now.addAndGet(SECOND / 10 + 1); // just under the documented rate
    }
  }
  @Test
  void keysAndTenantsHaveSeparateBudgets() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> { });
    RateLimit a = new RateLimit("a", 10);
    RateLimit b = new RateLimit("b", 10);
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, limiter.acquire(a, null));
    }
    assertEquals(Duration.ZERO, limiter.acquire(b, null));
    assertEquals(Duration.ZERO, limiter.acquire(a, "tenant-1"));
    assertEquals(Duration.ofSeconds(1), limiter.acquire(a, null));
  }

  @Test
  void pauseHoldsBackEveryCallerOfTheKey() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> { });
    RateLimit limit = new RateLimit("a", 10);
    assertEquals(Duration.ZERO, limiter.acquire(limit, null));
    limiter.pause(limit, null, Duration.ofSeconds(2));
    now.set(SECOND / 2);
    // the window after the pause holds ten permits, all at its start
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ofMillis(1500), limiter.acquire(limit, null));
    }
    limiter.pause(limit, null, Duration.ofMillis(10)); // shorter than the schedule: no change
    assertEquals(Duration.ofMillis(2500), limiter.acquire(limit, null));
    assertEquals(Duration.ZERO, limiter.acquire(limit, "other-tenant"));
  }

  @Test
  void serverResetPausesTheOperationForOtherCallers() throws Exception {
    Operation<ListThingsRequest, ThingsPage> records =
        Things.list(new RateLimit("hire.v1.interview_records.list", 10));
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client =
            Clients.builder(server, clock).rateLimitHeadroom(1.0).build()) {
      server.sequence(PATH, FakeFeishu.Reply.json(429,
              "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")
              .withHeader("x-ogw-ratelimit-reset", "2"),
          ok(page(false, null, "x")));
      client.execute(records, REQUEST);
      // the retry waited the reset and then found its permit due: no second wait
      assertEquals(List.of(Duration.ofSeconds(2)), clock.sleeps());
      for (int i = 0; i < 9; i++) {
        client.execute(records, REQUEST); // the window after the pause has room for ten
      }
      assertEquals(List.of(Duration.ofSeconds(2)), clock.sleeps());
      client.execute(records, REQUEST);
      assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(1)), clock.sleeps());
    }
  }

  @Test
  void byDefaultTheClientBoundsEachRequestByItsAnswer() throws Exception {
    Operation<ListThingsRequest, ThingsPage> records =
        Things.list(new RateLimit("hire.v1.interview_records.list", 10));
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      for (int i = 0; i < 31; i++) {
        client.execute(records, REQUEST);
      }
      // 10/s. Unanswered, the 11th request would wait the default 97 %'s share of the window
      // longer (1 s / 0.97). The client reports each answer to its permit, and the fake server
      // answers at once on the fake clock: each request has arrived by its grant, and ten go
      // per second exactly.
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
          clock.sleeps());
      assertEquals(Duration.ofSeconds(3), client.stats().rateLimitWaitTime());
    }
  }

  @Test
  void aRequestThatTimedOutIsNotReportedAsAnswered() throws Exception {
    List<String> reports = Collections.synchronizedList(new ArrayList<>());
    RateLimiter recording = new RateLimiter() {
      private int taken;

      @Override
      public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait) {
        throw new AssertionError("the client takes permits as handles");
      }

      @Override
      public synchronized Optional<Permit> take(RateLimit limit, String scope, Duration maxWait) {
        int number = ++taken;
        return Optional.of(new Permit() {
          @Override
          public Duration waited() {
            return Duration.ZERO;
          }

          @Override
          public void answered() {
            reports.add("answered " + number);
          }
        });
      }

      @Override
      public void pause(RateLimit limit, String scope, Duration duration) {}
    };
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, new FakeClock())
            .rateLimiter(recording)
            .readTimeout(Duration.ofMillis(200))
            .retryPolicy(RetryPolicy.none())
            .build()) {
      server.sequence(PATH, ok(page(false, null, "x")), ok(page(false, null, "x")).delayed(2_000),
          ok(page(false, null, "x")));
      client.execute(Things.LIST, REQUEST);
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(Things.LIST, REQUEST));
      assertEquals(LarkTimeoutException.Kind.READ, e.kind());
      // the request that timed out may still arrive: its permit stays the limiter's guess
      assertEquals(List.of("answered 1"), reports);
    }
  }

  @Test
  void clientSpacesRequestsOfAnOperationAndCountsTheWaits() throws Exception {
    Operation<ListThingsRequest, ThingsPage> records =
        Things.list(new RateLimit("hire.v1.interview_records.list", 10));
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client =
            Clients.builder(server, clock).rateLimitHeadroom(1.0).build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      for (int i = 0; i < 30; i++) {
        client.execute(records, REQUEST);
      }
      assertEquals(30, server.requests(PATH).size());
      // the 11th and the 21st request wait for the next second; the others go at once
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), clock.sleeps());
      ClientStats stats = client.stats();
      assertEquals(2, stats.rateLimitWaits());
      assertEquals(Duration.ofSeconds(2), stats.rateLimitWaitTime());
    }
  }

  @Test
  void clientRateLimitingCanBeSwitchedOff() throws Exception {
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, clock).clientRateLimiting(false)
            .build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      for (int i = 0; i < 5; i++) {
        client.execute(Things.LIST, REQUEST);
      }
      assertTrue(clock.sleeps().isEmpty());
      assertEquals(0, client.stats().rateLimitWaits());
      assertEquals(5, client.stats().requestsSent());
    }
  }

  @Test
  void aPermitDueOnlyAfterTheDeadlineFailsAtOnceWithoutTakingIt() throws Exception {
    Operation<ListThingsRequest, ThingsPage> slow = Things.list(new RateLimit("slow", 1));
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client =
            Clients.builder(server, clock).rateLimitHeadroom(1.0).build()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      client.execute(slow, REQUEST); // the free permit; the next is due in 1 s
      RequestOptions shortCall = RequestOptions.DEFAULT.withTimeout(Duration.ofMillis(300));
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(slow, REQUEST, shortCall));
      assertEquals(LarkTimeoutException.Kind.OVERALL, e.kind());
      assertTrue(clock.sleeps().isEmpty(), "waited " + clock.sleeps());
      assertEquals(1, server.requests(PATH).size());
      // the refused call took no permit: the next call waits for the same slot, not a later one
      client.execute(slow, REQUEST);
      assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps());
    }
  }

  @Test
  void tryAcquireLeavesTheScheduleAloneWhenThePermitIsTooFarOff() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()));
    RateLimit limit = new RateLimit("a", 10);
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, limiter.tryAcquire(limit, null, Duration.ZERO).orElseThrow());
    }
    assertTrue(limiter.tryAcquire(limit, null, Duration.ofMillis(999)).isEmpty());
    assertEquals(Duration.ofSeconds(1),
        limiter.tryAcquire(limit, null, Duration.ofSeconds(1)).orElseThrow());
  }

  @Test
  void aGivenRateLimiterDecidesThePermitsAndHearsTheServersReset() throws Exception {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    RateLimiter recording = new RateLimiter() {
      @Override
      public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait) {
        calls.add("acquire " + limit.key() + " " + scope);
        return Optional.of(Duration.ofMillis(7));
      }

      @Override
      public void pause(RateLimit limit, String scope, Duration duration) {
        calls.add("pause " + limit.key() + " " + scope + " " + duration);
      }
    };
    FakeClock clock = new FakeClock();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client =
            Clients.builder(server, clock).rateLimiter(recording).build()) {
      server.sequence(PATH, FakeFeishu.Reply.json(429,
              "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")
              .withHeader("x-ogw-ratelimit-reset", "2"),
          ok(page(false, null, "x")));
      client.execute(Things.LIST, REQUEST);
      assertEquals(List.of("acquire test.v1.things.list null",
          "pause test.v1.things.list null PT2S", "acquire test.v1.things.list null"), calls);
      // the client waited only for the server's reset: the limiter's own wait is its business
      assertEquals(List.of(Duration.ofSeconds(2)), clock.sleeps());
      assertEquals(2, client.stats().rateLimitWaits());
      assertEquals(Duration.ofMillis(14), client.stats().rateLimitWaitTime());
    }
  }

  @Test
  void aPerMinuteLimitGrantsAtMostItsPermitsInAnyMinute() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()));
    RateLimit minuteOnly = new RateLimit("hire.v1.talents.batch", 0, 20);
    List<Long> sent = new ArrayList<>();
    for (int i = 0; i < 61; i++) {
      limiter.acquire(minuteOnly, null);
      sent.add(now.get());
    }
    // twenty at the start of each minute: never more than 20 in any minute
    for (int i = 0; i < sent.size(); i++) {
      assertEquals(i / 20 * 60 * SECOND, sent.get(i), "permit " + i);
    }
  }

  @Test
  void aLimitDocumentedPerSecondAndPerMinuteIsPacedAtTheStricterOne() throws Exception {
    AtomicLong now = new AtomicLong();
    LocalRateLimiter limiter = new LocalRateLimiter(now::get, d -> now.addAndGet(d.toNanos()));
    RateLimit both = new RateLimit("hire.v1.applications.list", 50, 1000);
    List<Long> sent = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      limiter.acquire(both, null);
      sent.add(now.get());
    }
    assertEquals(50, maxInAnySecond(sent));
    // 50 a second for 20 s uses the minute's 1000; the 1001st waits for the minute to pass
    assertEquals(19 * SECOND, sent.get(999));
    assertEquals(60 * SECOND, sent.get(1000));
    RateLimit looseMinute = new RateLimit("hire.v1.jobs.list", 10, 6000);
    for (int i = 0; i < 10; i++) {
      assertEquals(Duration.ZERO, limiter.acquire(looseMinute, null));
    }
    assertEquals(Duration.ofSeconds(1), limiter.acquire(looseMinute, null)); // 10/s binds
  }
}
