package io.larkgen.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints spec problems through {@link Messager}, placed on the {@code spec = "…"} attribute of
 * the trigger annotation (javac cannot point into a YAML file; the text carries the spec's
 * {@code file:line:col} instead).
 *
 * <p>Warnings can be silenced per code with {@code @SuppressWarnings("larkgen.CODE")} on the
 * trigger element, or all at once with {@code @SuppressWarnings("larkgen")}. Java does not allow
 * {@code @SuppressWarnings} on a package, so a trigger that must suppress warnings is put on a
 * type instead of {@code package-info.java}.
 */
public final class Reporter {
  private static final Comparator<Problem> ORDER =
      Comparator.comparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::code)
          .thenComparing(Problem::pointer)
          .thenComparing(Problem::message);

  private final Messager messager;
  private final Element trigger;
  private final AnnotationMirror annotation;
  private final AnnotationValue specValue;
  private final Set<String> suppressed;
  private int errorCount;

  /**
   * @param messager the compiler's messager
   * @param trigger the element carrying the trigger annotation
   * @param annotation the trigger annotation on {@code trigger}
   * @param specValue the annotation's {@code spec} value; null places messages on the annotation
   */
  public Reporter(
      Messager messager, Element trigger, AnnotationMirror annotation, AnnotationValue specValue) {
    this.messager = messager;
    this.trigger = trigger;
    this.annotation = annotation;
    this.specValue = specValue;
    this.suppressed = suppressedOn(trigger);
  }

  /** Prints every problem, sorted by line, column and code; suppressed warnings are dropped. */
  public void report(List<Problem> problems) {
    problems.stream().sorted(ORDER).forEach(this::report);
  }

  /** Prints one problem unless it is a suppressed warning. */
  public void report(Problem problem) {
    if (problem.kind() == Diagnostic.Kind.ERROR) {
      errorCount++;
    } else if (problem.kind() == Diagnostic.Kind.WARNING
        || problem.kind() == Diagnostic.Kind.MANDATORY_WARNING) {
      if (suppressed.contains("larkgen") || suppressed.contains("larkgen." + problem.code())) {
        return;
      }
    }
    print(problem.kind(), problem.format());
  }

  /**
   * Reports a bug of the processor itself as an error with its stack trace.
   *
   * @param specPath the spec being processed, for the message
   */
  public void internalError(String specPath, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    errorCount++;
    print(
        Diagnostic.Kind.ERROR,
        "[larkgen." + ProblemCode.INTERNAL_ERROR + "] " + specPath
            + ": the processor failed; please report this with the stack trace:\n" + trace);
  }

  /** Reports a failure writing a generated file (for example a duplicate type). */
  public void writeError(String fileName, Exception failure) {
    errorCount++;
    print(
        Diagnostic.Kind.ERROR,
        "[larkgen." + ProblemCode.INTERNAL_ERROR + "] could not write " + fileName + ": "
            + failure);
  }

  /** Prints an informational note on the trigger, e.g. the phase timings. */
  public void note(String text) {
    print(Diagnostic.Kind.NOTE, text);
  }

  /** Errors reported so far. */
  public int errorCount() {
    return errorCount;
  }

  private void print(Diagnostic.Kind kind, String text) {
    if (annotation == null) {
      messager.printMessage(kind, text, trigger);
    } else if (specValue == null) {
      messager.printMessage(kind, text, trigger, annotation);
    } else {
      messager.printMessage(kind, text, trigger, annotation, specValue);
    }
  }

  private static Set<String> suppressedOn(Element element) {
    Set<String> names = new HashSet<>();
    SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
    if (annotation != null) {
      names.addAll(List.of(annotation.value()));
    }
    return names;
  }
}
