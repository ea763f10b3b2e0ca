package io.larkgen.processor.diag;

import java.util.Comparator;
import javax.tools.Diagnostic;

/**
 * One problem found in a spec, located by file, 1-based line and column, and RFC 6901 pointer.
 *
 * @param code stable identifier, printed as {@code [larkgen.CODE]}
 * @param kind error or warning
 * @param specPath the spec's path as shown to the user
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer JSON pointer, e.g. {@code #/components/schemas/Pet/properties/id/type}
 * @param message what is wrong and how to fix it
 */
public record Problem(
    ProblemCode code,
    Diagnostic.Kind kind,
    String specPath,
    int line,
    int column,
    String pointer,
    String message) {

  /** The order problems are reported in: by line, column, then code name, then pointer. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(p -> p.code().name())
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::message);

  /** Whether this problem is an error (and so no code may be generated). */
  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }

  /** The one-line form: {@code [larkgen.CODE] file:line:col: #/pointer: message}. */
  public String format() {
    return "[larkgen." + code.name() + "] " + specPath + ":" + line + ":" + column + ": "
        + pointer + ": " + message;
  }
}
