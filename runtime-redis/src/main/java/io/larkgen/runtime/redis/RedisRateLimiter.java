package io.larkgen.runtime.redis;

import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.ratelimit.LocalRateLimiter;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

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
 * <p>The headroom leaves each window a slack: at 0.92 the eleven permits that span a 10/s
 * window's ten intervals take 1.087 s, so a request may reach Feishu up to 87 ms after its slot
 * before an eleventh lands in one of its windows. A caller that wakes later than half that slack
 * (its thread was not scheduled in time, a pause of its JVM) does not send on its stale permit:
 * it gives it up and takes a fresh one at the end of the lane, at most {@value #MAX_RETAKES}
 * times, so that the other half of the slack is left for the way from the wake-up to the server.
 * What happens after the wake-up the limiter cannot see: a cold process's first requests (its
 * HTTP client's first connection, classes still loading) can reach Feishu hundreds of
 * milliseconds after their permits, beyond any headroom; an answer of 429 then pauses the lane
 * for every client ({@link #pause}) and the call is retried.
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
  /** How often a caller that woke too late gives its permit up for a fresh one. */
  static final int MAX_RETAKES = 2;

  private final LarkRedis redis;
  private final String appId;
  private final double headroom;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;

  RedisRateLimiter(LarkRedis redis, String appId, double headroom) {
    this(redis, appId, headroom, Sleeper.SYSTEM, System::nanoTime);
  }

  RedisRateLimiter(LarkRedis redis, String appId, double headroom, Sleeper sleeper,
      LongSupplier nanoTime) {
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
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  @Override
  public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    long interval = intervalMicros(limit);
    long toleranceNanos = lateToleranceMicros(limit, interval) * 1_000;
    long start = 0;
    long maxNanos = maxWait.isNegative() ? -1 : RetryPolicy.saturatedNanos(maxWait);
    Duration granted = null;
    for (int retakes = 0; ; retakes++) {
      long asked = nanoTime.getAsLong();
      if (retakes == 0) {
        start = asked;
      }
      long left = maxNanos < 0 ? -1 : Math.max(0, maxNanos - (asked - start));
      long wait = take(limit, scope, interval, left < 0 ? -1 : left / 1_000);
      if (wait < 0) {
        // A fresh permit is further off than the caller waits: the stale one is still its own.
        return Optional.ofNullable(granted);
      }
      sleeper.sleep(Duration.ofNanos(wait * 1_000));
      long late = nanoTime.getAsLong() - asked - wait * 1_000;
      granted = Duration.ofNanos(asked - start + wait * 1_000);
      if (late <= toleranceNanos || retakes == MAX_RETAKES || toleranceNanos == 0) {
        return Optional.of(granted);
      }
    }
  }

  /** Takes the lane's next slot if due within {@code maxMicros}: its wait, or -1. */
  private long take(RateLimit limit, String scope, long interval, long maxMicros) {
    Object reply = redis.eval("taking a permit of " + limit.key(), ACQUIRE,
        List.of(key(limit, scope)), List.of(Long.toString(interval), Long.toString(maxMicros)));
    return ((Number) reply).longValue();
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

  /**
   * Half the slack the headroom leaves in the window of the stricter limit: how much of the
   * window's length its {@code permits + 1} slots, {@code permits} intervals apart, exceed.
   * Zero at a headroom of 1, where no lateness is tolerated and none can be made good.
   */
  private static long lateToleranceMicros(RateLimit limit, long interval) {
    boolean perMinute = limit.permitsPerMinute() > 0 && (limit.permitsPerSecond() == 0
        || 60.0 / limit.permitsPerMinute() > 1.0 / limit.permitsPerSecond());
    long permits = perMinute ? limit.permitsPerMinute() : limit.permitsPerSecond();
    long window = perMinute ? 60_000_000L : 1_000_000L;
    return Math.max(0, permits * interval - window) / 2;
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
