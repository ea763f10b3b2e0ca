package io.larkgen.samples.export;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of an export after its last committed page: see {@link Exporter} for the protocol.
 *
 * @param version format version of this file
 * @param query the arguments of the export
 * @param rangeStart resolved start of the time range (epoch millis), or null for none
 * @param rangeEnd resolved end of the time range (epoch millis), or null for none
 * @param segment index of the application id being exported (0 without application ids)
 * @param segmentPages pages of that segment committed so far (0 at its start)
 * @param pageToken page token of the next page of that segment, or null at its start
 * @param outputBytes length of the committed output; anything after it is discarded on resume
 * @param outputSha256 SHA-256 (lower-case hex) of those bytes: binds the checkpoint to its output
 * @param totals counters up to this point
 */
public record Checkpoint(
    int version,
    ExportQuery query,
    Long rangeStart,
    Long rangeEnd,
    int segment,
    int segmentPages,
    String pageToken,
    long outputBytes,
    String outputSha256,
    Totals totals) {

  /** The format version this program writes and reads. */
  public static final int VERSION = 2;

  /** SHA-256 of no bytes. */
  static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  public Checkpoint {
    Objects.requireNonNull(query, "query");
    totals = totals == null ? Totals.ZERO : totals;
  }

  /** The state before the first page (never saved: a checkpoint names at least one committed page). */
  public static Checkpoint start(ExportQuery query, Long rangeStart, Long rangeEnd) {
    return new Checkpoint(VERSION, query, rangeStart, rangeEnd, 0, 0, null, 0, EMPTY_SHA256, Totals.ZERO);
  }

  /**
   * The state after a committed page of segment {@code seg}.
   *
   * @param nextToken the token of the segment's next page, or null if this was its last
   */
  public Checkpoint afterPage(int seg, String nextToken, long bytes, String sha256, Totals totals) {
    if (nextToken == null) {
      return afterSegment(seg, bytes, sha256, totals);
    }
    int pages = seg == segment ? segmentPages + 1 : 1;
    return new Checkpoint(version, query, rangeStart, rangeEnd, seg, pages, nextToken, bytes, sha256, totals);
  }

  /** The state once segment {@code seg} is complete: the start of the next one. */
  public Checkpoint afterSegment(int seg, long bytes, String sha256, Totals totals) {
    return new Checkpoint(version, query, rangeStart, rangeEnd, seg + 1, 0, null, bytes, sha256, totals);
  }

  /**
   * What is impossible in this checkpoint for an export of {@code segments} segments, one
   * phrase per field; empty when every field is consistent. A checkpoint this program wrote
   * has none: any is an edit or damage.
   */
  public List<String> problems(int segments) {
    List<String> p = new ArrayList<>();
    if (segment < 0 || segment > segments) {
      p.add("segment " + segment + " is not between 0 and " + segments
          + " (the export has " + segments + (segments == 1 ? " query" : " queries") + ")");
    }
    if (segmentPages < 0) {
      p.add("segmentPages " + segmentPages + " is negative");
    }
    if (pageToken != null && pageToken.isBlank()) {
      p.add("pageToken is empty");
    }
    if ((pageToken == null) != (segmentPages == 0)) {
      p.add(pageToken == null
          ? "pageToken is missing although " + segmentPages + " pages of segment " + segment + " were committed"
          : "pageToken is set although no page of segment " + segment + " was committed");
    }
    if (outputBytes < 0) {
      p.add("outputBytes " + outputBytes + " is negative");
    }
    if (outputSha256 == null || outputSha256.length() != 64 || !isHex(outputSha256)) {
      p.add("outputSha256 is not a SHA-256 in hex");
    }
    if ((rangeStart == null) != (rangeEnd == null)) {
      p.add("only one of rangeStart and rangeEnd is set");
    } else if (rangeStart != null && rangeStart >= rangeEnd) {
      p.add("rangeStart " + rangeStart + " is not before rangeEnd " + rangeEnd);
    }
    totalsProblems(p);
    return p;
  }

  private void totalsProblems(List<String> p) {
    Totals t = totals;
    if (t.interviews() < 0 || t.records() < 0 || t.missingRecords() < 0 || t.interviewPages() < 0
        || t.recordBatches() < 0) {
      p.add("a counter in totals is negative");
    }
    long concluded = 0;
    for (Map.Entry<String, Long> e : t.conclusions().entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        p.add("totals.conclusions." + e.getKey() + " is not a positive count");
      } else {
        concluded += e.getValue();
      }
    }
    if (concluded != t.records()) {
      p.add("totals.conclusions add up to " + concluded + ", not to totals.records " + t.records());
    }
    if (t.interviewPages() < segmentPages) {
      p.add("totals.interviewPages " + t.interviewPages() + " is less than segmentPages " + segmentPages);
    }
    if (t.interviews() > 0 && (t.interviewPages() == 0 || outputBytes == 0)) {
      p.add(t.interviews() + " interviews were written but "
          + (outputBytes == 0 ? "outputBytes is 0" : "no page was committed"));
    }
  }

  private static boolean isHex(String s) {
    try {
      HexFormat.of().parseHex(s);
      return s.equals(s.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "Checkpoint[segment=" + segment + ", segmentPages=" + segmentPages + ", pageToken="
        + (pageToken == null ? "none" : "set") + ", outputBytes=" + outputBytes + ", " + totals + "]";
  }
}
