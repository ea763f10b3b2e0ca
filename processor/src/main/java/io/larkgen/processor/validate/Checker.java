package io.larkgen.processor.validate;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SourceLocation;
import io.larkgen.processor.spec.SpecDocument;
import io.larkgen.processor.spec.SpecNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Typed access to the composed tree that reports every mismatch as a {@link Problem}: the
 * helpers return empty when a value is missing or of the wrong kind, after reporting it, so the
 * builder can carry on and find the next problem.
 */
final class Checker {

  private final String specPath;
  private final SpecDocument document;
  private final List<Problem> problems = new ArrayList<>();

  Checker(String specPath, SpecDocument document) {
    this.specPath = specPath;
    this.document = document;
  }

  SpecDocument document() {
    return document;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean hasErrorUnder(JsonPointer pointer) {
    for (Problem problem : problems) {
      if (problem.isError() && pointer.contains(JsonPointer.parse(problem.pointer()))) {
        return true;
      }
    }
    return false;
  }

  /** Reports a problem of {@code code}'s default kind about {@code node}. */
  void report(ProblemCode code, SpecNode node, String detail) {
    report(code, node.pointer(), node.location(), detail);
  }

  /**
   * Reports a problem about something that may not exist: it is placed where its nearest
   * existing ancestor is written.
   */
  void report(ProblemCode code, JsonPointer pointer, String detail) {
    report(code, pointer, document.locate(pointer), detail);
  }

  void report(ProblemCode code, JsonPointer pointer, SourceLocation at, String detail) {
    problems.add(
        new Problem(
            code,
            code.defaultKind(),
            specPath,
            at.line(),
            at.column(),
            pointer.toString(),
            code.message(detail)));
  }

  void add(Problem problem) {
    problems.add(problem);
  }

  // ------------------------------------------------------------------------- typed access

  /** The node as a mapping, or empty after reporting {@code code}. */
  Optional<SpecNode.Mapping> asMapping(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Mapping mapping) {
      return Optional.of(mapping);
    }
    report(code, node, what + " must be a mapping, not a " + node.describe());
    return Optional.empty();
  }

  /** The node as a sequence, or empty after reporting {@code code}. */
  Optional<SpecNode.Sequence> asSequence(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Sequence sequence) {
      return Optional.of(sequence);
    }
    report(code, node, what + " must be a sequence, not a " + node.describe());
    return Optional.empty();
  }

  /** The entry {@code key} of {@code mapping}; reports {@code code} when it is missing. */
  Optional<SpecNode> required(SpecNode.Mapping mapping, String key, ProblemCode code) {
    Optional<SpecNode> value = mapping.get(key);
    if (value.isEmpty()) {
      report(code, mapping.pointer().child(key), "missing '" + key + "'");
    }
    return value;
  }

  /** The entry {@code key} as a mapping. */
  Optional<SpecNode.Mapping> mapping(
      SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    Optional<SpecNode> value = isRequired ? required(mapping, key, code) : mapping.get(key);
    return value.flatMap(node -> asMapping(node, code, "'" + key + "'"));
  }

  /** The entry {@code key} as a sequence. */
  Optional<SpecNode.Sequence> sequence(
      SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    Optional<SpecNode> value = isRequired ? required(mapping, key, code) : mapping.get(key);
    return value.flatMap(node -> asSequence(node, code, "'" + key + "'"));
  }

  /** The node as a string scalar (quoted or plain text). */
  Optional<String> asString(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Scalar scalar && scalar.kind() == SpecNode.ScalarKind.STRING) {
      return Optional.of(scalar.text());
    }
    report(code, node, what + " must be a string, not a " + node.describe() + quoteHint(node));
    return Optional.empty();
  }

  /** The entry {@code key} as a string. */
  Optional<String> string(SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    Optional<SpecNode> value = isRequired ? required(mapping, key, code) : mapping.get(key);
    return value.flatMap(node -> asString(node, code, "'" + key + "'"));
  }

  /** A description-like text: strings, and plain numbers or booleans taken as written. */
  String text(SpecNode.Mapping mapping, String key) {
    Optional<SpecNode> value = mapping.get(key);
    if (value.isEmpty()) {
      return "";
    }
    if (value.get() instanceof SpecNode.Scalar scalar && scalar.kind() != SpecNode.ScalarKind.NULL) {
      return scalar.text();
    }
    if (value.get() instanceof SpecNode.Scalar) {
      return "";
    }
    report(ProblemCode.OPENAPI_STRUCTURE, value.get(),
        "'" + key + "' must be a string, not a " + value.get().describe());
    return "";
  }

  /** The node as an integer scalar. */
  OptionalLong asInteger(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Scalar scalar && scalar.kind() == SpecNode.ScalarKind.INTEGER) {
      try {
        return OptionalLong.of(Long.parseLong(scalar.text().replace("_", "").replace("+", "")));
      } catch (NumberFormatException e) {
        report(code, node, what + " must be a decimal integer within 64 bits, not '" + scalar.text() + "'");
        return OptionalLong.empty();
      }
    }
    report(code, node, what + " must be an integer, not a " + node.describe());
    return OptionalLong.empty();
  }

  /** The entry {@code key} as an integer. */
  OptionalLong integer(SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    Optional<SpecNode> value = isRequired ? required(mapping, key, code) : mapping.get(key);
    return value.isEmpty() ? OptionalLong.empty() : asInteger(value.get(), code, "'" + key + "'");
  }

  /** The entry {@code key} as an int (32 bits). */
  Optional<Integer> int32(SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    OptionalLong value = integer(mapping, key, isRequired, code);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.getAsLong() != (int) value.getAsLong()) {
      report(code, mapping.get(key).orElseThrow(), "'" + key + "' does not fit in 32 bits");
      return Optional.empty();
    }
    return Optional.of((int) value.getAsLong());
  }

  /** The node as a number (integer or float scalar). */
  Optional<BigDecimal> asNumber(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Scalar scalar
        && (scalar.kind() == SpecNode.ScalarKind.INTEGER || scalar.kind() == SpecNode.ScalarKind.FLOAT)) {
      try {
        return Optional.of(new BigDecimal(scalar.text().replace("_", "")));
      } catch (NumberFormatException e) {
        report(code, node, what + " must be a decimal number, not '" + scalar.text() + "'");
        return Optional.empty();
      }
    }
    report(code, node, what + " must be a number, not a " + node.describe());
    return Optional.empty();
  }

  /** The node as a boolean scalar. */
  Optional<Boolean> asBoolean(SpecNode node, ProblemCode code, String what) {
    if (node instanceof SpecNode.Scalar scalar && scalar.kind() == SpecNode.ScalarKind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT)));
    }
    report(code, node, what + " must be true or false, not a " + node.describe());
    return Optional.empty();
  }

  /** The entry {@code key} as a sequence of strings; items of another kind are reported. */
  Optional<List<String>> stringList(
      SpecNode.Mapping mapping, String key, boolean isRequired, ProblemCode code) {
    Optional<SpecNode.Sequence> sequence = sequence(mapping, key, isRequired, code);
    if (sequence.isEmpty()) {
      return Optional.empty();
    }
    return stringList(sequence.get(), code, "'" + key + "' item");
  }

  Optional<List<String>> stringList(SpecNode.Sequence sequence, ProblemCode code, String what) {
    List<String> result = new ArrayList<>();
    boolean ok = true;
    for (SpecNode item : sequence.items()) {
      Optional<String> text = asString(item, code, what);
      ok &= text.isPresent();
      text.ifPresent(result::add);
    }
    return ok ? Optional.of(result) : Optional.empty();
  }

  /** Reports every key of {@code mapping} that is not in {@code known}. */
  void onlyKeys(SpecNode.Mapping mapping, ProblemCode code, String what, List<String> known) {
    for (String key : mapping.entries().keySet()) {
      if (!known.contains(key)) {
        SpecNode value = mapping.entries().get(key);
        report(code, value.pointer(), value.keyLocation().orElse(value.location()),
            "unknown key '" + key + "' in " + what + " (expected " + known + ")"
                + Suggestions.closest(key, known));
      }
    }
  }

  private static String quoteHint(SpecNode node) {
    if (node instanceof SpecNode.Scalar scalar && scalar.kind() != SpecNode.ScalarKind.STRING) {
      return " (quote it: \"" + scalar.text() + "\")";
    }
    return "";
  }
}
