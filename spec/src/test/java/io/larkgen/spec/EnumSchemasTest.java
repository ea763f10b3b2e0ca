package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every coded field is a named enum schema whose values each carry a Java constant name and the
 * description of the Feishu docs (their text as written: Chinese, or Latin like "BAT"), plus an
 * English one where the overlay gives it.
 */
class EnumSchemasTest {

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private void check(boolean condition, String pointer, String message) {
    if (!condition) {
      problems.add(pointer + ": " + message);
    }
  }

  private List<Map.Entry<String, JsonNode>> enumSchemas() {
    List<Map.Entry<String, JsonNode>> enums = new ArrayList<>();
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(root.path("components").path("schemas"))) {
      if (schema.getValue().has("enum")) {
        enums.add(schema);
      }
    }
    return enums;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void enumsAreNamedSchemasOnly(String spec) {
    root = SpecFile.tree(spec);
    SpecWalker.walk(root, (pointer, node) -> {
      if (node.isObject() && node.has("enum")) {
        check(pointer.matches("/components/schemas/[^/]+"), pointer,
            "enum must be a named schema under components/schemas, referenced with $ref");
      }
    });
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void everyValueHasANameAndBothDescriptions(String spec) {
    root = SpecFile.tree(spec);
    List<Map.Entry<String, JsonNode>> enums = enumSchemas();
    assertFalse(enums.isEmpty(), "no enum schemas");
    for (Map.Entry<String, JsonNode> entry : enums) {
      String pointer = "/components/schemas/" + entry.getKey();
      JsonNode schema = entry.getValue();
      String type = schema.path("type").asText();
      check(type.equals("integer") || type.equals("string"), pointer, "enum type must be integer or string");
      if (type.equals("integer")) {
        check(schema.path("format").asText().equals("int32"), pointer, "integer enums are format int32");
      }
      JsonNode values = schema.path("enum");
      int size = values.size();
      check(size > 0, pointer + "/enum", "no values");
      Set<String> seen = new HashSet<>();
      for (JsonNode value : values) {
        check(type.equals("integer") ? value.isInt() : value.isTextual(), pointer + "/enum",
            "value " + value + " is not of type " + type);
        check(seen.add(value.asText()), pointer + "/enum", "duplicate value " + value);
      }
      for (String list : List.of("x-enum-varnames", "x-enum-descriptions", "x-lark-enum-descriptions-en")) {
        JsonNode texts = schema.path(list);
        if (texts.isMissingNode() && list.equals("x-lark-enum-descriptions-en")) {
          continue; // English is optional: the docs have only the Chinese text.
        }
        check(texts.isArray() && texts.size() == size, pointer + "/" + list,
            "expected " + size + " entries, found " + texts.size());
        for (int i = 0; i < texts.size(); i++) {
          check(texts.get(i).isTextual() && !texts.get(i).asText().isBlank(),
              pointer + "/" + list + "/" + i, "expected a non-empty string");
        }
      }
      Set<String> names = new HashSet<>();
      for (String name : SpecFile.texts(schema.path("x-enum-varnames"))) {
        check(UPPER_SNAKE.matcher(name).matches(), pointer + "/x-enum-varnames", name + " is not UPPER_SNAKE");
        check(SourceVersion.isName(name), pointer + "/x-enum-varnames", name + " is not a Java identifier");
        check(!name.equals("UNKNOWN"), pointer + "/x-enum-varnames",
            "UNKNOWN is the generated case for values outside the spec");
        check(names.add(name), pointer + "/x-enum-varnames", "duplicate name " + name);
      }
      if (schema.has("default")) {
        check(seen.contains(schema.path("default").asText()), pointer + "/default",
            "default is not one of the values");
      }
      check(!schema.path("description").asText().isBlank(), pointer, "missing description");
    }
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void englishDescriptionsAreNotChinese(String spec) {
    root = SpecFile.tree(spec);
    for (Map.Entry<String, JsonNode> entry : enumSchemas()) {
      String pointer = "/components/schemas/" + entry.getKey();
      List<String> en = SpecFile.texts(entry.getValue().path("x-lark-enum-descriptions-en"));
      for (String text : en) {
        check(!Descriptions.hasHan(text), pointer + "/x-lark-enum-descriptions-en", "not English: " + text);
      }
    }
    assertEquals(List.of(), problems);
  }
}
