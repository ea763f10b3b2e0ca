package io.larkgen.runtime.ratelimit;

import io.larkgen.runtime.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands out permits for an operation's documented {@link RateLimit}, per {@code scope} (the
 * tenant, or null), to every thread of a client (or, for a shared implementation, of many
 * clients). {@link LocalRateLimiter} is the in-process one.
 *
 * <p>Implementations must be thread-safe. A permit that is not due within a caller's {@code
 * maxWait} is not taken, so a caller whose deadline comes first neither waits in vain nor pushes
 * later callers back.
 */
public interface RateLimiter {
  /**
   * Takes a permit for limit+scope if one is due within maxWait; waits for it; empty (taking
   * nothing) when further off.
   *
   * @param limit the operation's documented limit
   * @param scope the tenant the permits are counted for ({@link
   *     io.larkgen.runtime.RequestOptions#tenantKey()})
   * @param maxWait the longest the caller may wait
   * @return how long the caller waited (zero when a permit was free), or empty when the permit
   *     is further off than {@code maxWait}
   * @throws InterruptedException when interrupted while waiting; the permit may have been taken
   */
  Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException;

  /**
   * Holds back every permit for limit+scope for duration from now (after a 429 with a reset
   * header): all callers then wait for the server's window instead of each running into the
   * limit again.
   *
   * @param limit the limit Feishu reported as hit
   * @param scope the tenant the permits are counted for
   * @param duration how long to hold permits back, e.g. the reset Feishu sent
   */
  void pause(RateLimit limit, String scope, Duration duration);

  /**
   * Reports that a request sent with a permit of limit+scope was answered (or failed) {@code
   * sinceGrant} after the permit was granted. The server counted it by then, so a limiter can
   * tell from these how late requests may arrive (see {@link WindowRule}). The default ignores
   * it.
   *
   * @param limit the limit of the permit
   * @param scope the tenant the permit was counted for
   * @param sinceGrant the time from the grant to the answer
   */
  default void answered(RateLimit limit, String scope, Duration sinceGrant) {}

  /**
   * Waits until a permit for {@code limit} (and {@code scope}) is due, however long that is.
   *
   * @param limit the operation's documented limit
   * @param scope the tenant the permits are counted for
   * @return how long the caller waited; zero when a permit was free
   * @throws InterruptedException when interrupted while waiting
   */
  default Duration acquire(RateLimit limit, String scope) throws InterruptedException {
    return tryAcquire(limit, scope, Duration.ofSeconds(Long.MAX_VALUE)).orElseThrow();
  }
}
