package io.larkgen.runtime.ratelimit;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The rule every Larkgen limiter follows for one documented limit of {@code permits} requests
 * per window (a second, a minute), as Feishu counts them: in fixed windows whose boundaries the
 * client does not know. The server counts a request when it <em>arrives</em>, which is some time
 * after its permit was granted and no later than its answer. So with each grant {@code i} the
 * rule keeps the latest time {@code i} can arrive, {@code bound(i) = grant(i) + guard}, and
 * grants {@code i + permits} no earlier than a window after {@code bound(i)}: then no window,
 * wherever its boundaries lie, ever receives more than {@code permits} requests.
 *
 * <p>A request that has been answered has arrived: its bound is then its answer, when that is
 * earlier ({@link #arrivalBound}). For a request still on its way the guard is a guess that
 * adapts to how late requests arrive: it is the longest time from a grant to its answer among
 * the recent answers ({@link #answered}), but never more than the headroom's share of the window
 * ({@link #initialGuardNanos}), which is also the guard until the first answers come back. A
 * caller that sends one request after the other thus waits a window after the answer of the
 * request {@code permits} back, no longer; one whose requests overlap (threads, processes)
 * waits by the guard, which follows its answers: short when they come back quickly, the fixed
 * share when they are slow (a loaded machine, a slow network).
 *
 * <p>{@link LocalRateLimiter} keeps the grants and bounds in memory; a limiter whose schedule
 * lives in a shared store can keep them there and take the arithmetic and {@link #guardNanos()}
 * from here.
 */
public final class WindowRule {
  /**
   * Answers the guard remembers at least: the longest of the last this many (or twice the
   * permits, when more) sets it.
   */
  static final int RECENT_ANSWERS = 32;

  /** The smallest measured guard: the resolution of the clocks involved. */
  static final long MIN_GUARD_NANOS = 1_000_000;

  private final int permits;
  private final long windowNanos;
  private final long initialGuardNanos;
  private final long maxGuardNanos;
  private final boolean adaptive;
  private final AtomicLongArray recent;
  private volatile long answers;

  /**
   * A rule for {@code permits} per {@code windowNanos}.
   *
   * @param permits the documented number of requests per window, positive
   * @param windowNanos the window's length in nanoseconds, positive
   * @param headroom the share of the documented rate used until answers have been measured, in
   *     (0, 1]: the initial guard is {@code windowNanos × (1 / headroom − 1)}. At 1 the rule
   *     grants exactly the documented rate, with no guard, measured or not.
   */
  public WindowRule(int permits, long windowNanos, double headroom) {
    if (permits <= 0) {
      throw new IllegalArgumentException("permits must be positive, was " + permits);
    }
    if (windowNanos <= 0) {
      throw new IllegalArgumentException("windowNanos must be positive, was " + windowNanos);
    }
    if (!(headroom > 0 && headroom <= 1)) {
      throw new IllegalArgumentException("headroom must be in (0, 1], was " + headroom);
    }
    this.permits = permits;
    this.windowNanos = windowNanos;
    this.initialGuardNanos = (long) Math.ceil(windowNanos * (1 / headroom - 1));
    // Measured answers only ever shorten the guard: slow answers say more about the server's
    // work than about when the request arrived, and the share was safe before measuring.
    this.maxGuardNanos = initialGuardNanos;
    this.adaptive = headroom < 1;
    // The answer of the grant a window's permits back is still among them when the next grant
    // is decided: that request's own time to answer is then part of the guard.
    this.recent = new AtomicLongArray(
        (int) Math.min(1 << 20, Math.max(RECENT_ANSWERS, 2L * permits)));
  }

  /**
   * The documented number of requests per window.
   *
   * @return the number of permits
   */
  public int permits() {
    return permits;
  }

  /**
   * The window's length in nanoseconds.
   *
   * @return the length in nanoseconds
   */
  public long windowNanos() {
    return windowNanos;
  }

  /**
   * The guard before any answer was measured.
   *
   * @return the initial guard in nanoseconds
   */
  public long initialGuardNanos() {
    return initialGuardNanos;
  }

  /**
   * The current guard: the longest time from grant to answer of the recent answers (at least 1
   * ms, at most the initial guard), or the initial guard while none was measured (always, at
   * headroom 1).
   *
   * @return the guard in nanoseconds
   */
  public long guardNanos() {
    int n = (int) Math.min(answers, recent.length());
    if (n == 0 || !adaptive) {
      return initialGuardNanos;
    }
    long longest = 0;
    for (int i = 0; i < n; i++) {
      longest = Math.max(longest, recent.get(i));
    }
    return Math.min(maxGuardNanos, Math.max(Math.min(MIN_GUARD_NANOS, maxGuardNanos), longest));
  }

  /**
   * Records that a request was answered {@code sinceGrantNanos} after its permit.
   *
   * @param sinceGrantNanos the time from the grant to the answer, in nanoseconds
   */
  public void answered(long sinceGrantNanos) {
    if (sinceGrantNanos < 0) {
      return;
    }
    int slot;
    synchronized (recent) {
      slot = (int) (answers % recent.length());
      answers++;
    }
    recent.set(slot, sinceGrantNanos);
  }

  /**
   * The latest a request granted at {@code grant} arrives, with the current guard.
   *
   * @param grant the grant's time, in nanoseconds of the limiter's clock
   * @return {@code grant} plus the current guard
   */
  public long bound(long grant) {
    return grant + guardNanos();
  }

  /**
   * The latest time the request granted at {@code grant} can have arrived: its answer, when it
   * was answered before the bound the current guard gives ({@code grant} plus the guard, or
   * {@code boundAtGrant} when later); that bound otherwise. Bounds only grow until the answer,
   * since the guard is a guess and the one given at the grant may have been made on fewer
   * answers.
   *
   * @param grant the time the permit was granted
   * @param boundAtGrant the bound {@link #bound} gave when it was granted
   * @param answered whether its request was answered (or failed)
   * @param answeredAt when it was, if {@code answered}
   * @return the bound, in nanoseconds of the limiter's clock
   */
  public long arrivalBound(long grant, long boundAtGrant, boolean answered, long answeredAt) {
    long guessed = grant + guardNanos();
    long bound = guessed - boundAtGrant > 0 ? guessed : boundAtGrant;
    if (answered && bound - answeredAt > 0) {
      // A request is sent after its grant: an answer stamped before it is a clock's rounding.
      return answeredAt - grant > 0 ? answeredAt : grant;
    }
    return bound;
  }

  /**
   * When the next grant is due, at or after {@code time}, once {@code permits} grants were made:
   * a window after the arrival bound of the grant {@code permits} back ({@link #arrivalBound}).
   *
   * @param oldestBound the arrival bound of the grant {@code permits} back
   * @param time the earliest time asked about
   * @return the time the next grant is due, in nanoseconds of the limiter's clock
   */
  public long due(long oldestBound, long time) {
    long due = oldestBound + windowNanos;
    return due - time > 0 ? due : time;
  }
}
