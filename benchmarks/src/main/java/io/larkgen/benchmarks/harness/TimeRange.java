package io.larkgen.benchmarks.harness;

/**
 * The time window every benchmark exports: wide enough to hold the whole sandbox data set, and
 * valid for the interviews endpoint, which needs a positive {@code start_time}.
 */
public final class TimeRange {
  /** 1970-01-01T00:00:00.001Z. */
  public static final long START_MILLIS = 1L;

  /** 2100-01-01T00:00:00Z. */
  public static final long END_MILLIS = 4_102_444_800_000L;

  private TimeRange() {}
}
