package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void listsCountsConclusionsPagesAndClientStats() {
    Totals t = new Totals(5000, 12000, 0, 50, 130, Map.of("PASS", 7000L, "FAIL", 4000L, "unknown(42)", 3L, "none", 997L));
    List<String> lines =
        Summary.lines(
            new Exporter.Result(t, false, 5000),
            new InterviewSource.ClientStats(190, 12, 4, 1),
            Duration.ofMillis(2500),
            "x.jsonl (jsonl)");
    assertEquals(
        List.of(
            "hire-export: exported 5,000 interviews and 12,000 interview records to x.jsonl (jsonl) in 2.5 s",
            "  conclusions:     PASS 7,000, FAIL 4,000, none 997, unknown(42) 3",
            "  pages fetched:   50 interview pages, 130 interview_records batches",
            "  this run:        190 requests, 12 retries, 4 rate-limit waits (1 throttled by the server), 2000 interviews/s"),
        lines);
  }

  @Test
  void resumedRunAndMissingRecordsAreSaid() {
    Totals t = new Totals(10, 5, 2, 1, 1, Map.of());
    List<String> lines =
        Summary.lines(new Exporter.Result(t, true, 4), InterviewSource.ClientStats.NONE, Duration.ZERO, "o.csv (csv)");
    assertEquals(
        "hire-export: exported 10 interviews and 5 interview records to o.csv (csv) in 0.0 s"
            + " (resumed; 4 interviews in this run)",
        lines.get(0));
    assertEquals("  conclusions:     none", lines.get(1));
    assertEquals(
        "  missing records: 2 (listed by an interview but not returned by interview_records)", lines.get(2));
  }
}
