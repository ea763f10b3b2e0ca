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
 * The in-process {@link RateLimiter}: for each key, at most {@code permitsPerSecond} permits in
 * any one-second span (and at most {@code permitsPerMinute} in any minute), handed out in the
 * order they were asked for, shared by all threads of one client.
 *
 * <p>Feishu counts requests in fixed windows (one second, one minute) whose boundaries the client
 * does not know. A limiter that never grants more than {@code N} permits in any span of one
 * window's length keeps every fixed window, wherever its boundaries lie, at {@code N} or fewer:
 * permit {@code i} is due no earlier than a window's length after permit {@code i - N}. Unlike
 * permits spaced evenly {@code 1/N} apart, this lets a lane that was idle use a whole window at
 * once (the first {@code N} permits are free), and a caller slower than the limit is never held
 * back; a caller faster than the limit gets exactly {@code N} per window. Unlike a token bucket,
 * no burst ever comes on top of a window already used.
 *
 * <p>Requests arrive at the server some time after their permit, so each window is followed
 * by a guard ({@link WindowRule}): permit {@code i} is due a window after the latest time
 * permit {@code i - N}'s request can have arrived. With a {@code headroom} below 1 the guard
 * starts as that share of the window and then follows the measured time from permit to answer;
 * at 1 there is no guard. A permit taken with {@link #take} whose request has been answered
 * ({@link RateLimiter.Permit#answered}) is bounded by that answer instead, when it is earlier.
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
   * <p>Requests reach the server with varying delays: at exactly the documented rate, permit
   * {@code i + N} follows permit {@code i} by exactly one window, and a request {@code i} that
   * arrives later than request {@code i + N} lands an extra request in the server's window. A
   * {@code headroom} below 1 (e.g. 0.99) guards each window by that share (10 ms per second at
   * 0.99) until answers have been measured, then by the longest recent time from permit to
   * answer, and for a request answered already by its answer (see {@link WindowRule}).
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
  public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    return take(limit, scope, maxWait).map(Permit::waited);
  }

  @Override
  public Optional<Permit> take(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    long max = maxWait.isNegative() ? -1 : RetryPolicy.saturatedNanos(maxWait);
    Lane lane = lane(limit, scope);
    Grant grant = lane.reserve(nanoTime.getAsLong(), max);
    if (grant == null) {
      return Optional.empty();
    }
    waitFor(grant.waitNanos);
    return Optional.of(grant);
  }

  private void waitFor(long wait) throws InterruptedException {
    if (wait > 0) {
      sleeper.sleep(Duration.ofNanos(wait));
    }
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
    return lanes.computeIfAbsent(key, k -> new Lane(
        Window.of(limit.permitsPerSecond(), 1_000_000_000L, headroom),
        Window.of(limit.permitsPerMinute(), 60_000_000_000L, headroom), nanoTime));
  }

  /** One permit of a lane: its place in the lane's grants, and the caller's wait for it. */
  private static final class Grant implements Permit {
    private final Lane lane;
    private final long sequence;
    private final long slot;
    private final long waitNanos;
    private boolean answered;

    Grant(Lane lane, long sequence, long slot, long waitNanos) {
      this.lane = lane;
      this.sequence = sequence;
      this.slot = slot;
      this.waitNanos = waitNanos;
    }

    @Override
    public Duration waited() {
      return Duration.ofNanos(waitNanos);
    }

    @Override
    public synchronized void answered() {
      if (!answered) {
        answered = true;
        lane.answered(sequence, slot);
      }
    }
  }

  /**
   * The last {@code permits} grants of one limit (a second's or a minute's) with their arrival
   * bounds and answers, under its {@link WindowRule}: the next grant is due one window after the
   * oldest one's arrival bound. Grant {@code n} of the lane is kept at {@code n % permits} until
   * grant {@code n + permits} takes its place. The bounds given at the grants are kept
   * non-decreasing, as the guard they were given with may shrink.
   */
  private static final class Window {
    private final WindowRule rule;
    private final long[] grants;
    private final long[] bounds;
    private final long[] answers;
    private final boolean[] answered;
    private long count;
    private long latest;

    private Window(WindowRule rule) {
      this.rule = rule;
      this.grants = new long[rule.permits()];
      this.bounds = new long[rule.permits()];
      this.answers = new long[rule.permits()];
      this.answered = new boolean[rule.permits()];
    }

    /** A window of {@code permits} grants, or null when the limit is not documented (0). */
    static Window of(int permits, long lengthNanos, double headroom) {
      return permits > 0 ? new Window(new WindowRule(permits, lengthNanos, headroom)) : null;
    }

    /** The earliest time at or after {@code time} a grant leaves at most N in any window. */
    long due(long time) {
      if (count < grants.length) {
        return time;
      }
      int oldest = (int) (count % grants.length);
      return rule.due(rule.arrivalBound(grants[oldest], bounds[oldest], answered[oldest],
          answers[oldest]), time);
    }

    /** Records grant number {@link #count} at {@code time}. */
    void record(long time) {
      long bound = rule.bound(time);
      latest = count == 0 || bound - latest > 0 ? bound : latest;
      int slot = (int) (count % grants.length);
      grants[slot] = time;
      bounds[slot] = latest;
      answered[slot] = false;
      count++;
    }

    /** Grant number {@code sequence}, granted at {@code slot}, was answered at {@code now}. */
    void answered(long sequence, long slot, long now) {
      rule.answered(now - slot);
      if (count - sequence <= grants.length) {
        int at = (int) (sequence % grants.length);
        answered[at] = true;
        answers[at] = now;
      }
    }
  }

  /**
   * One key's schedule: its per-second and per-minute windows (either may be absent) and the
   * time before which a server reset holds every permit back.
   */
  private static final class Lane {
    private final Window second;
    private final Window minute;
    private final LongSupplier nanoTime;
    private long pausedUntil;
    private boolean paused;
    private long last;
    private long granted;

    Lane(Window second, Window minute, LongSupplier nanoTime) {
      this.second = second;
      this.minute = minute;
      this.nanoTime = nanoTime;
    }

    /** Takes the next slot, or returns null (taking nothing) when it is more than max away. */
    synchronized Grant reserve(long now, long maxWait) {
      long slot = paused && pausedUntil - now > 0 ? pausedUntil : now;
      // Callers read the clock before they get here: keep the grants in order all the same.
      if (granted > 0 && last - slot > 0) {
        slot = last;
      }
      if (second != null) {
        slot = second.due(slot);
      }
      if (minute != null) {
        slot = minute.due(slot);
      }
      if (slot - now > maxWait) {
        return null;
      }
      if (second != null) {
        second.record(slot);
      }
      if (minute != null) {
        minute.record(slot);
      }
      last = slot;
      return new Grant(this, granted++, slot, slot - now);
    }

    /** Grant number {@code sequence}, due at {@code slot}, was answered now. */
    synchronized void answered(long sequence, long slot) {
      long now = nanoTime.getAsLong();
      if (second != null) {
        second.answered(sequence, slot, now);
      }
      if (minute != null) {
        minute.answered(sequence, slot, now);
      }
    }

    synchronized void pauseUntil(long until) {
      if (!paused || until - pausedUntil > 0) {
        pausedUntil = until;
        paused = true;
      }
    }
  }
}
