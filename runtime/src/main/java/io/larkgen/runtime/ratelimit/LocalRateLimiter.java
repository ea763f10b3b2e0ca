package io.larkgen.runtime.ratelimit;

import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The in-process {@link RateLimiter}: for each key, permits are handed out at least {@code 1 /
 * permitsPerSecond} apart (or {@code 60 / permitsPerMinute} seconds, when the per-minute limit is
 * the stricter one), in the order they were asked for, shared by all threads of one client.
 *
 * <p>Evenly spaced permits never exceed the limit in any one-second window (Feishu counts per
 * second), and a caller that asks continuously gets exactly the documented rate. A token bucket
 * would allow a burst of {@code permitsPerSecond} on top of a window already used, which can trip
 * the server's limit. The same holds for a per-minute limit: spacing permits {@code 60 / M}
 * seconds apart never puts more than {@code M} in any minute, and a limit documented both per
 * second and per minute is paced at whichever allows fewer requests over a minute.
 */
public final class LocalRateLimiter implements RateLimiter {
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final double headroom;
  private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

  /**
   * Creates a limiter.
   *
   * @param nanoTime a monotonic time source in nanoseconds (e.g. {@code System::nanoTime})
   * @param sleeper how to wait for a permit
   */
  public LocalRateLimiter(LongSupplier nanoTime, Sleeper sleeper) {
    this(nanoTime, sleeper, 1.0);
  }

  /**
   * Creates a limiter that uses only a share of each documented rate.
   *
   * <p>Permits leave the client evenly spaced, but requests reach the server with varying
   * delays, and the server counts them in fixed one-second windows: at exactly the documented
   * rate, one request delayed past a window boundary lands an extra request in the next window.
   * A {@code headroom} below 1 (e.g. 0.97) leaves that much slack.
   *
   * @param nanoTime a monotonic time source in nanoseconds (e.g. {@code System::nanoTime})
   * @param sleeper how to wait for a permit
   * @param headroom share of the documented rate to use, in (0, 1]
   */
  public LocalRateLimiter(LongSupplier nanoTime, Sleeper sleeper, double headroom) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    if (!(headroom > 0 && headroom <= 1)) {
      throw new IllegalArgumentException("headroom must be in (0, 1], was " + headroom);
    }
    this.headroom = headroom;
  }

  @Override
  public Duration acquire(RateLimit limit, String scope) throws InterruptedException {
    long wait = lane(limit, scope).reserve(nanoTime.getAsLong(), Long.MAX_VALUE);
    return waitFor(wait);
  }

  @Override
  public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    long max = maxWait.isNegative() ? -1 : RetryPolicy.saturatedNanos(maxWait);
    long wait = lane(limit, scope).reserve(nanoTime.getAsLong(), max);
    return wait < 0 ? Optional.empty() : Optional.of(waitFor(wait));
  }

  private Duration waitFor(long wait) throws InterruptedException {
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
    return Duration.ofNanos(wait);
  }

  @Override
  public void pause(RateLimit limit, String scope, Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      long now = nanoTime.getAsLong();
      // Beyond about 146 years every pause is the same: cap it instead of overflowing.
      long nanos = Math.min(RetryPolicy.saturatedNanos(duration), Long.MAX_VALUE / 2);
      lane(limit, scope).pauseUntil(now + nanos);
    }
  }

  private Lane lane(RateLimit limit, String scope) {
    String key = scope == null ? limit.key() : limit.key() + "\u0000" + scope;
    return lanes.computeIfAbsent(key, k -> new Lane(intervalNanos(limit)));
  }

  /**
   * Nanoseconds between permits: a second divided by the per-second rate used, or a minute
   * divided by the per-minute rate used, whichever is longer (the binding limit), rounded up.
   */
  private long intervalNanos(RateLimit limit) {
    double perSecond = limit.permitsPerSecond() > 0
        ? 1_000_000_000.0 / (limit.permitsPerSecond() * headroom) : 0;
    double perMinute = limit.permitsPerMinute() > 0
        ? 60_000_000_000.0 / (limit.permitsPerMinute() * headroom) : 0;
    return (long) Math.ceil(Math.max(perSecond, perMinute));
  }

  /** One key's schedule: the earliest time the next permit may be used. */
  private static final class Lane {
    private final long intervalNanos;
    private long next;
    private boolean started;

    Lane(long intervalNanos) {
      this.intervalNanos = intervalNanos;
    }

    /** Takes the next slot and returns the wait until it, or -1 (taking nothing) past max. */
    synchronized long reserve(long now, long maxWait) {
      long slot = !started || now - next >= 0 ? now : next;
      if (slot - now > maxWait) {
        return -1;
      }
      started = true;
      next = slot + intervalNanos;
      return slot - now;
    }

    synchronized void pauseUntil(long until) {
      if (!started || until - next > 0) {
        next = until;
        started = true;
      }
    }
  }
}
