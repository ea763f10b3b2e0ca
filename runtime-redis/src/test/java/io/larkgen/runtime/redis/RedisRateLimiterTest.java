package io.larkgen.runtime.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.RateLimit;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisRateLimiterTest {
  private static final RateLimit TEN_A_SECOND = new RateLimit("interview_records", 10);
  private static final Duration INTERVAL = Duration.ofMillis(100);

  @RegisterExtension
  static final RunningRedis REDIS = new RunningRedis();

  private final List<Duration> slept = new ArrayList<>();

  /** A limiter at the full documented rate that records its waits instead of sleeping. */
  private RedisRateLimiter limiter(LarkRedis on, String appId) {
    return new RedisRateLimiter(on, appId, 1.0, slept::add, System::nanoTime);
  }

  private static Duration acquireNow(RedisRateLimiter limiter, RateLimit limit, String scope)
      throws InterruptedException {
    return limiter.tryAcquire(limit, scope, Duration.ofMinutes(5)).orElseThrow();
  }

  /**
   * The k-th permit of a fresh lane is due k intervals after the first: its wait is at most
   * that, and at least that less the time that passed since the first was taken.
   */
  private static void assertDueAfter(Duration expectedFromFirst, Duration wait, long firstNanos) {
    Duration passed = Duration.ofNanos(System.nanoTime() - firstNanos);
    assertTrue(wait.compareTo(expectedFromFirst) <= 0, wait + " > " + expectedFromFirst);
    assertTrue(wait.compareTo(expectedFromFirst.minus(passed)) >= 0,
        wait + " < " + expectedFromFirst + " - " + passed);
  }

  @Test
  void permitsAreEvenlySpacedWithoutBurst() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    assertEquals(Duration.ZERO, acquireNow(limiter, TEN_A_SECOND, null));
    for (int k = 1; k <= 5; k++) {
      assertDueAfter(INTERVAL.multipliedBy(k), acquireNow(limiter, TEN_A_SECOND, null), first);
    }
    assertEquals(6, slept.size(), "every permit handed out goes through the sleeper");
  }

  @Test
  void headroomWidensTheSpacing() throws Exception {
    RedisRateLimiter limiter = new RedisRateLimiter(REDIS.client(), "cli_a", 0.5, slept::add,
        System::nanoTime);
    long first = System.nanoTime();
    acquireNow(limiter, TEN_A_SECOND, null);
    assertDueAfter(INTERVAL.multipliedBy(2), acquireNow(limiter, TEN_A_SECOND, null), first);
  }

  @Test
  void clientsOnOtherConnectionsShareTheLane() throws Exception {
    try (LarkRedis other = REDIS.server().connect()) {
      RedisRateLimiter a = limiter(REDIS.client(), "cli_a");
      RedisRateLimiter b = limiter(other, "cli_a");
      long first = System.nanoTime();
      acquireNow(a, TEN_A_SECOND, "tenant-1");
      assertDueAfter(INTERVAL, acquireNow(b, TEN_A_SECOND, "tenant-1"), first);
      assertDueAfter(INTERVAL.multipliedBy(2), acquireNow(a, TEN_A_SECOND, "tenant-1"), first);
    }
  }

  /**
   * A limiter at 0.5 of the documented rate (a slack of a second per 10/s window, half of it
   * tolerated) whose sleeper wakes {@code late[i]} after the i-th wait, on a clock of its own.
   */
  private RedisRateLimiter wakingLate(Duration... late) {
    AtomicLong clock = new AtomicLong();
    AtomicInteger sleeps = new AtomicInteger();
    return new RedisRateLimiter(REDIS.client(), "cli_a", 0.5, d -> {
      slept.add(d);
      int i = sleeps.getAndIncrement();
      clock.addAndGet(d.plus(i < late.length ? late[i] : Duration.ZERO).toNanos());
    }, clock::get);
  }

  /** The wait of the lane's next permit, read by taking it with another limiter. */
  private Duration nextSlotAfter(long firstNanos) throws InterruptedException {
    Duration wait = acquireNow(limiter(REDIS.client(), "cli_a"), TEN_A_SECOND, null);
    return wait.plusNanos(System.nanoTime() - firstNanos);
  }

  @Test
  void aCallerThatWokeWithinHalfTheSlackKeepsItsPermit() throws Exception {
    long first = System.nanoTime();
    acquireNow(wakingLate(Duration.ofMillis(400)), TEN_A_SECOND, null);
    assertEquals(1, slept.size());
    // One permit taken: the next one is one interval (200 ms at 0.5) after it.
    Duration next = nextSlotAfter(first);
    assertTrue(next.compareTo(Duration.ofMillis(220)) <= 0
        && next.compareTo(Duration.ofMillis(150)) >= 0, next.toString());
  }

  @Test
  void aCallerThatWokeTooLateGivesItsPermitUpForAFreshOne() throws Exception {
    long first = System.nanoTime();
    Duration waited = acquireNow(wakingLate(Duration.ofMillis(600)), TEN_A_SECOND, null);
    assertEquals(2, slept.size(), "slept for the first permit, then for the fresh one");
    assertTrue(slept.get(1).compareTo(Duration.ofMillis(200)) <= 0
        && slept.get(1).compareTo(Duration.ofMillis(150)) >= 0,
        "the fresh permit is the next slot, an interval on: " + slept.get(1));
    // Reported from the call: the first wait and its lateness, then the second wait.
    assertEquals(Duration.ofMillis(600).plus(slept.get(1)), waited);
    Duration next = nextSlotAfter(first);
    assertTrue(next.compareTo(Duration.ofMillis(420)) <= 0
        && next.compareTo(Duration.ofMillis(350)) >= 0, "two permits taken: " + next);
  }

  @Test
  void aCallerTakesAFreshPermitOnlySoOften() throws Exception {
    Duration late = Duration.ofMillis(600);
    acquireNow(wakingLate(late, late, late, late, late), TEN_A_SECOND, null);
    assertEquals(1 + RedisRateLimiter.MAX_RETAKES, slept.size());
  }

  @Test
  void aFreshPermitBeyondMaxWaitLeavesTheCallerItsStaleOne() throws Exception {
    Optional<Duration> waited = wakingLate(Duration.ofMillis(600))
        .tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(100));
    assertEquals(Optional.of(Duration.ZERO), waited);
    assertEquals(1, slept.size());
  }

  @Test
  void appsTenantsAndLimitsHaveLanesOfTheirOwn() throws Exception {
    RedisRateLimiter a = limiter(REDIS.client(), "cli_a");
    acquireNow(a, TEN_A_SECOND, "tenant-1");
    assertEquals(Duration.ZERO, acquireNow(a, TEN_A_SECOND, "tenant-2"));
    assertEquals(Duration.ZERO, acquireNow(a, TEN_A_SECOND, null));
    assertEquals(Duration.ZERO, acquireNow(a, new RateLimit("interviews", 10), "tenant-1"));
    assertEquals(Duration.ZERO,
        acquireNow(limiter(REDIS.client(), "cli_b"), TEN_A_SECOND, "tenant-1"));
  }

  @Test
  void aPermitBeyondMaxWaitIsNotTaken() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    acquireNow(limiter, TEN_A_SECOND, null);
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(1)));
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(-1)));
    // Nothing was taken: the next permit is still the second slot, not the third or fourth.
    assertDueAfter(INTERVAL, acquireNow(limiter, TEN_A_SECOND, null), first);
    assertEquals(2, slept.size(), "a refused caller does not sleep");
  }

  @Test
  void aNegativeMaxWaitTakesNothingEvenFromAnIdleLane() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(-1)));
    assertEquals(Duration.ZERO, acquireNow(limiter, TEN_A_SECOND, null));
  }

  @Test
  void pauseHoldsBackEveryPermitOfTheLane() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    limiter.pause(TEN_A_SECOND, "tenant-1", Duration.ofSeconds(3));
    assertDueAfter(Duration.ofSeconds(3), acquireNow(limiter, TEN_A_SECOND, "tenant-1"), first);
    assertDueAfter(Duration.ofSeconds(3).plus(INTERVAL),
        acquireNow(limiter, TEN_A_SECOND, "tenant-1"), first);
    assertEquals(Duration.ZERO, acquireNow(limiter, TEN_A_SECOND, "tenant-2"));
  }

  @Test
  void aShorterPauseDoesNotPullPermitsForward() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    limiter.pause(TEN_A_SECOND, null, Duration.ofSeconds(3));
    limiter.pause(TEN_A_SECOND, null, Duration.ofSeconds(1));
    limiter.pause(TEN_A_SECOND, null, Duration.ZERO);
    assertDueAfter(Duration.ofSeconds(3), acquireNow(limiter, TEN_A_SECOND, null), first);
  }

  @Test
  void aPerMinuteLimitSpacesPermitsOverTheMinute() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit sixtyAMinute = new RateLimit("exports", 0, 60);
    long first = System.nanoTime();
    acquireNow(limiter, sixtyAMinute, null);
    assertDueAfter(Duration.ofSeconds(1), acquireNow(limiter, sixtyAMinute, null), first);
  }

  @Test
  void theStricterOfBothLimitsDecides() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit both = new RateLimit("exports", 10, 30);
    long first = System.nanoTime();
    acquireNow(limiter, both, null);
    assertDueAfter(Duration.ofSeconds(2), acquireNow(limiter, both, null), first);
    assertDueAfter(Duration.ofSeconds(4), acquireNow(limiter, both, null), first);
  }

  @Test
  void eachPermitIsOneRoundTrip() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit fast = new RateLimit("fast", 1_000_000);
    // Redis caches each script once it ran: the first call of each sends it whole.
    acquireNow(limiter, fast, null);
    limiter.pause(fast, null, Duration.ofNanos(1_000));
    try (Jedis jedis = REDIS.server().jedis()) {
      jedis.configResetStat();
      for (int i = 0; i < 20; i++) {
        acquireNow(limiter, fast, null);
      }
      limiter.pause(fast, null, Duration.ofSeconds(1));
      String stats = jedis.info("commandstats");
      Map<String, Long> calls = new TreeMap<>();
      stats.lines().filter(l -> l.startsWith("cmdstat_")).forEach(l -> calls.put(
          l.substring("cmdstat_".length(), l.indexOf(':')),
          Long.parseLong(l.replaceAll("^[^:]*:calls=(\\d+),.*", "$1"))));
      calls.remove("config");
      // What the client sent (EVALSHA), and what the scripts ran inside Redis.
      assertEquals(Map.of("evalsha", 21L, "time", 21L, "get", 21L, "set", 21L), calls, stats);
    }
  }

  @Test
  void laneKeysAreNamespacedAndExpireWhenIdle() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    acquireNow(limiter, TEN_A_SECOND, "tenant-1");
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of("larkgen:rate:cli_a:interview_records:tenant-1"),
          jedis.keys("*"));
      long ttl = jedis.pttl("larkgen:rate:cli_a:interview_records:tenant-1");
      assertTrue(ttl > 0 && ttl <= 1_100, "expires about a second after its next slot: " + ttl);
    }
  }

  @Test
  void anotherNamespaceIsAnotherBudget() throws Exception {
    try (LarkRedis other = LarkRedis.builder(REDIS.server().uri()).namespace("staging").build()) {
      acquireNow(limiter(REDIS.client(), "cli_a"), TEN_A_SECOND, null);
      assertEquals(Duration.ZERO, acquireNow(limiter(other, "cli_a"), TEN_A_SECOND, null));
    }
  }

  @Test
  void anUnreachableRedisFailsWithTheTypedException() throws Exception {
    try (LarkRedis nowhere = LarkRedis.builder(
        URI.create("redis://127.0.0.1:" + TestRedis.freePort()))
        .timeout(Duration.ofMillis(300)).build()) {
      RedisRateLimiter limiter = limiter(nowhere, "cli_a");
      RedisUnavailableException e = assertThrows(RedisUnavailableException.class,
          () -> limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofSeconds(1)));
      assertTrue(e.getMessage().startsWith(
          "redis: taking a permit of interview_records at 127.0.0.1:"), e.getMessage());
      assertThrows(RedisUnavailableException.class,
          () -> limiter.pause(TEN_A_SECOND, null, Duration.ofSeconds(1)));
      assertTrue(slept.isEmpty());
    }
  }

  @Test
  void aBadConfigurationIsRefusedNamingTheRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> REDIS.client().rateLimiter("cli_a", 1.5));
    assertEquals("headroom must be in (0, 1], was 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> LarkRedis.builder(URI.create("http://127.0.0.1:6379")));
    assertTrue(e.getMessage().startsWith("redis URL must look like redis://host:port"));
    e = assertThrows(IllegalArgumentException.class,
        () -> LarkRedis.builder(REDIS.server().uri()).namespace("a:b"));
    assertEquals("namespace must be non-empty and contain no ':', was 'a:b'", e.getMessage());
    assertFalse(REDIS.client().toString().contains("password"));
  }
}
