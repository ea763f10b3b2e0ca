package io.larkgen.samples.export;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report printed on stderr when an export finishes. */
public final class Summary {
  private Summary() {}

  /**
   * Formats the summary.
   *
   * @param result the export's outcome
   * @param stats the client's counters for this run
   * @param elapsed how long this run took
   * @param output what was written, e.g. {@code interviews.jsonl (jsonl)}
   */
  public static List<String> lines(
      Exporter.Result result, InterviewSource.ClientStats stats, Duration elapsed, String output) {
    Totals t = result.totals();
    List<String> out = new ArrayList<>();
    out.add(String.format(
        Locale.ROOT,
        "hire-export: exported %,d interviews and %,d interview records to %s in %s%s",
        t.interviews(), t.records(), output, seconds(elapsed),
        result.resumed()
            ? String.format(Locale.ROOT, " (resumed; %,d interviews in this run)", result.thisRunInterviews())
            : ""));
    out.add("  conclusions:     " + conclusions(t.conclusions()));
    if (t.missingRecords() > 0) {
      out.add(String.format(
          Locale.ROOT,
          "  missing records: %,d (listed by an interview but not returned by interview_records)",
          t.missingRecords()));
    }
    out.add(String.format(
        Locale.ROOT,
        "  pages fetched:   %,d interview pages, %,d interview_records batches",
        t.interviewPages(), t.recordBatches()));
    out.add(String.format(
        Locale.ROOT,
        "  this run:        %,d requests, %,d retries, %,d rate-limit waits (%,d throttled by the server),"
            + " %.0f interviews/s",
        stats.requests(), stats.retries(), stats.rateLimitWaits(), stats.throttled(),
        rate(result.thisRunInterviews(), elapsed)));
    return out;
  }

  /** {@code PASS 120, FAIL 80, unknown(42) 1} — most frequent first; {@code none} if empty. */
  static String conclusions(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    List<Map.Entry<String, Long>> e = new ArrayList<>(counts.entrySet());
    e.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Long> x : e) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(x.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", x.getValue()));
    }
    return b.toString();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static double rate(long n, Duration d) {
    double s = d.toNanos() / 1e9;
    return s <= 0 ? 0 : n / s;
  }
}
