package io.larkgen.processor;

import io.larkgen.processor.spec.SpecLocator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processor's {@code -A} options, all namespaced {@code larkgen.*}.
 *
 * @param specRoot {@code -Alarkgen.specRoot=<dir>}: a directory searched for the spec before the
 *     compiler's output and class path; diagnostics then show the file under this directory
 */
public record ProcessorOptions(Optional<String> specRoot) {

  /** Name of the spec root option. */
  public static final String SPEC_ROOT = SpecLocator.SPEC_ROOT_OPTION;

  /** Every option the processor understands. */
  public static final Set<String> ALL = Set.of(SPEC_ROOT);

  /** Reads the options javac passed to the processor; blank values count as unset. */
  public static ProcessorOptions from(Map<String, String> options) {
    String root = options.get(SPEC_ROOT);
    return new ProcessorOptions(
        root == null || root.isBlank() ? Optional.empty() : Optional.of(root.trim()));
  }
}
