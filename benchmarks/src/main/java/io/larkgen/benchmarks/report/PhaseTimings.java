package io.larkgen.benchmarks.report;

import io.larkgen.benchmarks.harness.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processor's phase timers ({@code -Alarkgen.timings=true}) of the cold generate-only runs,
 * {@code codegen-timings.txt}: a {@code round N} line, then one line per phase as the processor
 * prints it ({@code compose 1100 ms wall 1080 ms cpu}), the last one {@code total}.
 *
 * @param cpuMillis per phase, in the processor's order, each round's CPU milliseconds of the
 *     processing thread
 * @param wallMillis per phase, each round's wall milliseconds
 */
record PhaseTimings(Map<String, List<Double>> cpuMillis, Map<String, List<Double>> wallMillis) {
  private static final Pattern PHASE =
      Pattern.compile("\\s*(\\S+)\\s+(\\d+) ms wall\\s+(\\d+) ms cpu\\s*");

  /** Reads {@code file}; a line that does not parse is an error naming it. */
  static PhaseTimings read(Path file) throws IOException {
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      Matcher m = PHASE.matcher(line);
      if (m.matches()) {
        wall.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
        cpu.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(3)));
      } else if (!line.isBlank() && !line.matches("round \\d+")) {
        throw new IOException(file + ":" + number + ": not a phase-timer line: " + line);
      }
    }
    return new PhaseTimings(cpu, wall);
  }

  /** Median CPU milliseconds of {@code phase} over the rounds. */
  double cpu(String phase) {
    return Stats.median(cpuMillis.get(phase));
  }

  /** Median wall milliseconds of {@code phase} over the rounds. */
  double wall(String phase) {
    return Stats.median(wallMillis.get(phase));
  }

  /** Rounds read (those with a {@code total} line). */
  int rounds() {
    return cpuMillis.getOrDefault("total", List.of()).size();
  }
}
