package io.larkgen.benchmarks.report;

import io.larkgen.benchmarks.harness.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-process runs timed by run.sh's {@code timed} ({@code /usr/bin/time}): per row, each
 * round's CPU seconds (user + system) and peak resident kilobytes; for code generation also the
 * files and bytes generated. Written as {@code codegen-cold.txt} by {@code cold_codegen} and
 * {@code importer.txt} by {@code importer_runs}.
 *
 * <p>Lines: {@code size N} (the synthetic spec's operations, or the doc pages imported);
 * {@code TOOL PHASE CPU_S PEAK_KB WALL_S}, e.g. {@code larkgen generate}, {@code larkgen build} (generate and compile in one javac), {@code openapi-generator
 * javac} (its output compiled), {@code import launcher}; {@code TOOL files COUNT BYTES}.
 */
record ProcessRuns(int size, Map<String, List<double[]>> rounds, Map<String, long[]> output) {
  /** Reads {@code file}; a line that does not parse is an error naming it. */
  static ProcessRuns read(Path file) throws IOException {
    int size = 0;
    Map<String, List<double[]>> rounds = new HashMap<>();
    Map<String, long[]> output = new HashMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      String[] w = line.trim().split("\\s+");
      try {
        if (w.length == 2 && w[0].equals("size")) {
          size = Integer.parseInt(w[1]);
        } else if (w.length == 4 && w[1].equals("files")) {
          output.put(w[0], new long[] {Long.parseLong(w[2]), Long.parseLong(w[3])});
        } else if (w.length == 5) {
          rounds.computeIfAbsent(w[0] + " " + w[1], k -> new ArrayList<>()).add(new double[] {
              Double.parseDouble(w[2]), Double.parseDouble(w[3]) / 1024});
        } else if (!line.isBlank()) {
          throw new NumberFormatException("unexpected words");
        }
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + number + ": not a timed-run line: " + line, e);
      }
    }
    return new ProcessRuns(size, rounds, output);
  }

  /** Median CPU seconds of {@code row} ("tool phase"), NaN when absent. */
  double cpu(String row) {
    return median(row, 0);
  }

  /** Median peak resident megabytes of {@code row}, NaN when absent. */
  double peakMb(String row) {
    return median(row, 1);
  }

  /** Each round's CPU seconds of {@code row}, in the order measured. */
  List<Double> cpus(String row) {
    List<Double> values = new ArrayList<>();
    for (double[] r : rounds.getOrDefault(row, List.of())) {
      values.add(r[0]);
    }
    return values;
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
    List<Double> a = cpus(first);
    List<Double> b = cpus(second);
    List<Double> sums = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      sums.add(a.get(i) + b.get(i));
    }
    return sums.isEmpty() ? Double.NaN : Stats.median(sums);
  }

  private double median(String row, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] r : rounds.getOrDefault(row, List.of())) {
      values.add(r[column]);
    }
    return values.isEmpty() ? Double.NaN : Stats.median(values);
  }
}
