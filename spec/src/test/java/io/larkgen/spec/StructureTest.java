package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.spec.SpecWalker.OperationRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each spec file follows the conventions of spec/README.md: references resolve, nested objects are
 * named schemas, every schema is used, types carry the documented formats, and everything is
 * described (with the doc's text, which for most pages is Chinese only).
 */
class StructureTest {

  private static final Set<String> INTEGER_FORMATS = Set.of("int32", "int64", "epoch-millis");
  private static final Set<String> NUMBER_FORMATS = Set.of("double", "float");

  private JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private void check(boolean condition, String pointer, String message) {
    if (!condition) {
      problems.add(pointer + ": " + message);
    }
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void everyReferenceResolves(String spec) {
    root = SpecFile.tree(spec);
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

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void everySchemaIsReferenced(String spec) {
    root = SpecFile.tree(spec);
    Set<String> referenced = new HashSet<>();
    SpecWalker.walk(root, (pointer, node) -> {
      if (node.isObject() && node.has("$ref")) {
        referenced.add(node.path("$ref").asText());
      }
    });
    // An event body is used by x-lark-events, which names its schema rather than $ref-ing it.
    SpecFile.eventSchemas(root).forEach(name -> referenced.add(SpecFile.SCHEMA_PREFIX + name));
    for (String name : SpecFile.fieldNames(root.path("components").path("schemas"))) {
      check(referenced.contains("#/components/schemas/" + name), "/components/schemas/" + name,
          "schema is never referenced");
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void nestedObjectsAreAlwaysReferences(String spec) {
    root = SpecFile.tree(spec);
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

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void componentSchemasAreObjectsOrEnums(String spec) {
    root = SpecFile.tree(spec);
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

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void scalarTypesCarryTheDocumentedFormats(String spec) {
    root = SpecFile.tree(spec);
    Set<String> uploads = uploadProperties();
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
        case "string" -> {
          if ("binary".equals(format)) {
            check(uploads.contains(pointer), pointer,
                "format binary only on a property of a multipart/form-data request body");
            check(node.path("x-lark-max-bytes").isIntegralNumber() && node.path("x-lark-max-bytes").asLong() > 0
                    || !node.has("x-lark-max-bytes"), pointer, "x-lark-max-bytes is a positive number of bytes");
          } else {
            check(format == null || format.equals("epoch-millis"), pointer, "unexpected string format " + format);
          }
        }
        case "boolean", "array", "object" -> check(format == null, pointer, "unexpected format");
        default -> problems.add(pointer + ": unknown type '" + type + "'");
      }
    });
    assertEquals(List.of(), problems);
  }

  /** Pointers of the properties of every multipart/form-data request body schema. */
  private Set<String> uploadProperties() {
    Set<String> pointers = new HashSet<>();
    for (OperationRef op : SpecWalker.operations(root)) {
      String ref = op.node().path("requestBody").path("content").path("multipart/form-data")
          .path("schema").path("$ref").asText("");
      if (ref.startsWith(SpecFile.SCHEMA_PREFIX)) {
        String schema = ref.substring(SpecFile.SCHEMA_PREFIX.length());
        for (String property : SpecFile.fieldNames(root.path("components").path("schemas").path(schema).path("properties"))) {
          pointers.add("/components/schemas/" + schema + "/properties/" + SpecWalker.escape(property));
        }
      }
    }
    return pointers;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void timestampsAreEpochMillis(String spec) {
    root = SpecFile.tree(spec);
    int[] timestamps = {0};
    SpecWalker.walk(root, (pointer, node) -> {
      boolean property = pointer.matches("/components/schemas/[^/]+/properties/[^/]+");
      boolean parameter = pointer.matches("/paths/[^/]+/[a-z]+/parameters/\\d+");
      if (!property && !parameter) {
        return;
      }
      JsonNode schema = parameter ? node.path("schema") : node;
      String description = node.path("description").asText("");
      String format = schema.path("format").asText("");
      if (millisecondTimestamp(description) && !schema.has("$ref")) {
        timestamps[0]++;
        check(format.equals("epoch-millis"), pointer, "a millisecond timestamp is epoch-millis: " + description);
      }
      String name = parameter ? node.path("name").asText() : pointer.substring(pointer.lastIndexOf('/') + 1);
      if (name.endsWith("_time") && schema.path("type").asText().equals("integer")) {
        timestamps[0]++;
        check(format.equals("epoch-millis"), pointer, "an integer named *_time is epoch-millis");
      }
      if (format.equals("epoch-millis")) {
        check(List.of("integer", "string").contains(schema.path("type").asText()), pointer,
            "epoch-millis is an integer or a string of digits");
      }
      if (parameter && format.equals("epoch-millis") && description.contains("必须大于 0")) {
        check(schema.path("minimum").asInt(-1) == 0 && schema.path("exclusiveMinimum").asBoolean(false),
            pointer, "\"必须大于 0\" is minimum 0, exclusiveMinimum true");
      }
    });
    check(timestamps[0] > 0, "", "no timestamps found");
    assertEquals(List.of(), problems);
  }

  /**
   * Whether a description says the value is a millisecond timestamp: it says 时间戳 (timestamp)
   * and not that the unit is seconds, the importer's rule for the docs' wording.
   */
  private static boolean millisecondTimestamp(String description) {
    String text = description.lines().findFirst().orElse("");
    boolean seconds = (text.contains("秒级") || text.contains("单位：秒") || text.contains("单位为秒"))
        && !text.contains("毫秒");
    return text.contains("毫秒时间戳") || text.contains("时间戳") && !seconds;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void queryArraysAreRepeatedKeysWithALimit(String spec) {
    root = SpecFile.tree(spec);
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
          JsonNode maxItems = param.path("schema").path("maxItems");
          check(maxItems.isMissingNode() || maxItems.isInt() && maxItems.asInt() > 0, pointer,
              "maxItems, where the docs give a limit, is a positive integer");
          JsonNode items = param.path("schema").path("items");
          if (items.has("$ref")) {
            items = SpecFile.resolve(root, items.path("$ref").asText());
          }
          check(items != null && List.of("string", "integer", "number", "boolean").contains(items.path("type").asText()),
              pointer, "query array items are scalars once $refs are resolved");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void everythingIsDescribed(String spec) {
    root = SpecFile.tree(spec);
    for (JsonNode tag : root.path("tags")) {
      checkDescribed(tag.path("description"), "/tags/" + tag.path("name").asText());
    }
    for (OperationRef op : SpecWalker.operations(root)) {
      checkDescribed(op.node().path("summary"), op.pointer() + "/summary");
      checkDescribed(op.node().path("description"), op.pointer() + "/description");
      JsonNode params = op.node().path("parameters");
      for (int i = 0; i < params.size(); i++) {
        checkDescribed(params.get(i).path("description"), op.pointer() + "/parameters/" + i);
      }
      for (Map.Entry<String, JsonNode> response : SpecFile.fields(op.node().path("responses"))) {
        checkDescribed(response.getValue().path("description"),
            op.pointer() + "/responses/" + response.getKey());
      }
    }
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(root.path("components").path("schemas"))) {
      String pointer = "/components/schemas/" + schema.getKey();
      checkDescribed(schema.getValue().path("description"), pointer);
      for (Map.Entry<String, JsonNode> property : SpecFile.fields(schema.getValue().path("properties"))) {
        checkDescribed(property.getValue().path("description"), pointer + "/properties/" + property.getKey());
      }
    }
    assertEquals(List.of(), problems);
  }

  private void checkDescribed(JsonNode description, String pointer) {
    check(description.isTextual() && !description.asText().isBlank(), pointer,
        "description must hold the docs' text (Chinese, plus English where the overlay gives it): " + description);
  }
}
