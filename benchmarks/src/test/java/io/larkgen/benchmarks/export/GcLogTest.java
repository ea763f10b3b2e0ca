package io.larkgen.benchmarks.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {

  @Test
  void readsPauseLinesInAnyUnit() {
    List<GcLog.Pause> pauses = GcLog.parse(List.of(
        "[0.010s][info][gc] Using G1",
        "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.1ms",
        "[0.900s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) "
            + "2048K->1024K(65536K) 1.0ms",
        "[1.250s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 1G->512M(1G) 40.0ms",
        "[1.300s][info][gc] GC(3) Concurrent Mark Cycle 12.3ms"));

    assertEquals(3, pauses.size());
    assertEquals(new GcLog.Pause(0.512, "Pause Young", 24, 3, 64), pauses.get(0));
    assertEquals(new GcLog.Pause(0.9, "Pause Young", 2, 1, 64), pauses.get(1));
    assertEquals(new GcLog.Pause(1.25, "Pause Full", 1024, 512, 1024), pauses.get(2));
  }

  @Test
  void summarizesPeakAndEarlyAndLateHeap() {
    List<GcLog.Pause> pauses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // After-GC heap grows by 1 MiB per collection: not flat.
      pauses.add(new GcLog.Pause(i, i == 19 ? "Pause Full" : "Pause Young", 30 + i, i, 64));
    }

    GcLog.Summary s = GcLog.summarize(pauses);

    assertEquals(20, s.collections());
    assertEquals(1, s.fullCollections());
    assertEquals(49, s.peakUsedMb());
    assertEquals(19, s.maxAfterGcMb());
    assertEquals(2.5, s.earlyAfterGcMb()); // pauses 2 and 3
    assertEquals(18.5, s.lateAfterGcMb()); // pauses 18 and 19
    assertEquals(64, s.peakCommittedMb());
  }

  @Test
  void emptyLogSummarizesToZeros() {
    assertEquals(0, GcLog.summarize(List.of()).collections());
  }
}
