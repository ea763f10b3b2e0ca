package io.larkgen.importer.page;

/**
 * Something wrong with a doc page, located by file and 1-based line. {@code error} problems make
 * the page unusable (it is left out of the spec and the run exits non-zero); warnings are reported
 * and the page is still imported.
 */
public record DocProblem(String file, int line, boolean error, String message) {

  public static DocProblem error(String file, int line, String message) {
    return new DocProblem(file, line, true, message);
  }

  public static DocProblem warning(String file, int line, String message) {
    return new DocProblem(file, line, false, message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + (error ? "error: " : "warning: ") + message;
  }
}
