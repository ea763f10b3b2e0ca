package io.larkgen.importer.page;

/** A doc page that does not follow the page grammar; carries the problem to report. */
public final class PageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient DocProblem problem;

  public PageException(DocProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public DocProblem problem() {
    return problem;
  }
}
