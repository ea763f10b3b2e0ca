package io.larkgen.runtime.redis;

import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.ratelimit.LocalRateLimiter;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.ratelimit.WindowRule;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RateLimiter} whose schedule lives in Redis, so that every client of one app that
 * shares the Redis (threads, processes, hosts) stays together within each documented limit, as
 * Feishu counts them: per app and tenant.
 *
 * <p>Same rule as {@link LocalRateLimiter} ({@link WindowRule}): Feishu counts requests in fixed
 * windows (a second, a minute) whose boundaries the client does not know, so permit {@code i} is
 * due no earlier than one window after the latest time permit {@code i - N}'s request can have
 * arrived, its grant plus a guard. No window, wherever its boundaries lie, then receives more
 * than {@code N} requests from all the clients together, and a lane that was idle may use a
 * whole window at once. The guard starts at the headroom's share of the window and then follows
 * the longest recent time from permit to answer this client measured ({@link #answered}); each
 * grant's bound is stored with it, so the clients' guards combine. A permit further off than
 * the caller's {@code maxWait} is not taken; {@link #pause} holds back every permit of the lane.
 *
 * <p>Each permit costs one round trip: a Lua script reads the lane, decides with the Redis
 * server's clock (so the clients' clocks do not matter) and appends the grant, atomically. The
 * caller then sleeps locally until its slot.
 *
 * <p>Keys, for a tenant's calls with {@code :<tenant key>} after them: {@code
 * <namespace>:rate-second:<appId>:<limit key>}, the per-second log (a list of the last {@code N}
 * grants with their bounds), {@code <namespace>:rate-minute:…} the per-minute one and {@code
 * <namespace>:rate-pause:…} a pause; each expires a second after it stops mattering. When Redis
 * fails, {@link RedisUnavailableException} is thrown: no permit is handed out that the other
 * clients cannot see.
 */
public final class RedisRateLimiter implements RateLimiter {
  /**
   * Default share of each documented rate used before answers were measured, lower than the
   * in-process {@link io.larkgen.runtime.DefaultLarkClient#DEFAULT_RATE_LIMIT_HEADROOM}:
   * requests from several processes reach Feishu with delays that vary more than one process's
   * (each has its own sleeps, threads and pauses). At 0.92 the guard of a one-second window
   * starts at 87 ms and never exceeds it; measured answers shorten it.
   */
  public static final double DEFAULT_HEADROOM = 0.92;

  private static final long SECOND_NANOS = 1_000_000_000L;
  private static final long MINUTE_NANOS = 60 * SECOND_NANOS;

  private static final LarkRedis.Script ACQUIRE = new LarkRedis.Script("rate-limit-acquire.lua");
  private static final LarkRedis.Script PAUSE = new LarkRedis.Script("rate-limit-pause.lua");

  private final LarkRedis redis;
  private final String appId;
  private final double headroom;
  private final Sleeper sleeper;
  private final ConcurrentMap<String, Guards> guards = new ConcurrentHashMap<>();

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
    Guards lane = guards(limit, scope);
    Object reply = redis.eval("taking a permit of " + limit.key(), ACQUIRE,
        List.of(key("rate-second", limit, scope), key("rate-minute", limit, scope),
            key("rate-pause", limit, scope)),
        List.of(Integer.toString(limit.permitsPerSecond()),
            Integer.toString(limit.permitsPerMinute()),
            Long.toString(guardMicros(lane.second)), Long.toString(guardMicros(lane.minute)),
            Long.toString(max)));
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
      redis.eval("pausing " + limit.key(), PAUSE, List.of(key("rate-pause", limit, scope)),
          List.of(Long.toString(micros(duration))));
    }
  }

  @Override
  public void answered(RateLimit limit, String scope, Duration sinceGrant) {
    long nanos = sinceGrant.isNegative() ? 0 : RetryPolicy.saturatedNanos(sinceGrant);
    Guards lane = guards(limit, scope);
    if (lane.second != null) {
      lane.second.answered(nanos);
    }
    if (lane.minute != null) {
      lane.minute.answered(nanos);
    }
  }

  /** The Redis key of one of the lane's logs ({@code kind}) of {@code limit} and {@code scope}. */
  String key(String kind, RateLimit limit, String scope) {
    return scope == null
        ? redis.key(kind, appId, limit.key())
        : redis.key(kind, appId, limit.key(), scope);
  }

  /** This client's guards of the lane: what it measured of its own requests. */
  private Guards guards(RateLimit limit, String scope) {
    String lane = scope == null ? limit.key() : limit.key() + "\u0000" + scope;
    return guards.computeIfAbsent(lane, k -> new Guards(
        limit.permitsPerSecond() > 0
            ? new WindowRule(limit.permitsPerSecond(), SECOND_NANOS, headroom) : null,
        limit.permitsPerMinute() > 0
            ? new WindowRule(limit.permitsPerMinute(), MINUTE_NANOS, headroom) : null));
  }

  /** The rule's current guard in microseconds, rounded up; 0 for a window not limited. */
  private static long guardMicros(WindowRule rule) {
    return rule == null ? 0 : (rule.guardNanos() + 999) / 1_000;
  }

  /** Saturates at {@code Long.MAX_VALUE}: a longer wait is the same as forever. */
  private static long micros(Duration d) {
    return TimeUnit.MICROSECONDS.convert(d);
  }

  @Override
  public String toString() {
    return "RedisRateLimiter[appId=" + appId + ", headroom=" + headroom + ", " + redis + "]";
  }

  /** The per-second and per-minute rule of one lane (null where the limit documents none). */
  private record Guards(WindowRule second, WindowRule minute) {}
}
