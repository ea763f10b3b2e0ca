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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisRateLimiterTest {
  private static final RateLimit TEN_A_SECOND = new RateLimit("interview_records", 10);
  private static final Duration WINDOW = Duration.ofSeconds(1);

  @RegisterExtension
  static final RunningRedis REDIS = new RunningRedis();

  private final List<Duration> slept = new ArrayList<>();

  /** A limiter at the full documented rate that records its waits instead of sleeping. */
  private RedisRateLimiter limiter(LarkRedis on, String appId) {
    return new RedisRateLimiter(on, appId, 1.0, slept::add);
  }

  private static Duration acquireNow(RedisRateLimiter limiter, RateLimit limit, String scope)
      throws InterruptedException {
    return limiter.tryAcquire(limit, scope, Duration.ofMinutes(5)).orElseThrow();
  }

  /**
   * A permit due {@code expectedFromFirst} after the first of a fresh lane: its wait is at most
   * that, and at least that less the time that passed since the first was taken.
   */
  private static void assertDueAfter(Duration expectedFromFirst, Duration wait, long firstNanos) {
    Duration passed = Duration.ofNanos(System.nanoTime() - firstNanos);
    assertTrue(wait.compareTo(expectedFromFirst) <= 0, wait + " > " + expectedFromFirst);
    assertTrue(wait.compareTo(expectedFromFirst.minus(passed)) >= 0,
        wait + " < " + expectedFromFirst + " - " + passed);
  }

  /** Takes {@code n} permits that are due at once (an idle lane's window). */
  private static void takeFree(RedisRateLimiter limiter, RateLimit limit, String scope, int n)
      throws InterruptedException {
    for (int i = 0; i < n; i++) {
      assertEquals(Duration.ZERO, acquireNow(limiter, limit, scope), "permit " + i + " is free");
    }
  }

  @Test
  void anIdleLaneGivesAWindowsPermitsAtOnceThenOneAWindowAfterTheOneNBack() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    takeFree(limiter, TEN_A_SECOND, null, 10);
    assertDueAfter(WINDOW, acquireNow(limiter, TEN_A_SECOND, null), first);
    assertDueAfter(WINDOW, acquireNow(limiter, TEN_A_SECOND, null), first);
    assertEquals(12, slept.size(), "every permit handed out goes through the sleeper");
  }

  @Test
  void headroomGuardsEachWindowUntilAnswersAreMeasured() throws Exception {
    // At 0.5 the guard is a whole window: the 11th permit is due two seconds after the first.
    RedisRateLimiter limiter = new RedisRateLimiter(REDIS.client(), "cli_a", 0.5, slept::add);
    long first = System.nanoTime();
    takeFree(limiter, TEN_A_SECOND, null, 10);
    assertDueAfter(WINDOW.multipliedBy(2), acquireNow(limiter, TEN_A_SECOND, null), first);
  }

  @Test
  void measuredAnswersShortenTheGuard() throws Exception {
    RedisRateLimiter limiter = new RedisRateLimiter(REDIS.client(), "cli_a", 0.5, slept::add);
    limiter.answered(TEN_A_SECOND, null, Duration.ofMillis(20));
    long first = System.nanoTime();
    takeFree(limiter, TEN_A_SECOND, null, 10);
    Duration wait = acquireNow(limiter, TEN_A_SECOND, null);
    assertDueAfter(WINDOW.plusMillis(20), wait, first);
  }

  @Test
  void eachGrantKeepsTheGuardOfTheClientThatTookIt() throws Exception {
    try (LarkRedis other = REDIS.server().connect()) {
      RedisRateLimiter guarded = new RedisRateLimiter(REDIS.client(), "cli_a", 0.5, slept::add);
      RedisRateLimiter unguarded = limiter(other, "cli_a");
      long first = System.nanoTime();
      takeFree(guarded, TEN_A_SECOND, null, 10);
      // The other client has no guard of its own, but the grants it waits for carry one.
      assertDueAfter(WINDOW.multipliedBy(2), acquireNow(unguarded, TEN_A_SECOND, null), first);
    }
  }

  @Test
  void clientsOnOtherConnectionsShareTheLane() throws Exception {
    try (LarkRedis other = REDIS.server().connect()) {
      RedisRateLimiter a = limiter(REDIS.client(), "cli_a");
      RedisRateLimiter b = limiter(other, "cli_a");
      RateLimit two = new RateLimit("interview_records", 2);
      long first = System.nanoTime();
      assertEquals(Duration.ZERO, acquireNow(a, two, "tenant-1"));
      assertEquals(Duration.ZERO, acquireNow(b, two, "tenant-1"));
      assertDueAfter(WINDOW, acquireNow(a, two, "tenant-1"), first);
      assertDueAfter(WINDOW, acquireNow(b, two, "tenant-1"), first);
    }
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
    takeFree(limiter, TEN_A_SECOND, null, 10);
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(1)));
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(-1)));
    // Nothing was taken: the next permit is still due a window after the first, not later.
    assertDueAfter(WINDOW, acquireNow(limiter, TEN_A_SECOND, null), first);
    assertDueAfter(WINDOW, acquireNow(limiter, TEN_A_SECOND, null), first);
    assertEquals(12, slept.size(), "a refused caller does not sleep");
  }

  @Test
  void aNegativeMaxWaitTakesNothingEvenFromAnIdleLane() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    assertEquals(Optional.empty(), limiter.tryAcquire(TEN_A_SECOND, null, Duration.ofMillis(-1)));
    takeFree(limiter, TEN_A_SECOND, null, 10);
  }

  @Test
  void pauseHoldsBackEveryPermitOfTheLane() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    long first = System.nanoTime();
    limiter.pause(TEN_A_SECOND, "tenant-1", Duration.ofSeconds(3));
    assertDueAfter(Duration.ofSeconds(3), acquireNow(limiter, TEN_A_SECOND, "tenant-1"), first);
    assertDueAfter(Duration.ofSeconds(3), acquireNow(limiter, TEN_A_SECOND, "tenant-1"), first);
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
  void aPerMinuteLimitCountsPermitsOverTheMinute() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit twoAMinute = new RateLimit("exports", 0, 2);
    long first = System.nanoTime();
    takeFree(limiter, twoAMinute, null, 2);
    assertDueAfter(Duration.ofMinutes(1), acquireNow(limiter, twoAMinute, null), first);
  }

  @Test
  void theStricterOfBothLimitsDecides() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit minuteFirst = new RateLimit("exports", 10, 3);
    long first = System.nanoTime();
    takeFree(limiter, minuteFirst, null, 3);
    assertDueAfter(Duration.ofMinutes(1), acquireNow(limiter, minuteFirst, null), first);
    RateLimit secondFirst = new RateLimit("reports", 2, 100);
    first = System.nanoTime();
    takeFree(limiter, secondFirst, null, 2);
    assertDueAfter(WINDOW, acquireNow(limiter, secondFirst, null), first);
  }

  @Test
  void eachPermitIsOneRoundTrip() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    RateLimit fast = new RateLimit("fast", 1_000);
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
      // A permit of a lane that is not full: the pause, the last grant, the log's length, and
      // appending to the log (push, trim, expiry); the pause reads and sets.
      assertEquals(Map.of("evalsha", 21L, "time", 21L, "get", 21L, "lindex", 20L, "llen", 20L,
          "rpush", 20L, "ltrim", 20L, "pexpire", 20L, "set", 1L), calls, stats);
    }
  }

  @Test
  void laneKeysAreNamespacedAndExpireWhenIdle() throws Exception {
    RedisRateLimiter limiter = limiter(REDIS.client(), "cli_a");
    acquireNow(limiter, TEN_A_SECOND, "tenant-1");
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of("larkgen:rate-second:cli_a:interview_records:tenant-1"),
          jedis.keys("*"));
      long ttl = jedis.pttl("larkgen:rate-second:cli_a:interview_records:tenant-1");
      assertTrue(ttl > 1_000 && ttl <= 2_000,
          "expires a second after its last grant's window closed: " + ttl);
      limiter.pause(TEN_A_SECOND, "tenant-1", Duration.ofSeconds(1));
      acquireNow(limiter, new RateLimit("exports", 0, 100), null);
      assertEquals(Set.of("larkgen:rate-second:cli_a:interview_records:tenant-1",
          "larkgen:rate-pause:cli_a:interview_records:tenant-1",
          "larkgen:rate-minute:cli_a:exports"), jedis.keys("*"));
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
