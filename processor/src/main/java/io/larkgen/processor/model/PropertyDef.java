package io.larkgen.processor.model;

/**
 * One property of an object schema.
 *
 * @param jsonName wire name, e.g. {@code begin_time}
 * @param type its type
 * @param required listed in the schema's {@code required}
 * @param description description, may be empty
 * @param constraints documented limits of its value, checked when the object is sent in a
 *     request body
 * @param pii whether it holds personal data ({@code x-lark-pii: true}), which {@code toString()}
 *     does not print
 */
public record PropertyDef(
    String jsonName,
    TypeRef type,
    boolean required,
    String description,
    Constraints constraints,
    boolean pii) {

  /** A property that holds no personal data. */
  public PropertyDef(
      String jsonName, TypeRef type, boolean required, String description, Constraints constraints) {
    this(jsonName, type, required, description, constraints, false);
  }

  /** A property without constraints. */
  public PropertyDef(String jsonName, TypeRef type, boolean required, String description) {
    this(jsonName, type, required, description, Constraints.NONE);
  }
}
