package io.larkgen.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/** A short, comparable spelling of a schema's type: {@code Interview}, {@code integer/int64}, {@code string[]}. */
public final class SchemaTypes {

  private SchemaTypes() {}

  public static String of(JsonNode schema) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    String type = schema.path("type").asText();
    if (type.equals("array")) {
      return of(schema.path("items")) + "[]";
    }
    return schema.has("format") ? type + "/" + schema.get("format").asText() : type;
  }
}
