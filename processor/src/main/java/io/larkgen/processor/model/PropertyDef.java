package io.larkgen.processor.model;

/**
 * One property of an object schema.
 *
 * @param jsonName wire name, e.g. {@code begin_time}
 * @param type its type
 * @param required listed in the schema's {@code required}
 * @param description description, may be empty
 */
public record PropertyDef(String jsonName, TypeRef type, boolean required, String description) {}
