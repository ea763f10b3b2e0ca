package io.larkgen.processor;

import io.larkgen.processor.spec.SpecLocator;
import java.util.Set;

/**
 * The processor's {@code -A} options, all namespaced {@code larkgen.*} so that they cannot be
 * mistaken for another processor's.
 *
 * <ul>
 *   <li>{@code -Alarkgen.specRoot=<dir>}: a directory searched for the spec before the
 *       compiler's class output and class path; diagnostics then show the file under this
 *       directory (see {@link SpecLocator}).
 *   <li>{@code -Alarkgen.timings=true}: prints, as a note per trigger, the wall and CPU time of
 *       each phase (locate, compose, model, plan, build, render, checks, write; see {@link
 *       Timings}).
 * </ul>
 */
public final class ProcessorOptions {
  private ProcessorOptions() {}

  /** Name of the spec root option. */
  public static final String SPEC_ROOT = SpecLocator.SPEC_ROOT_OPTION;

  /** Name of the option that prints phase timings. */
  public static final String TIMINGS = "larkgen.timings";

  /** Every option the processor understands, as {@code getSupportedOptions()} reports them. */
  public static final Set<String> ALL = Set.of(SPEC_ROOT, TIMINGS);
}
