package io.larkgen.processor.diag;

/**
 * Catalogue of spec problems. Each constant is printed as {@code [larkgen.NAME]}; names are
 * stable so that tests, docs and {@code @SuppressWarnings("larkgen.NAME")} can rely on them.
 */
public enum ProblemCode {
  /** The spec file was not found in any location tried. */
  SPEC_NOT_FOUND,
  /** The file is not well-formed YAML or JSON. */
  YAML_SYNTAX,
  /** An internal error of the processor (a bug); reported with its stack trace. */
  INTERNAL_ERROR
}
