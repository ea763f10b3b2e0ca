package io.larkgen.runtime.retry;

import java.time.Duration;

/** Waits. Injected so tests can record waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM =
      d -> {
        if (!d.isNegative() && !d.isZero()) {
          Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        }
      };

  /**
   * Waits for {@code duration} (nothing when zero or negative).
   *
   * @param duration how long to wait
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
