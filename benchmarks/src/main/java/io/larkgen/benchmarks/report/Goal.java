package io.larkgen.benchmarks.report;

/**
 * One performance goal as a run measured it, for the report's summary table.
 *
 * @param goal what is compared, e.g. {@code decode, interviews page: Larkgen / floor cost}
 * @param target the target, e.g. {@code ≤ 1.3×}
 * @param measured the measured value, e.g. {@code 1.47×}, or why nothing was measured
 * @param met whether the target is met; {@code null} when it was not measured
 */
record Goal(String goal, String target, String measured, Boolean met) {
  /** A goal this run did not measure, with the reason. */
  static Goal notMeasured(String goal, String target, String why) {
    return new Goal(goal, target, why, null);
  }

  /** The verdict column: met, not met (bold) or not measured. */
  String verdict() {
    return met == null ? "not measured" : met ? "met" : "**not met**";
  }
}
