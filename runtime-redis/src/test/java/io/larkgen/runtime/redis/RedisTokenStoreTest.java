package io.larkgen.runtime.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.TokenKey;
import io.larkgen.runtime.error.LarkTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

class RedisTokenStoreTest {
  private static final TokenKey SELF_BUILT =
      new TokenKey(TokenKey.Kind.TENANT_SELF_BUILT, "cli_a", null);
  private static final TokenKey STORE_TENANT =
      new TokenKey(TokenKey.Kind.TENANT_STORE, "cli_a", "tenant-1");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @RegisterExtension
  static final RunningRedis REDIS = new RunningRedis();

  private final Predicate<AccessToken> fresh = t -> t.isFreshAt(Instant.now());

  /** A token issued now for two hours, to be refreshed after 90 minutes (millisecond times). */
  private static AccessToken token(String value) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new AccessToken(value, now.plus(Duration.ofHours(2)), now.plus(Duration.ofMinutes(90)));
  }

  @Test
  void aTokenIsStoredUnderItsKeyUntilItExpires() {
    RedisTokenStore store = REDIS.client().tokenStore();
    AccessToken token = token("t-1");
    store.put(STORE_TENANT, token);
    assertEquals(Optional.of(token), store.get(STORE_TENANT));
    assertEquals(Optional.empty(), store.get(SELF_BUILT));
    try (Jedis jedis = REDIS.server().jedis()) {
      String key = "larkgen:token:tenant_store:cli_a:tenant-1";
      assertEquals(Set.of(key), jedis.keys("*"));
      assertEquals(token.expiresAt().toEpochMilli() + " " + token.refreshAt().toEpochMilli()
          + " t-1", jedis.get(key));
      long ttl = jedis.pttl(key);
      long untilExpiry = token.expiresAt().toEpochMilli() - System.currentTimeMillis();
      // Redis reads its clock once per event-loop turn: allow it to lag a little.
      assertTrue(ttl <= untilExpiry + 1_000 && ttl > untilExpiry - 60_000,
          "time to live " + ttl + " ms, expiry in " + untilExpiry + " ms");
    }
  }

  @Test
  void anotherConnectionSeesTheSameToken() {
    try (LarkRedis other = REDIS.server().connect()) {
      REDIS.client().tokenStore().put(SELF_BUILT, token("t-1"));
      assertEquals("t-1", other.tokenStore().get(SELF_BUILT).orElseThrow().value());
    }
  }

  @Test
  void anExpiredTokenIsNotStored() {
    Instant past = Instant.now().minusSeconds(1);
    REDIS.client().tokenStore().put(SELF_BUILT, new AccessToken("t-old", past, past));
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of(), jedis.keys("*"));
    }
  }

  @Test
  void removeKeepsATokenAnotherClientStoredSince() {
    RedisTokenStore store = REDIS.client().tokenStore();
    AccessToken rejected = token("t-1");
    store.put(SELF_BUILT, rejected);
    store.put(SELF_BUILT, token("t-2"));
    store.remove(SELF_BUILT, rejected);
    assertEquals("t-2", store.get(SELF_BUILT).orElseThrow().value());
    store.remove(SELF_BUILT, store.get(SELF_BUILT).orElseThrow());
    assertEquals(Optional.empty(), store.get(SELF_BUILT));
  }

  @Test
  void aValueThatIsNoTokenIsIgnored() {
    try (Jedis jedis = REDIS.server().jedis()) {
      jedis.set("larkgen:token:tenant_self_built:cli_a", "not a token");
    }
    assertEquals(Optional.empty(), REDIS.client().tokenStore().get(SELF_BUILT));
  }

  @Test
  void concurrentRefreshesOnTwoConnectionsFetchOnce() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<AccessToken> slowFetch = () -> {
      fetches.incrementAndGet();
      fetching.countDown();
      await(release);
      return token("t-new");
    };
    try (LarkRedis other = REDIS.server().connect()) {
      RedisTokenStore first = REDIS.client().tokenStore();
      RedisTokenStore second = other.tokenStore();
      CompletableFuture<AccessToken> a = CompletableFuture.supplyAsync(
          () -> first.fetchOnce(SELF_BUILT, fresh, slowFetch, WAIT));
      assertTrue(fetching.await(10, TimeUnit.SECONDS));
      CompletableFuture<AccessToken> b = CompletableFuture.supplyAsync(
          () -> second.fetchOnce(SELF_BUILT, fresh, slowFetch, WAIT));
      assertFalse(isDoneAfterAWhile(b), "the second caller waits for the first one's token");
      release.countDown();
      assertEquals("t-new", a.get(10, TimeUnit.SECONDS).value());
      assertEquals("t-new", b.get(10, TimeUnit.SECONDS).value());
    }
    assertEquals(1, fetches.get());
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of("larkgen:token:tenant_self_built:cli_a"), jedis.keys("*"),
          "the lock is released");
    }
  }

  @Test
  void aCallerThatFindsTheLockTakenUsesTheStillValidToken() {
    RedisTokenStore store = REDIS.client().tokenStore();
    Instant now = Instant.now();
    AccessToken stale = new AccessToken("t-stale", now.plusSeconds(600), now.minusSeconds(1));
    store.put(SELF_BUILT, stale);
    holdLock(store.lockKey(SELF_BUILT), Duration.ofSeconds(30));
    AccessToken got = store.fetchOnce(SELF_BUILT, fresh, () -> token("t-new"), WAIT);
    assertEquals("t-stale", got.value(), "no second fetch while another client refreshes");
  }

  @Test
  void theHolderLooksAgainBeforeFetching() {
    RedisTokenStore store = REDIS.client().tokenStore();
    store.put(SELF_BUILT, token("t-stored"));
    AccessToken got = store.fetchOnce(SELF_BUILT, fresh, () -> {
      throw new AssertionError("fetched although a fresh token was stored");
    }, WAIT);
    assertEquals("t-stored", got.value());
  }

  @Test
  void aLockWhoseHolderDiedExpiresAndTheNextCallerFetches() {
    RedisTokenStore store = REDIS.client().tokenStore();
    holdLock(store.lockKey(SELF_BUILT), Duration.ofMillis(300));
    AtomicInteger fetches = new AtomicInteger();
    // However long the caller may wait: the lock's lifetime bounds it.
    AccessToken got = store.fetchOnce(SELF_BUILT, fresh, () -> {
      fetches.incrementAndGet();
      return token("t-new");
    }, Duration.ofSeconds(Long.MAX_VALUE));
    assertEquals("t-new", got.value());
    assertEquals(1, fetches.get());
    assertEquals("t-new", store.get(SELF_BUILT).orElseThrow().value());
  }

  @Test
  void aFailedFetchReleasesTheLock() {
    RedisTokenStore store = REDIS.client().tokenStore();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> store.fetchOnce(SELF_BUILT, fresh, () -> {
          throw new IllegalStateException("token endpoint down");
        }, WAIT));
    assertEquals("token endpoint down", e.getMessage());
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of(), jedis.keys("*"));
    }
  }

  @Test
  void waitingEndsWithATimeoutAtMaxWait() {
    RedisTokenStore store = REDIS.client().tokenStore();
    holdLock(store.lockKey(SELF_BUILT), Duration.ofSeconds(30));
    LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
        () -> store.fetchOnce(SELF_BUILT, fresh, () -> token("t-new"), Duration.ofMillis(100)));
    assertEquals(LarkTimeoutException.Kind.READ, e.kind());
    assertTrue(e.getMessage().contains("larkgen:token-lock:tenant_self_built:cli_a"),
        e.getMessage());
  }

  @Test
  void anUnreachableRedisFailsWithTheTypedException() throws Exception {
    try (LarkRedis nowhere = LarkRedis.builder(
        URI.create("redis://127.0.0.1:" + TestRedis.freePort()))
        .timeout(Duration.ofMillis(300)).build()) {
      RedisTokenStore store = nowhere.tokenStore();
      assertThrows(RedisUnavailableException.class, () -> store.get(SELF_BUILT));
      assertThrows(RedisUnavailableException.class, () -> store.put(SELF_BUILT, token("t")));
      assertThrows(RedisUnavailableException.class,
          () -> store.fetchOnce(SELF_BUILT, fresh, () -> token("t"), WAIT));
    }
  }

  @Test
  void aLockLifetimeUnderAMillisecondIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> REDIS.client().tokenStore(Duration.ofNanos(10)));
    assertEquals("lockTtl must be at least 1 ms, was PT0.00000001S", e.getMessage());
    assertEquals(Duration.ofSeconds(10), REDIS.client().tokenStore().lockTtl());
    assertFalse(new RedisTokenStore(REDIS.client(), Duration.ofSeconds(1), Clock.systemUTC())
        .toString()
        .contains("t-"));
  }

  private static void holdLock(String lockKey, Duration ttl) {
    try (Jedis jedis = REDIS.server().jedis()) {
      jedis.set(lockKey, "another-client", SetParams.setParams().nx().px(ttl.toMillis()));
    }
  }

  private static boolean isDoneAfterAWhile(CompletableFuture<?> f) throws InterruptedException {
    Thread.sleep(200);
    return f.isDone();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
