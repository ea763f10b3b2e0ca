package io.larkgen.runtime.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before sending a failed request again.
 *
 * <p>Rate-limited answers (HTTP 429, code {@code 99991400}) are retried for every method after the
 * server's {@code x-ogw-ratelimit-reset} or, without it, after a backoff; 5xx answers, connection
 * failures, timeouts and malformed bodies only for idempotent methods. Backoff is exponential with
 * full jitter: attempt {@code n} waits a uniformly random time in {@code [0, min(maxBackoff,
 * baseBackoff * 2^(n-1))]}. No retry starts when its wait would end after the total deadline.
 *
 * @param maxAttempts attempts including the first; 1 means never retry
 * @param totalDeadline upper bound of one call including all attempts and waits
 * @param baseBackoff backoff cap of the first retry
 * @param maxBackoff largest backoff cap
 */
public record RetryPolicy(
    int maxAttempts, Duration totalDeadline, Duration baseBackoff, Duration maxBackoff) {

  /**
   * Checks the bounds.
   *
   * @param maxAttempts attempts including the first, at least 1
   * @param totalDeadline upper bound of one call, positive
   * @param baseBackoff backoff cap of the first retry, positive
   * @param maxBackoff largest backoff cap, at least {@code baseBackoff}
   * @throws IllegalArgumentException when {@code maxAttempts} is below 1, a duration is not
   *     positive, or {@code maxBackoff} is below {@code baseBackoff}
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
    }
    requirePositive(totalDeadline, "totalDeadline");
    requirePositive(baseBackoff, "baseBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(baseBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must be >= baseBackoff");
    }
  }

  /**
   * 4 attempts within 2 minutes, backoff from 200 ms up to 10 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMinutes(2), Duration.ofMillis(200), Duration.ofSeconds(10));
  }

  /**
   * Never retry (an invalid token is still refreshed and the request re-sent once).
   *
   * @return a policy of one attempt
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ofDays(1), Duration.ofMillis(1), Duration.ofMillis(1));
  }

  /**
   * This policy with another number of attempts.
   *
   * @param attempts attempts including the first, at least 1
   * @return a copy with that number of attempts
   */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, totalDeadline, baseBackoff, maxBackoff);
  }

  /**
   * This policy with another total deadline.
   *
   * @param deadline upper bound of one call including all attempts and waits, positive
   * @return a copy with that deadline
   */
  public RetryPolicy withTotalDeadline(Duration deadline) {
    return new RetryPolicy(maxAttempts, deadline, baseBackoff, maxBackoff);
  }

  /**
   * This policy with other backoff bounds.
   *
   * @param base backoff cap of the first retry, positive
   * @param max largest backoff cap, at least {@code base}
   * @return a copy with those bounds
   */
  public RetryPolicy withBackoff(Duration base, Duration max) {
    return new RetryPolicy(maxAttempts, totalDeadline, base, max);
  }

  /**
   * The cap of the backoff before retry number {@code retry} (1-based): {@code min(maxBackoff,
   * baseBackoff * 2^(retry-1))}.
   *
   * @param retry the retry's number, from 1
   * @return the cap
   */
  public Duration backoffCap(int retry) {
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    // base * 2^shift >= max, compared without multiplying (which could overflow Duration)
    if (baseBackoff.compareTo(maxBackoff.dividedBy(1L << shift)) >= 0) {
      return maxBackoff;
    }
    return baseBackoff.multipliedBy(1L << shift);
  }

  /**
   * A full-jitter backoff before retry number {@code retry}: uniform in {@code [0, cap]} (at
   * nanosecond resolution up to about 292 years).
   *
   * @param retry the retry's number, from 1
   * @param random the jitter's source
   * @return the wait before that retry
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long cap = saturatedNanos(backoffCap(retry));
    if (cap == 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(cap == Long.MAX_VALUE ? random.nextLong(cap) : random.nextLong(cap + 1));
  }

  /**
   * {@code d} in nanoseconds, or {@link Long#MAX_VALUE} when it does not fit.
   *
   * @param d a duration
   * @return its length in nanoseconds, saturated
   */
  public static long saturatedNanos(Duration d) {
    return d.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : d.toNanos();
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
