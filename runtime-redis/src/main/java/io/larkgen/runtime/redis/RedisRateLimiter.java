package io.larkgen.runtime.redis;

import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.ratelimit.LocalRateLimiter;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RateLimiter} whose schedule lives in Redis, so that every client of one app that
 * shares the Redis (threads, processes, hosts) stays together within each documented limit, as
 * Feishu counts them: per app and tenant.
 *
 * <p>Same semantics as {@link LocalRateLimiter}: permits are handed out evenly spaced, {@code 1
 * / (permitsPerSecond × headroom)} seconds apart, or {@code 60 / (permitsPerMinute × headroom)}
 * when that is longer, with no burst; a permit further off than the caller's {@code
 * maxWait} is not taken; {@link #pause} holds back every permit of the lane. Each permit costs
 * one round trip: a Lua script reads the lane, decides with the Redis server's clock (so the
 * clients' clocks do not matter) and writes the next slot, atomically. The caller then sleeps
 * locally until its slot.
 *
 * <p>Key: {@code <namespace>:rate:<appId>:<limit key>} and, for a tenant's calls, {@code
 * :<tenant key>} after it; a string holding the lane's next free slot, which expires a second
 * after that slot. When Redis fails, {@link RedisUnavailableException} is thrown: no permit is
 * handed out that the other clients cannot see.
 */
public final class RedisRateLimiter implements RateLimiter {
  /**
   * Default share of each documented rate, lower than the in-process {@link
   * io.larkgen.runtime.DefaultLarkClient#DEFAULT_RATE_LIMIT_HEADROOM}: Feishu counts arrivals in
   * fixed one-second windows, and requests from several processes reach it with delays that
   * vary more than one process's (each has its own sleeps, threads and pauses). At 0.92 the ten
   * intervals of a 10/s limit span 1.087 s, so a request may arrive 87 ms later than its slot
   * before an eleventh one lands in its window; at 0.97 (31 ms) and 0.93 (75 ms) four processes
   * on two overloaded cores got answers of 429.
   */
  public static final double DEFAULT_HEADROOM = 0.92;

  private static final LarkRedis.Script ACQUIRE = new LarkRedis.Script("rate-limit-acquire.lua");
  private static final LarkRedis.Script PAUSE = new LarkRedis.Script("rate-limit-pause.lua");

  private final LarkRedis redis;
  private final String appId;
  private final double headroom;
  private final Sleeper sleeper;

  RedisRateLimiter(LarkRedis redis, String appId, double headroom) {
    this(redis, appId, headroom, Sleeper.SYSTEM);
  }

  RedisRateLimiter(LarkRedis redis, String appId, double headroom, Sleeper sleeper) {
    this.redis = Objects.requireNonNull(redis, "redis");
    this.appId = Objects.requireNonNull(appId, "appId");
    if (appId.isEmpty()) {
      throw new IllegalArgumentException("appId must not be empty");
    }
    if (!(headroom > 0 && headroom <= 1)) {
      throw new IllegalArgumentException("headroom must be in (0, 1], was " + headroom);
    }
    this.headroom = headroom;
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    long max = maxWait.isNegative() ? -1 : micros(maxWait);
    Object reply = redis.eval("taking a permit of " + limit.key(), ACQUIRE,
        List.of(key(limit, scope)),
        List.of(Long.toString(intervalMicros(limit)), Long.toString(max)));
    long wait = ((Number) reply).longValue();
    if (wait < 0) {
      return Optional.empty();
    }
    Duration d = Duration.ofNanos(wait * 1_000);
    sleeper.sleep(d);
    return Optional.of(d);
  }

  @Override
  public void pause(RateLimit limit, String scope, Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      redis.eval("pausing " + limit.key(), PAUSE, List.of(key(limit, scope)),
          List.of(Long.toString(micros(duration))));
    }
  }

  /** The Redis key of the lane of {@code limit} and {@code scope}. */
  String key(RateLimit limit, String scope) {
    return scope == null
        ? redis.key("rate", appId, limit.key())
        : redis.key("rate", appId, limit.key(), scope);
  }

  /**
   * Microseconds between permits, rounded up: a second divided by the per-second rate used, or
   * a minute divided by the per-minute one, whichever is longer (as {@link LocalRateLimiter}).
   */
  private long intervalMicros(RateLimit limit) {
    double perSecond = limit.permitsPerSecond() > 0
        ? 1_000_000.0 / (limit.permitsPerSecond() * headroom) : 0;
    double perMinute = limit.permitsPerMinute() > 0
        ? 60_000_000.0 / (limit.permitsPerMinute() * headroom) : 0;
    return (long) Math.ceil(Math.max(perSecond, perMinute));
  }

  /** Saturates at {@code Long.MAX_VALUE}: a longer wait is the same as forever. */
  private static long micros(Duration d) {
    return TimeUnit.MICROSECONDS.convert(d);
  }

  @Override
  public String toString() {
    return "RedisRateLimiter[appId=" + appId + ", headroom=" + headroom + ", " + redis + "]";
  }
}
