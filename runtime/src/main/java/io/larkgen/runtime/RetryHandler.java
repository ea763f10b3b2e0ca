package io.larkgen.runtime;

import io.larkgen.runtime.retry.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Decides, for one call, whether a failed attempt is sent again and after how long.
 *
 * <ul>
 *   <li>{@link AttemptFailure.Resend#NOT_PROCESSED} (HTTP 429 / 99991400, connection refused
 *       or connect timeout, the token could not be had): any method.
 *   <li>{@link AttemptFailure.Resend#IF_SAFE} (5xx, read timeout, broken answer): only when
 *       repeating the request cannot change the outcome: {@code GET}, {@code PUT}, {@code DELETE},
 *       or a write that carries its idempotency key.
 *   <li>{@link AttemptFailure.Resend#REFRESH_TOKEN}: once per call, for a tenant token, even when
 *       the policy allows a single attempt.
 *   <li>A body streamed from a one-shot input is never sent a second time once it may have been
 *       read.
 * </ul>
 *
 * Other than the token refresh, a retry needs an attempt left under the policy and a wait that
 * ends before the call's deadline: the server's {@code x-ogw-ratelimit-reset} when it gave one,
 * else the policy's backoff.
 */
final class RetryHandler {
  private final RetryPolicy policy;
  private final boolean safeToRepeat;
  private final boolean bodyRepeatable;
  private final boolean tokenRefreshable;
  private final IntFunction<Duration> backoff;
  private boolean tokenRefreshed;

  /**
   * Creates the handler of one call.
   *
   * @param policy attempts and deadline
   * @param safeToRepeat the method is idempotent or the request carries an idempotency key
   * @param bodyRepeatable the body (if any) can be sent again
   * @param tokenRefreshable the call uses a tenant token the client can fetch anew
   * @param backoff the backoff before the retry after attempt {@code n}
   */
  RetryHandler(RetryPolicy policy, boolean safeToRepeat, boolean bodyRepeatable,
      boolean tokenRefreshable, IntFunction<Duration> backoff) {
    this.policy = policy;
    this.safeToRepeat = safeToRepeat;
    this.bodyRepeatable = bodyRepeatable;
    this.tokenRefreshable = tokenRefreshable;
    this.backoff = backoff;
  }

  /**
   * The wait before sending again after attempt number {@code attempt} failed, or empty when the
   * call ends with the failure.
   *
   * @param nanosLeft what is left of the call's deadline
   */
  Optional<Duration> next(AttemptFailure f, int attempt, long nanosLeft) {
    if (f.bodySent() && !bodyRepeatable) {
      return Optional.empty();
    }
    switch (f.resend()) {
      case NEVER:
        return Optional.empty();
      case REFRESH_TOKEN:
        if (!tokenRefreshable || tokenRefreshed) {
          return Optional.empty();
        }
        tokenRefreshed = true;
        return Optional.of(Duration.ZERO);
      case IF_SAFE:
        if (!safeToRepeat) {
          return Optional.empty();
        }
        break;
      case NOT_PROCESSED:
        break;
      default:
        throw new IllegalStateException(f.resend().name());
    }
    if (attempt >= policy.maxAttempts()) {
      return Optional.empty();
    }
    Duration wait = f.serverWait() != null ? f.serverWait() : backoff.apply(attempt);
    return RetryPolicy.saturatedNanos(wait) >= nanosLeft ? Optional.empty() : Optional.of(wait);
  }
}
