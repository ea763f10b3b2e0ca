package io.larkgen.processor.writer;

import com.palantir.javapoet.CodeBlock;

/**
 * The statement a generated check runs when a value breaks a rule of the spec: it throws the
 * runtime's {@code LarkRequestValidationException} with the path of the value, the rule and a
 * detail, whose message is {@code path + ": " + detail}. Shared by the request and codec writers
 * so that every check of a request throws the same way.
 */
final class Rejection {
  private Rejection() {}

  /**
   * The constants of {@code LarkRequestValidationException.Rule} that generated checks name;
   * {@code RuntimeTypesTest} checks each against the runtime.
   */
  enum Rule {
    REQUIRED,
    MINIMUM,
    EXCLUSIVE_MINIMUM,
    MAXIMUM,
    EXCLUSIVE_MAXIMUM,
    MIN_LENGTH,
    MAX_LENGTH,
    MIN_ITEMS,
    MAX_ITEMS,
    ITEMS,
    MAX_BYTES;

    /** {@link #MINIMUM}, or {@link #EXCLUSIVE_MINIMUM} for an exclusive bound. */
    static Rule minimum(boolean exclusive) {
      return exclusive ? EXCLUSIVE_MINIMUM : MINIMUM;
    }

    /** {@link #MAXIMUM}, or {@link #EXCLUSIVE_MAXIMUM} for an exclusive bound. */
    static Rule maximum(boolean exclusive) {
      return exclusive ? EXCLUSIVE_MAXIMUM : MAXIMUM;
    }
  }

  /**
   * {@code throw new LarkRequestValidationException(path, Rule.X, detail)}, without the
   * semicolon (for {@code addStatement}).
   *
   * @param path an expression giving the value's wire name or JSON path
   * @param rule the rule broken
   * @param detail an expression giving the value and the rule, e.g. {@code n + " is greater than
   *     the maximum 100"}
   */
  static CodeBlock throwing(CodeBlock path, Rule rule, CodeBlock detail) {
    return CodeBlock.of(
        "throw new $T($L, $T.$N, $L)", Types.REQUEST_VALIDATION, path, Types.REQUEST_RULE, rule.name(), detail);
  }

  /** As {@link #throwing(CodeBlock, Rule, CodeBlock)} for a path known when generating. */
  static CodeBlock throwing(String path, Rule rule, CodeBlock detail) {
    return throwing(CodeBlock.of("$S", path), rule, detail);
  }
}
