package io.larkgen.runtime.ratelimit;

import io.larkgen.runtime.RateLimit;
import java.time.Duration;
import java.util.Objects;
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
   * Takes a permit like {@link #tryAcquire}, as a {@link Permit} the caller tells when the
   * request sent with it was answered. A limiter can then bound when that request reached the
   * server by its own answer, rather than by a guess for every request (see {@link
   * WindowRule}). The default takes the permit with {@link #tryAcquire} and ignores the answer.
   *
   * @param limit the operation's documented limit
   * @param scope the tenant the permits are counted for
   * @param maxWait the longest the caller may wait
   * @return the permit, once waited for; empty (taking nothing) when it is further off than
   *     {@code maxWait}
   * @throws InterruptedException when interrupted while waiting; the permit may have been taken
   */
  default Optional<Permit> take(RateLimit limit, String scope, Duration maxWait)
      throws InterruptedException {
    return tryAcquire(limit, scope, maxWait).map(Permit::unreported);
  }

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

  /**
   * A permit taken with {@link #take}: how long its caller waited for it, and where the caller
   * reports that the request sent with it was answered.
   */
  interface Permit {
    /**
     * How long the caller waited for the permit.
     *
     * @return the wait; zero when the permit was free
     */
    Duration waited();

    /**
     * Reports that the request sent with this permit was answered, or failed in a way that
     * means it will not arrive later (a refused or reset connection): the server has counted it
     * by now, if it ever does. Called at most once, as soon as the answer (or the failure) is
     * there, and not at all for a request that timed out or was interrupted, which may still be
     * on its way.
     */
    void answered();

    /**
     * A permit whose answer its limiter does not use.
     *
     * @param waited how long the caller waited for it
     * @return the permit
     */
    static Permit unreported(Duration waited) {
      Objects.requireNonNull(waited, "waited");
      return new Permit() {
        @Override
        public Duration waited() {
          return waited;
        }

        @Override
        public void answered() {}
      };
    }
  }
}
