package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.spec.SpecWalker.OperationRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec follows the conventions of spec/README.md: references resolve, nested objects are
 * named schemas, types carry the documented formats, and everything is described in Chinese and
 * English.
 */
class StructureTest {

  private static final Set<String> INTEGER_FORMATS = Set.of("int32", "int64", "epoch-millis");
  private static final Set<String> NUMBER_FORMATS = Set.of("double", "float");

  private static JsonNode root;
  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void load() {
    root = SpecFile.tree();
  }

  private void check(boolean condition, String pointer, String message) {
    if (!condition) {
      problems.add(pointer + ": " + message);
    }
  }

  @Test
  void everyReferenceResolves() {
    int[] refs = {0};
    SpecWalker.walk(root, (pointer, node) -> {
      if (!node.isObject() || !node.has("$ref")) {
        return;
      }
      refs[0]++;
      String ref = node.path("$ref").asText();
      check(ref.startsWith("#/components/schemas/"), pointer, "only local schema references are used: " + ref);
      JsonNode target = SpecFile.resolve(root, ref);
      check(target != null && target.isObject(), pointer, "unresolved reference " + ref);
      for (String key : SpecFile.fieldNames(node)) {
        check(key.equals("$ref") || key.equals("description"), pointer,
            "'" + key + "' next to $ref is ignored by OpenAPI 3.0 tools");
      }
    });
    check(refs[0] > 0, "", "no references found");
    assertEquals(List.of(), problems);
  }

  @Test
  void everySchemaIsReferenced() {
    Set<String> referenced = new HashSet<>();
    SpecWalker.walk(root, (pointer, node) -> {
      if (node.isObject() && node.has("$ref")) {
        referenced.add(node.path("$ref").asText());
      }
    });
    for (String name : SpecFile.fieldNames(root.path("components").path("schemas"))) {
      check(referenced.contains("#/components/schemas/" + name), "/components/schemas/" + name,
          "schema is never referenced");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void nestedObjectsAreAlwaysReferences() {
    SpecWalker.walk(root, (pointer, node) -> {
      if (!node.isObject() || pointer.matches("/components/schemas/[^/]+")) {
        return;
      }
      boolean inSchema = pointer.startsWith("/components/schemas/") || pointer.endsWith("/schema")
          || pointer.contains("/schema/");
      if (!inSchema) {
        return;
      }
      check(!node.has("properties") && !node.path("type").asText().equals("object")
              && !node.has("allOf") && !node.has("oneOf") && !node.has("anyOf")
              && !node.has("additionalProperties"),
          pointer, "inline object schema: name it under components/schemas and use $ref");
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void componentSchemasAreObjectsOrEnums() {
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(root.path("components").path("schemas"))) {
      JsonNode node = schema.getValue();
      String pointer = "/components/schemas/" + schema.getKey();
      boolean object = node.path("type").asText().equals("object") && node.path("properties").isObject();
      boolean isEnum = node.has("enum");
      check(object != isEnum, pointer, "expected an object schema with properties or an enum schema");
      check(schema.getKey().matches("[A-Z][A-Za-z0-9]*"), pointer, "schema names are UpperCamel");
      for (String required : SpecFile.texts(node.path("required"))) {
        check(node.path("properties").has(required), pointer + "/required", "no property " + required);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void scalarTypesCarryTheDocumentedFormats() {
    SpecWalker.walk(root, (pointer, node) -> {
      if (!node.isObject() || !node.has("type") || !node.path("type").isTextual()
          || pointer.startsWith("/components/securitySchemes/")) {
        return;
      }
      String type = node.path("type").asText();
      String format = node.path("format").asText(null);
      switch (type) {
        case "integer" -> check(format != null && INTEGER_FORMATS.contains(format), pointer,
            "integer needs a format of " + INTEGER_FORMATS);
        case "number" -> check(format != null && NUMBER_FORMATS.contains(format), pointer,
            "number needs a format of " + NUMBER_FORMATS);
        case "string" -> check(format == null || format.equals("epoch-millis"), pointer,
            "unexpected string format " + format);
        case "boolean", "array", "object" -> check(format == null, pointer, "unexpected format");
        default -> problems.add(pointer + ": unknown type '" + type + "'");
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void timestampsAreEpochMillis() {
    int[] timestamps = {0};
    SpecWalker.walk(root, (pointer, node) -> {
      boolean property = pointer.matches("/components/schemas/[^/]+/properties/[^/]+");
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      if (property && name.endsWith("_time")) {
        timestamps[0]++;
        check(node.path("format").asText().equals("epoch-millis"), pointer, "timestamps are epoch-millis");
      }
    });
    for (OperationRef op : SpecWalker.operations(root)) {
      for (JsonNode param : op.node().path("parameters")) {
        if (param.path("name").asText().endsWith("_time")) {
          timestamps[0]++;
          JsonNode schema = param.path("schema");
          String pointer = op.pointer() + "/parameters/" + param.path("name").asText();
          check(schema.path("type").asText().equals("string")
              && schema.path("format").asText().equals("epoch-millis"), pointer,
              "query timestamps are strings of epoch-millis");
          check(schema.path("minimum").asInt(-1) == 0 && schema.path("exclusiveMinimum").asBoolean(false),
              pointer, "query timestamps must be greater than 0 (minimum 0, exclusiveMinimum true)");
        }
      }
    }
    check(timestamps[0] > 0, "", "no timestamps found");
    assertEquals(List.of(), problems);
  }

  @Test
  void queryArraysAreRepeatedKeysWithALimit() {
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode params = op.node().path("parameters");
      for (int i = 0; i < params.size(); i++) {
        JsonNode param = params.get(i);
        String pointer = op.pointer() + "/parameters/" + i;
        check(param.path("in").asText().equals("query") || param.path("in").asText().equals("path"),
            pointer, "only query and path parameters are used");
        if (param.path("in").asText().equals("path")) {
          check(param.path("required").asBoolean(false), pointer, "path parameters are required");
        }
        if (param.path("schema").path("type").asText().equals("array")) {
          check(param.path("style").asText().equals("form") && param.path("explode").asBoolean(false),
              pointer, "query arrays are style form, explode true");
          check(param.path("schema").path("maxItems").isInt(), pointer, "query arrays state maxItems");
          check(param.path("schema").path("items").path("type").isTextual(), pointer,
              "query array items are scalars");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everythingIsDescribedInChineseAndEnglish() {
    for (JsonNode tag : root.path("tags")) {
      checkBilingual(tag.path("description"), "/tags/" + tag.path("name").asText());
    }
    for (OperationRef op : SpecWalker.operations(root)) {
      checkBilingual(op.node().path("summary"), op.pointer() + "/summary");
      checkBilingual(op.node().path("description"), op.pointer() + "/description");
      JsonNode params = op.node().path("parameters");
      for (int i = 0; i < params.size(); i++) {
        checkBilingual(params.get(i).path("description"), op.pointer() + "/parameters/" + i);
      }
      for (Map.Entry<String, JsonNode> response : SpecFile.fields(op.node().path("responses"))) {
        checkBilingual(response.getValue().path("description"),
            op.pointer() + "/responses/" + response.getKey());
      }
    }
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(root.path("components").path("schemas"))) {
      String pointer = "/components/schemas/" + schema.getKey();
      checkBilingual(schema.getValue().path("description"), pointer);
      for (Map.Entry<String, JsonNode> property : SpecFile.fields(schema.getValue().path("properties"))) {
        checkBilingual(property.getValue().path("description"), pointer + "/properties/" + property.getKey());
      }
    }
    assertEquals(List.of(), problems);
  }

  private void checkBilingual(JsonNode description, String pointer) {
    check(description.isTextual() && Descriptions.isBilingual(description.asText()), pointer,
        "description must hold the Chinese text of the docs and English: " + description);
  }
}
