package io.larkgen.processor.model;

import java.util.List;

/**
 * One {@code x-lark-require-any} rule: at least one of the parameters must be present.
 *
 * @param parameters wire names of query parameters
 * @param description the rule as documented
 */
public record RequireAnyDef(List<String> parameters, String description) {
  public RequireAnyDef {
    parameters = List.copyOf(parameters);
  }
}
