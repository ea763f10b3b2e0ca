package io.larkgen.processor.model;

import java.util.Optional;

/**
 * One path or query parameter.
 *
 * @param name wire name, e.g. {@code page_size}
 * @param in where it goes
 * @param required {@code required: true} (always true for path parameters)
 * @param type its type; query arrays are {@link TypeRef.ListOf} sent as repeated keys
 * @param description description, may be empty
 * @param defaultValue the documented default as the spec writes it, e.g. {@code 10}
 * @param constraints documented limits
 */
public record ParameterDef(
    String name,
    Location in,
    boolean required,
    TypeRef type,
    String description,
    Optional<String> defaultValue,
    Constraints constraints) {

  /** Where a parameter is sent. */
  public enum Location {
    PATH,
    QUERY,
    /**
     * The JSON request body ({@code requestBody} with {@code application/json}); its type is a
     * {@link TypeRef.Named} object schema and its name {@code body}.
     */
    BODY,
    /**
     * A field of a {@code multipart/form-data} request body: its name is the form field's, its
     * type a scalar or enum, or a {@link TypeRef.ScalarKind#BINARY} file.
     */
    FORM
  }
}
