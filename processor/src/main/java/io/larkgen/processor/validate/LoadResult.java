package io.larkgen.processor.validate;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.model.ApiDef;
import java.util.List;
import java.util.Optional;

/**
 * What loading a spec gave: the model when the spec is clean, and every problem found, sorted
 * by line, column and code.
 *
 * @param api the model; empty when any problem is an error
 * @param problems all problems, errors and warnings, sorted
 */
public record LoadResult(Optional<ApiDef> api, List<Problem> problems) {
  public LoadResult {
    problems = List.copyOf(problems);
  }
}
