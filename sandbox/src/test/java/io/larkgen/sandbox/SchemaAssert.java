package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Asserts that an answer conforms to a response schema: JSON types, no property the schema
 * does not declare, required properties present, enum values documented, string millis.
 */
final class SchemaAssert {

  private SchemaAssert() {}

  @SuppressWarnings("unchecked")
  static void conforms(SpecModel spec, Map<String, Object> schemaRef, JsonNode node, String where) {
    Map<String, Object> schema = spec.resolve(schemaRef);
    String type = String.valueOf(schema.get("type"));
    switch (type) {
      case "object" -> {
        assertTrue(node.isObject(), where + " should be an object");
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        node.properties().forEach(e -> {
          if (!properties.containsKey(e.getKey())) {
            fail(where + "." + e.getKey() + " is not declared in the spec");
          }
          conforms(spec, (Map<String, Object>) properties.get(e.getKey()), e.getValue(), where + "." + e.getKey());
        });
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
          assertTrue(node.has(String.valueOf(required)), where + "." + required + " is required");
        }
      }
      case "array" -> {
        assertTrue(node.isArray(), where + " should be an array");
        for (int i = 0; i < node.size(); i++) {
          conforms(spec, (Map<String, Object>) schema.get("items"), node.get(i), where + "[" + i + "]");
        }
      }
      case "integer" -> assertTrue(node.isIntegralNumber(), where + " should be an integer: " + node);
      case "number" -> assertTrue(node.isNumber(), where + " should be a number: " + node);
      case "boolean" -> assertTrue(node.isBoolean(), where + " should be a boolean: " + node);
      case "string" -> {
        assertTrue(node.isTextual(), where + " should be a string: " + node);
        if ("epoch-millis".equals(schema.get("format"))) {
          assertTrue(node.asText().matches("[1-9][0-9]{12}"), where + " should be string millis");
        }
      }
      default -> fail(where + ": unexpected schema type " + type);
    }
    List<Object> values = (List<Object>) schema.getOrDefault("enum", List.of());
    if (!values.isEmpty()) {
      Object value = node.isInt() ? (Object) node.asInt() : node.asText();
      assertTrue(values.contains(value), where + " = " + node + " is not one of " + values);
    }
  }
}
