package io.larkgen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Flattens an operation of an OpenAPI tree into comparable lines: parameters and the response's field paths. */
final class SpecShapes {

  private SpecShapes() {}

  static JsonNode operation(JsonNode document, String method, String path) {
    return document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
  }

  /** {@code in name required type} per parameter, then {@code path: type} per response field. */
  static List<String> shape(JsonNode document, JsonNode operation) {
    List<String> lines = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      lines.add(parameter.path("in").asText() + " " + parameter.path("name").asText() + " required="
          + parameter.path("required").asBoolean() + " " + type(document, parameter.path("schema")));
    }
    JsonNode envelope = operation.path("responses").path("200").path("content").path("application/json")
        .path("schema");
    fields(document, envelope, "", lines, 0);
    return lines;
  }

  static String type(JsonNode document, JsonNode schema) {
    JsonNode resolved = resolve(document, schema);
    String type = resolved.path("type").asText();
    if (type.equals("array")) {
      return type(document, resolved.path("items")) + "[]";
    }
    String format = resolved.has("format") ? "/" + resolved.get("format").asText() : "";
    String values = resolved.has("enum") ? " enum" + resolved.get("enum") : "";
    return type + format + values;
  }

  static void fields(JsonNode document, JsonNode schema, String prefix, List<String> lines, int depth) {
    JsonNode resolved = resolve(document, schema);
    if (resolved.path("type").asText().equals("array")) {
      resolved = resolve(document, resolved.path("items"));
    }
    if (depth > 12) {
      return;
    }
    resolved.path("properties").properties().forEach(entry -> {
      String path = prefix + entry.getKey();
      lines.add(path + ": " + type(document, entry.getValue()));
      fields(document, entry.getValue(), path + ".", lines, depth + 1);
    });
  }

  static JsonNode resolve(JsonNode document, JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    if (ref == null) {
      return schema;
    }
    return document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
