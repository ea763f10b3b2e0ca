package io.larkgen.samples.export;

import java.util.Objects;

/**
 * The state of an export after its last committed page: see {@link Exporter} for the protocol.
 *
 * @param version format version of this file
 * @param query the arguments of the export
 * @param rangeStart resolved start of the time range (epoch millis), or null for none
 * @param rangeEnd resolved end of the time range (epoch millis), or null for none
 * @param segment index of the application id being exported (0 without application ids)
 * @param pageToken page token of the next page of that segment, or null for its first page
 * @param outputBytes length of the committed output; anything after it is discarded on resume
 * @param totals counters up to this point
 */
public record Checkpoint(
    int version,
    ExportQuery query,
    Long rangeStart,
    Long rangeEnd,
    int segment,
    String pageToken,
    long outputBytes,
    Totals totals) {

  /** The format version this program writes and reads. */
  public static final int VERSION = 1;

  public Checkpoint {
    Objects.requireNonNull(query, "query");
    totals = totals == null ? Totals.ZERO : totals;
  }

  /** The state before the first page (never saved: a checkpoint names at least one committed page). */
  public static Checkpoint start(ExportQuery query, Long rangeStart, Long rangeEnd) {
    return new Checkpoint(VERSION, query, rangeStart, rangeEnd, 0, null, 0, Totals.ZERO);
  }

  /** The state after another committed page. */
  public Checkpoint next(int segment, String pageToken, long outputBytes, Totals totals) {
    return new Checkpoint(version, query, rangeStart, rangeEnd, segment, pageToken, outputBytes, totals);
  }

  @Override
  public String toString() {
    return "Checkpoint[segment=" + segment + ", pageToken=" + (pageToken == null ? "none" : "set")
        + ", outputBytes=" + outputBytes + ", " + totals + "]";
  }
}
