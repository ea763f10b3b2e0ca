package io.larkgen.benchmarks.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified GC log ({@code -Xlog:gc:file=…}, default decorators) into heap figures: lines
 * such as {@code [1.234s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause)
 * 38M->3M(64M) 1.234ms}.
 */
public final class GcLog {
  private static final Pattern PAUSE = Pattern.compile(
      "^\\[(\\d+(?:\\.\\d+)?)s].*GC\\(\\d+\\) (Pause [A-Za-z]+).*? "
          + "(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  private GcLog() {}

  /**
   * One collection.
   *
   * @param uptimeSeconds JVM uptime at the pause
   * @param kind e.g. {@code Pause Young}, {@code Pause Full}
   * @param beforeMb heap used before the collection, MiB
   * @param afterMb heap used after it (live data plus what survived), MiB
   * @param committedMb heap committed, MiB
   */
  public record Pause(
      double uptimeSeconds, String kind, double beforeMb, double afterMb, double committedMb) {}

  /**
   * What the log says about the whole run.
   *
   * @param collections pauses logged
   * @param fullCollections of which full collections
   * @param peakUsedMb the most heap in use at any pause (before it)
   * @param maxAfterGcMb the most heap left after any collection
   * @param earlyAfterGcMb median heap after collection in the second tenth of the run
   * @param lateAfterGcMb median heap after collection in the last tenth of the run
   * @param peakCommittedMb the most heap committed
   */
  public record Summary(
      int collections, int fullCollections, double peakUsedMb, double maxAfterGcMb,
      double earlyAfterGcMb, double lateAfterGcMb, double peakCommittedMb) {}

  /** Parses the pause lines of {@code file}. */
  public static List<Pause> read(Path file) throws IOException {
    return parse(Files.readAllLines(file));
  }

  /** Parses pause lines; other lines are skipped. */
  public static List<Pause> parse(List<String> lines) {
    List<Pause> pauses = new ArrayList<>();
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line);
      if (m.find()) {
        pauses.add(new Pause(Double.parseDouble(m.group(1)), m.group(2),
            mb(m.group(3), m.group(4)), mb(m.group(5), m.group(6)), mb(m.group(7), m.group(8))));
      }
    }
    return pauses;
  }

  /** Summarizes pauses; the run is split in tenths by pause order. */
  public static Summary summarize(List<Pause> pauses) {
    if (pauses.isEmpty()) {
      return new Summary(0, 0, 0, 0, 0, 0, 0);
    }
    int n = pauses.size();
    List<Double> early = new ArrayList<>();
    List<Double> late = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i >= n / 10 && i < Math.max(n / 10 + 1, 2 * n / 10)) {
        early.add(pauses.get(i).afterMb());
      }
      if (i >= n - Math.max(1, n / 10)) {
        late.add(pauses.get(i).afterMb());
      }
    }
    return new Summary(n,
        (int) pauses.stream().filter(p -> p.kind().equals("Pause Full")).count(),
        pauses.stream().mapToDouble(Pause::beforeMb).max().orElse(0),
        pauses.stream().mapToDouble(Pause::afterMb).max().orElse(0),
        io.larkgen.benchmarks.harness.Stats.median(early),
        io.larkgen.benchmarks.harness.Stats.median(late),
        pauses.stream().mapToDouble(Pause::committedMb).max().orElse(0));
  }

  private static double mb(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }
}
