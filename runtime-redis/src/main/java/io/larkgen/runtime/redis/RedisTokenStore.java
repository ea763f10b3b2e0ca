package io.larkgen.runtime.redis;

import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.TokenKey;
import io.larkgen.runtime.auth.TokenStore;
import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

/**
 * A {@link TokenStore} in Redis: every client of an app that shares the Redis uses one token
 * per key, and one of them fetches a new one while the others wait.
 *
 * <ul>
 *   <li>Token: {@code <namespace>:token:<kind>:<appId>} (and {@code :<tenant key>} for a store
 *       app's tenant token), a string {@code <expires at> <refresh at> <token>} (epoch
 *       milliseconds) whose time to live ends when the token expires. Only tokens are stored:
 *       no app secret, no app ticket.
 *   <li>Refresh lock: {@code <namespace>:token-lock:…} with the same suffix, holding {@code
 *       <pid>-<random id>} of its holder, taken with {@code SET NX PX}: it expires after the
 *       lock lifetime if its holder dies, and is deleted only by its holder.
 * </ul>
 *
 * <p>A refresh ({@link #fetchOnce}) takes the lock, looks again whether another client stored a
 * usable token meanwhile, fetches, stores and releases. A client that finds the lock taken uses
 * the cached token while Feishu still accepts it, or polls until the holder stored the new one,
 * the lock expired (then it takes the lock itself), or its wait is over ({@link
 * LarkTimeoutException}, which the client retries like a failed token request). When Redis
 * fails, {@link RedisUnavailableException} is thrown.
 */
public final class RedisTokenStore implements TokenStore {
  /** Default lifetime of the refresh lock: longer than a token request normally takes. */
  public static final Duration DEFAULT_LOCK_TTL = Duration.ofSeconds(10);

  /** How often a client waiting for another one's refresh looks again. */
  static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private static final Logger LOG = LoggerFactory.getLogger(RedisTokenStore.class);
  private static final LarkRedis.Script DELETE_IF_EQUAL =
      new LarkRedis.Script("delete-if-equal.lua");

  private final LarkRedis redis;
  private final Duration lockTtl;
  private final Clock clock;

  RedisTokenStore(LarkRedis redis, Duration lockTtl) {
    this(redis, lockTtl, Clock.systemUTC());
  }

  RedisTokenStore(LarkRedis redis, Duration lockTtl, Clock clock) {
    this.redis = Objects.requireNonNull(redis, "redis");
    Objects.requireNonNull(lockTtl, "lockTtl");
    if (lockTtl.toMillis() < 1) {
      throw new IllegalArgumentException("lockTtl must be at least 1 ms, was " + lockTtl);
    }
    this.lockTtl = lockTtl;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<AccessToken> get(TokenKey key) {
    String stored = redis.call("reading a token", j -> j.get(tokenKey(key)));
    return stored == null ? Optional.empty() : decode(tokenKey(key), stored);
  }

  @Override
  public void put(TokenKey key, AccessToken token) {
    long ttl = token.expiresAt().toEpochMilli() - clock.millis();
    if (ttl <= 0) {
      return;
    }
    redis.call("storing a token",
        j -> j.set(tokenKey(key), encode(token), SetParams.setParams().px(ttl)));
  }

  @Override
  public void remove(TokenKey key, AccessToken token) {
    redis.eval("removing a token", DELETE_IF_EQUAL, List.of(tokenKey(key)),
        List.of(encode(token)));
  }

  @Override
  public AccessToken fetchOnce(
      TokenKey key, Predicate<AccessToken> usable, Supplier<AccessToken> fetch, Duration maxWait) {
    String lock = lockKey(key);
    // The holder's process id first, so that an operator sees who holds a lock.
    String holder = ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    long start = System.nanoTime();
    long waitNanos = maxWait.isNegative() ? 0 : RetryPolicy.saturatedNanos(maxWait);
    while (true) {
      boolean locked = "OK".equals(redis.call("taking the refresh lock",
          j -> j.set(lock, holder, SetParams.setParams().nx().px(lockTtl.toMillis()))));
      if (locked) {
        try {
          Optional<AccessToken> stored = get(key);
          if (stored.isPresent() && usable.test(stored.get())) {
            return stored.get();
          }
          AccessToken fresh = fetch.get();
          put(key, fresh);
          return fresh;
        } finally {
          release(lock, holder);
        }
      }
      Optional<AccessToken> stored = get(key);
      if (stored.isPresent()
          && (usable.test(stored.get()) || stored.get().isValidAt(clock.instant()))) {
        return stored.get();
      }
      long left = waitNanos - (System.nanoTime() - start);
      if (left <= 0) {
        throw new LarkTimeoutException(null, LarkTimeoutException.Kind.READ,
            "another client holds the refresh lock " + lock + " and stored no token within "
                + maxWait.toMillis() + " ms", null);
      }
      try {
        Thread.sleep(Math.max(1, Math.min(POLL_INTERVAL.toMillis(), left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LarkInterruptedException(null, "waiting for the token under " + lock, e);
      }
    }
  }

  private void release(String lock, String holder) {
    try {
      redis.eval("releasing the refresh lock", DELETE_IF_EQUAL, List.of(lock), List.of(holder));
    } catch (RedisUnavailableException e) {
      // The lock expires by itself; the token (or the fetch's failure) matters more.
      LOG.warn("could not release {}, it expires within {} ms: {}", lock, lockTtl.toMillis(),
          e.getMessage());
    }
  }

  /**
   * How long the refresh lock lives.
   *
   * @return the lock's lifetime
   */
  public Duration lockTtl() {
    return lockTtl;
  }

  String tokenKey(TokenKey key) {
    return redis.key(suffix("token", key));
  }

  String lockKey(TokenKey key) {
    return redis.key(suffix("token-lock", key));
  }

  private static String[] suffix(String kind, TokenKey key) {
    String name = key.kind().name().toLowerCase(Locale.ROOT);
    return key.tenantKey() == null
        ? new String[] {kind, name, key.appId()}
        : new String[] {kind, name, key.appId(), key.tenantKey()};
  }

  static String encode(AccessToken token) {
    return token.expiresAt().toEpochMilli() + " " + token.refreshAt().toEpochMilli() + " "
        + token.value();
  }

  private static Optional<AccessToken> decode(String key, String stored) {
    String[] parts = stored.split(" ", 3);
    try {
      if (parts.length == 3 && !parts[2].isEmpty()) {
        return Optional.of(new AccessToken(parts[2], Instant.ofEpochMilli(Long.parseLong(parts[0])),
            Instant.ofEpochMilli(Long.parseLong(parts[1]))));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warn("{} does not hold '<expires at ms> <refresh at ms> <token>', ignoring it", key);
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RedisTokenStore[lockTtl=" + lockTtl + ", " + redis + "]";
  }
}
