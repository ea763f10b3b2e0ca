package io.larkgen.processor.model;

import java.util.List;

/**
 * {@code x-lark-scopes}.
 *
 * @param anyOf scopes of which one is enough
 * @param fieldScopes scopes needed only in some cases
 */
public record ScopesDef(List<String> anyOf, List<FieldScope> fieldScopes) {
  public ScopesDef {
    anyOf = List.copyOf(anyOf);
    fieldScopes = List.copyOf(fieldScopes);
  }

  /** No scopes documented. */
  public static final ScopesDef NONE = new ScopesDef(List.of(), List.of());

  /**
   * A field-level scope.
   *
   * @param scope e.g. {@code contact:user.employee_id:readonly}
   * @param when condition {@code parameter=value}, e.g. {@code user_id_type=user_id}
   * @param description why it is needed
   */
  public record FieldScope(String scope, String when, String description) {}
}
