package io.larkgen.benchmarks.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small statistics over repeated measurements. */
public final class Stats {
  private Stats() {}

  /** The median (mean of the middle two for an even count). */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The smallest value. */
  public static double min(List<Double> values) {
    return Collections.min(values);
  }
}
