package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.SpecNode;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a wire name gives the Java name {@link JavaNames} derives from it, and that no two
 * members of one class derive the same name ({@link ProblemCode#INVALID_NAME}, {@link
 * ProblemCode#JAVA_NAME_CLASH}). The names operations take across a spec are {@link TakenNames}.
 */
final class NameChecks {
  private final Checker check;
  private final JavaLimits limits;

  NameChecks(ReadContext context) {
    this.check = context.check();
    this.limits = context.limits();
  }

  /** Checks that a wire name gives a Java identifier in UpperCamel and lowerCamel. */
  boolean identifierPart(SpecNode node, String wire, String what) {
    if (!limits.name(node, what, wire)) {
      return false;
    }
    String upper = Names.upperCamel(wire);
    if (upper.isEmpty() || !Names.isValidIdentifier(upper) || !Character.isLetter(upper.charAt(0))) {
      check.report(ProblemCode.INVALID_NAME, node,
          what + " '" + wire + "' does not give a Java name (got '" + upper + "')");
      return false;
    }
    return true;
  }

  /**
   * Checks a property or parameter name: it must give a Java name, and the member the writers
   * derive from it ({@code begin_time} → {@code beginTime}, {@code class} → {@code class_},
   * {@code hash_code} → {@code hashCode_}) must not be taken yet.
   *
   * @return the derived member name
   */
  Optional<String> memberName(String wire, SpecNode node, String what, Map<String, String> taken) {
    if (!limits.name(node, what, wire)) {
      return Optional.empty();
    }
    String java = Names.lowerCamel(wire);
    if (java.isEmpty() || !Character.isJavaIdentifierStart(java.charAt(0)) || !canBeIdentifier(java)) {
      check.report(ProblemCode.INVALID_NAME, node,
          what + " '" + wire + "' does not give a Java name (got '" + java + "')");
      return Optional.empty();
    }
    String member = JavaNames.member(wire);
    return claim(member, what + " '" + wire + "'", node, taken) ? Optional.of(member) : Optional.empty();
  }

  /** Takes {@code member} for {@code owner}; reports a clash if something else has it. */
  boolean claim(String member, String owner, SpecNode node, Map<String, String> taken) {
    String first = taken.putIfAbsent(member, owner);
    if (first != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          owner + " and " + first + " both become '" + member + "'");
      return false;
    }
    return true;
  }

  private static boolean canBeIdentifier(String name) {
    try {
      Names.javaIdentifier(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
