package io.larkgen.benchmarks.report;

/**
 * One performance goal as a run measured it, for the report's summary table.
 *
 * @param goal what is compared, e.g. {@code decode, interviews page: Larkgen / floor cost}
 * @param target the target, e.g. {@code ≤ 1.3×}
 * @param measured the measured value, e.g. {@code 1.47×}, or why nothing was measured
 * @param met whether the target is met; {@code null} when it was not measured
 * @param bound the same ratio for a bare program made of the parts every Larkgen build uses
 *     (jackson-core, {@code java.net.http}, javac) doing only the work no client can skip, as
 *     this run measured it, e.g. {@code 1.40× (floor with strings)}; {@code null} when the goal
 *     has no such program
 * @param boundMet whether that bare program meets the target: when it does not, no client made
 *     of those parts can; {@code null} without a bound
 */
record Goal(String goal, String target, String measured, Boolean met, String bound,
    Boolean boundMet) {
  /** A goal without a bound. */
  Goal(String goal, String target, String measured, Boolean met) {
    this(goal, target, measured, met, null, null);
  }

  /** A goal this run did not measure, with the reason. */
  static Goal notMeasured(String goal, String target, String why) {
    return new Goal(goal, target, why, null);
  }

  /** The verdict column: met, not met (bold) or not measured. */
  String verdict() {
    return met == null ? "not measured" : met ? "met" : "**not met**";
  }

  /** The bound column: the bare program's figure, and whether the target is out of its reach. */
  String boundColumn() {
    if (bound == null) {
      return "";
    }
    return Boolean.FALSE.equals(boundMet) ? bound + ": out of reach" : bound;
  }
}
