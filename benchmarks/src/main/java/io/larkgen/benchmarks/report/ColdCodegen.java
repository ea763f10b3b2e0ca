package io.larkgen.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cold-process code-generation rows of one run ({@code codegen-cold.txt}, written by
 * run.sh's {@code cold_codegen}): per tool and phase, each round's CPU seconds (user + system)
 * and peak resident kilobytes, and the files and bytes generated.
 *
 * <p>Lines: {@code size N}; {@code TOOL PHASE CPU_S PEAK_KB WALL_S} with PHASE {@code
 * generate}, {@code build} (Larkgen: generate and compile in one javac) or {@code javac}
 * (OpenAPI Generator's output compiled); {@code TOOL files COUNT BYTES}.
 */
record ColdCodegen(int operations, Map<String, List<double[]>> rounds, Map<String, long[]> output) {
  /** Reads {@code file}; a line that does not parse is an error naming it. */
  static ColdCodegen read(Path file) throws IOException {
    int operations = 0;
    Map<String, List<double[]>> rounds = new HashMap<>();
    Map<String, long[]> output = new HashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      String[] w = line.trim().split("\\s+");
      try {
        if (w.length == 2 && w[0].equals("size")) {
          operations = Integer.parseInt(w[1]);
        } else if (w.length == 4 && w[1].equals("files")) {
          output.put(w[0], new long[] {Long.parseLong(w[2]), Long.parseLong(w[3])});
        } else if (w.length == 5) {
          rounds.computeIfAbsent(w[0] + " " + w[1], k -> new ArrayList<>()).add(new double[] {
              Double.parseDouble(w[2]), Double.parseDouble(w[3]) / 1024});
        } else {
          throw new NumberFormatException("unexpected words");
        }
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + number + ": not a cold codegen line: " + line, e);
      }
    }
    return new ColdCodegen(operations, rounds, output);
  }

  /** Median CPU seconds of {@code row} ("tool phase"), NaN when absent. */
  double cpu(String row) {
    return median(row, 0);
  }

  /** Median peak resident megabytes of {@code row}, NaN when absent. */
  double peakMb(String row) {
    return median(row, 1);
  }

  /** Rounds measured of {@code row}. */
  int count(String row) {
    return rounds.getOrDefault(row, List.of()).size();
  }

  /**
   * Median over the rounds of the sum of two phases' CPU (a build made of two processes,
   * round by round), NaN when either is absent.
   */
  double cpuOfBoth(String first, String second) {
    List<double[]> a = rounds.getOrDefault(first, List.of());
    List<double[]> b = rounds.getOrDefault(second, List.of());
    List<Double> sums = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      sums.add(a.get(i)[0] + b.get(i)[0]);
    }
    return median(sums);
  }

  private double median(String row, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] r : rounds.getOrDefault(row, List.of())) {
      values.add(r[column]);
    }
    return median(values);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
