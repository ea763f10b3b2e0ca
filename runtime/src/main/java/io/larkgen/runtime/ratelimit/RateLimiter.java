package io.larkgen.runtime.ratelimit;

import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.retry.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Client-side limiter: for each key, permits are handed out at least {@code 1 / permitsPerSecond}
 * apart, in the order they were asked for, shared by all threads of one client.
 *
 * <p>Evenly spaced permits never exceed the limit in any one-second window (Feishu counts per
 * second), and a caller that asks continuously gets exactly the documented rate. A token bucket
 * would allow a burst of {@code permitsPerSecond} on top of a window already used, which can trip
 * the server's limit.
 */
public final class RateLimiter {
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final ConcurrentMap<String, Lane> lanes = new ConcurrentHashMap<>();

  /**
   * Creates a limiter.
   *
   * @param nanoTime a monotonic time source in nanoseconds (e.g. {@code System::nanoTime})
   * @param sleeper how to wait for a permit
   */
  public RateLimiter(LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Waits until a permit for {@code limit} (and {@code scope}, e.g. the tenant) is due.
   *
   * @return how long the caller waited; zero when a permit was free
   */
  public Duration acquire(RateLimit limit, String scope) throws InterruptedException {
    long wait = lane(limit, scope).reserve(nanoTime.getAsLong());
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
    return Duration.ofNanos(wait);
  }

  /**
   * Holds back every permit for {@code limit} and {@code scope} for {@code duration} from now,
   * e.g. after Feishu answered 429 with {@code x-ogw-ratelimit-reset}: all threads of the client
   * then wait for the server's window instead of each running into the limit again.
   */
  public void pause(RateLimit limit, String scope, Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      lane(limit, scope).pauseUntil(nanoTime.getAsLong() + duration.toNanos());
    }
  }

  private Lane lane(RateLimit limit, String scope) {
    String key = scope == null ? limit.key() : limit.key() + "\u0000" + scope;
    int rate = limit.permitsPerSecond();
    return lanes.computeIfAbsent(key,
        k -> new Lane(1_000_000_000L / rate + (1_000_000_000L % rate == 0 ? 0 : 1)));
  }

  /** One key's schedule: the earliest time the next permit may be used. */
  private static final class Lane {
    private final long intervalNanos;
    private long next;
    private boolean started;

    Lane(long intervalNanos) {
      this.intervalNanos = intervalNanos;
    }

    synchronized long reserve(long now) {
      long slot = !started || now - next >= 0 ? now : next;
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
