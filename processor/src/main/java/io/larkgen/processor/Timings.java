package io.larkgen.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Phase timers of one trigger, switched on with {@code -Alarkgen.timings=true}: wall time and
 * the processing thread's CPU time of each phase, in the order the phases ran. Off, a phase costs
 * one method call and nothing is recorded.
 */
public final class Timings {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Timings OFF = new Timings(false);

  private final boolean on;
  private final List<Phase> phases = new ArrayList<>();

  private Timings(boolean on) {
    this.on = on;
  }

  /** Timers that record. */
  public static Timings on() {
    return new Timings(true);
  }

  /** Timers that record nothing. */
  public static Timings off() {
    return OFF;
  }

  /** Whether phases are recorded. */
  public boolean enabled() {
    return on;
  }

  /** Runs {@code work} as the phase {@code name} and returns its result. */
  public <T> T time(String name, Supplier<T> work) {
    if (!on) {
      return work.get();
    }
    long cpu = cpuNanos();
    long wall = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(name, System.nanoTime() - wall, cpuNanos() - cpu);
    }
  }

  /** A phase measured by its caller. */
  public void add(String name, long wallNanos, long cpuNanos) {
    if (on) {
      phases.add(new Phase(name, wallNanos, cpuNanos));
    }
  }

  /** The recorded phases, in order. */
  public List<Phase> phases() {
    return List.copyOf(phases);
  }

  /**
   * One line per phase plus the total, e.g. {@code compose 1100 ms wall, 1080 ms cpu}; CPU is
   * that of the processing thread (swagger-parser's checks run on another one, and are seen here
   * only as the wait for them).
   */
  public String report(String spec, int files) {
    StringBuilder text =
        new StringBuilder("larkgen timings for ").append(spec).append(" (").append(files)
            .append(" files):");
    long wall = 0;
    long cpu = 0;
    for (Phase phase : phases) {
      text.append('\n').append(line(phase.name(), phase.wallNanos(), phase.cpuNanos()));
      wall += phase.wallNanos();
      cpu += phase.cpuNanos();
    }
    return text.append('\n').append(line("total", wall, cpu)).toString();
  }

  private static String line(String name, long wallNanos, long cpuNanos) {
    return String.format(
        Locale.ROOT, "  %-8s %7d ms wall %7d ms cpu", name, wallNanos / 1_000_000,
        cpuNanos / 1_000_000);
  }

  /** CPU time of the current thread, or 0 where the JVM does not measure it. */
  public static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }

  /**
   * One phase.
   *
   * @param name e.g. {@code compose}
   * @param wallNanos elapsed time
   * @param cpuNanos CPU time of the processing thread
   */
  public record Phase(String name, long wallNanos, long cpuNanos) {}
}
