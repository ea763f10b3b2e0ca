package io.larkgen.sandbox;

import java.time.Instant;

/**
 * The earliest and the latest interview {@code begin_time} of a data set, in milliseconds.
 *
 * @param minBeginTime begin_time of the first interview
 * @param maxBeginTime begin_time of the last interview
 */
public record TimeRange(long minBeginTime, long maxBeginTime) {

  /** {@link #minBeginTime()} as an instant. */
  public Instant min() {
    return Instant.ofEpochMilli(minBeginTime);
  }

  /** {@link #maxBeginTime()} as an instant. */
  public Instant max() {
    return Instant.ofEpochMilli(maxBeginTime);
  }
}
