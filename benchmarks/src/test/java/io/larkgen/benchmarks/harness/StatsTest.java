package io.larkgen.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertEquals(1.0, Stats.min(List.of(4.0, 1.0, 2.0)));
  }

  @Test
  void medianOfNothingFails() {
    assertThrows(IllegalArgumentException.class, () -> Stats.median(List.of()));
  }

  @Test
  void argsParsesPairsAndDefaults() {
    Args args = Args.parse(new String[] {"--reps", "1_000", "--out", "x.json"});
    assertEquals(1000, args.getLong("reps", 5));
    assertEquals(7, args.getLong("missing", 7));
    assertEquals("x.json", args.get("out"));
    assertThrows(IllegalArgumentException.class, () -> args.get("absent"));
    assertThrows(IllegalArgumentException.class, () -> Args.parse(new String[] {"--dangling"}));
  }
}
