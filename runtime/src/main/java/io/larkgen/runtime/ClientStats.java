package io.larkgen.runtime;

import java.time.Duration;

/**
 * A snapshot of one client's counters since it was built, e.g. for a summary at the end of an
 * export.
 *
 * @param requestsSent API requests sent (every attempt, token requests not included)
 * @param retries attempts beyond the first (including the one re-send after a token refresh)
 * @param rateLimitWaits times the client-side rate limiter made a caller wait
 * @param rateLimitWaitTime total time spent waiting for the client-side rate limiter
 * @param throttledResponses responses in which Feishu said its rate limit was hit (HTTP 429 or
 *     code 99991400)
 * @param tokenFetches token requests sent (tenant and app access tokens)
 */
public record ClientStats(
    long requestsSent,
    long retries,
    long rateLimitWaits,
    Duration rateLimitWaitTime,
    long throttledResponses,
    long tokenFetches) {

  @Override
  public String toString() {
    return "requests=" + requestsSent + " retries=" + retries + " rateLimitWaits=" + rateLimitWaits
        + " (" + rateLimitWaitTime.toMillis() + " ms) throttled=" + throttledResponses
        + " tokenFetches=" + tokenFetches;
  }
}
