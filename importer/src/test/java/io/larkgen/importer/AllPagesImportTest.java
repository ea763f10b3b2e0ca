package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.importer.page.DocPage;
import io.larkgen.importer.page.DocProblem;
import io.larkgen.importer.page.FieldRow;
import io.larkgen.importer.page.PageParser;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

/** Imports every page under {@code ../shared/feishu-docs} and checks the result as a whole. */
class AllPagesImportTest {

  private static Path docs;
  private static DocImporter.Result result;

  @BeforeAll
  static void importAll() throws IOException {
    docs = SharedDocs.docs();
    result = DocImporter.run(List.of(docs), null);
  }

  @Test
  void everyPageImportsWithoutErrors() {
    List<DocProblem> errors = result.problems().stream().filter(DocProblem::error).toList();
    assertEquals(List.of(), errors);
  }

  @Test
  void holdsEveryHireEndpointAndEvent() {
    JsonNode v1 = result.documents().get("hire-v1.yaml");
    JsonNode v2 = result.documents().get("hire-v2.yaml");
    assertNotNull(v1, "hire-v1.yaml");
    assertNotNull(v2, "hire-v2.yaml");
    int operations = operations(v1) + operations(v2);
    assertTrue(operations >= 178, "operations in hire v1 + v2: " + operations);
    assertEquals(3, operations(v2), "hire v2 operations");
    assertEquals("v2", v2.path("x-lark-service").path("version").asText());
    assertEquals(12, v1.path("x-lark-events").size(), "events");
    for (JsonNode event : v1.path("x-lark-events")) {
      String schema = event.path("schema").asText();
      assertTrue(v1.path("components").path("schemas").has(schema), "event schema " + schema);
    }
  }

  /**
   * An example is a value of its own schema: where the schema is an enum, the example is one of its
   * values (pages sometimes show another field's example, or the value in backticks).
   */
  @Test
  void everyEnumExampleIsOneOfTheEnumsValues() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, ? extends JsonNode> document : result.documents().entrySet()) {
      JsonNode schemas = document.getValue().path("components").path("schemas");
      document.getValue().path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
        for (JsonNode parameter : op.getValue().path("parameters")) {
          checkExample(document.getKey() + " " + op.getValue().path("operationId").asText() + " "
              + parameter.path("name").asText(), parameter.path("schema"), parameter.get("example"), schemas, wrong);
        }
      }));
      schemas.properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(property ->
          checkExample(document.getKey() + " " + schema.getKey() + "." + property.getKey(), property.getValue(),
              property.getValue().get("example"), schemas, wrong)));
    }
    assertEquals(List.of(), wrong);
  }

  private static void checkExample(String where, JsonNode schema, JsonNode example, JsonNode schemas,
      List<String> wrong) {
    if (example == null) {
      return;
    }
    String ref = schema.path("$ref").asText();
    JsonNode target = ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    if (!target.has("enum")) {
      return;
    }
    List<String> values = new ArrayList<>();
    target.path("enum").forEach(value -> values.add(value.asText()));
    if (!values.contains(example.asText())) {
      wrong.add(where + ": example " + example + " is not one of " + values);
    }
  }

  private static int operations(JsonNode document) {
    int count = 0;
    for (JsonNode item : document.path("paths")) {
      count += item.size();
    }
    return count;
  }

  /** Every row of every page's path, query, body and response table is in its operation, at its place. */
  @Test
  void everyTableRowIsInItsOperationAtItsPlace() throws IOException {
    List<String> missing = new ArrayList<>();
    int rows = 0;
    for (Path file : DocImporter.pages(docs)) {
      String name = docs.relativize(file).toString().replace('\\', '/');
      DocPage page = PageParser.parse(name, Files.readString(file, StandardCharsets.UTF_8)).page();
      if (page == null || page.kind() != DocPage.Kind.ENDPOINT) {
        continue;
      }
      JsonNode document = documentOf(page);
      JsonNode operation = operationOf(document, page);
      if (operation == null) {
        missing.add(name + ": no operation");
        continue;
      }
      for (FieldRow row : page.pathParameters()) {
        rows++;
        if (!hasParameter(operation, row.name(), "path")) {
          missing.add(name + ":" + row.line() + ": path parameter " + row.name());
        }
      }
      for (FieldRow row : page.queryParameters()) {
        rows++;
        if (!hasParameter(operation, row.name(), "query")) {
          missing.add(name + ":" + row.line() + ": query parameter " + row.name());
        }
      }
      if (page.body() != null && !page.body().isEmpty()) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.elements().hasNext() ? content.elements().next().path("schema") : null;
        rows += checkRows(document, schema, page.body(), name, "body", missing);
      }
      JsonNode envelope = operation.path("responses").path("200").path("content").path("application/json")
          .path("schema");
      rows += checkRows(document, envelope, page.response(), name, "response", missing);
    }
    assertEquals(List.of(), missing);
    assertTrue(rows > 7000, "rows checked: " + rows);
  }

  private static int checkRows(JsonNode document, JsonNode schema, List<FieldRow> fields, String file, String where,
      List<String> missing) {
    int rows = 0;
    JsonNode object = resolve(document, schema);
    for (FieldRow row : fields) {
      rows++;
      JsonNode property = object == null ? null : object.path("properties").get(row.name());
      if (property == null) {
        boolean emptyData = row.name().equals("data") && row.children().isEmpty();
        if (!emptyData) {
          missing.add(file + ":" + row.line() + ": " + where + " field " + row.name());
        }
        continue;
      }
      JsonNode target = property.path("type").asText().equals("array") ? property.path("items") : property;
      if (!row.children().isEmpty()) {
        rows += checkRows(document, target, row.children(), file, where, missing);
      }
    }
    return rows;
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    if (schema == null) {
      return null;
    }
    String ref = schema.path("$ref").asText(null);
    if (ref == null) {
      return schema;
    }
    return document.path("components").path("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean hasParameter(JsonNode operation, String name, String in) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("name").asText().equals(name) && parameter.path("in").asText().equals(in)) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode documentOf(DocPage page) {
    String url = page.url();
    String key = url.replaceFirst(".*/open-apis/([a-z_]+)/(v\\d+)/.*", "$1-$2") + ".yaml";
    return result.documents().get(key);
  }

  private static JsonNode operationOf(JsonNode document, DocPage page) {
    if (document == null) {
      return null;
    }
    String path = page.url().replaceFirst("^https?://[^/]+", "").replaceAll(":([A-Za-z0-9_]+)", "{$1}");
    return document.path("paths").path(path).get(page.property("HTTP Method").strip().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void everyOperationCarriesItsProvenance() {
    for (Map.Entry<String, com.fasterxml.jackson.databind.node.ObjectNode> entry : result.documents().entrySet()) {
      entry.getValue().path("paths").forEach(item -> item.forEach(operation -> {
        JsonNode doc = operation.path("x-lark-doc");
        assertTrue(doc.path("file").isTextual(), operation.path("operationId") + " x-lark-doc.file");
        assertTrue(doc.path("update-time").isIntegralNumber(), operation.path("operationId") + " update-time");
        assertTrue(doc.path("url").asText().startsWith("https://open.feishu.cn/document/"),
            operation.path("operationId") + " url");
      }));
      entry.getValue().path("components").path("schemas").properties().forEach(schema -> {
        if (!schema.getKey().equals("ErrorEnvelope")) {
          assertTrue(schema.getValue().has("x-lark-doc"), entry.getKey() + " schema " + schema.getKey());
        }
      });
    }
  }

  @Test
  void integersAlwaysCarryAWidth() {
    List<String> bare = new ArrayList<>();
    for (Map.Entry<String, com.fasterxml.jackson.databind.node.ObjectNode> entry : result.documents().entrySet()) {
      for (JsonNode node : entry.getValue().findParents("type")) {
        if (node.path("type").asText().equals("integer")
            && !List.of("int32", "int64", "epoch-millis").contains(node.path("format").asText())) {
          bare.add(entry.getKey() + ": " + node);
        }
      }
    }
    assertEquals(List.of(), bare);
  }

  @Test
  void passesTheGeneratorsValidatorWithoutErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    for (Map.Entry<String, String> file : result.yaml().entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      OpenAPI openApi = new OpenAPIParser().readLocation(path.toString(), null, options).getOpenAPI();
      assertNotNull(openApi, file.getKey() + " parses");
      RuleConfiguration rules = new RuleConfiguration();
      rules.setEnableRecommendations(true);
      ValidationResult validation = new OpenApiEvaluator(rules).validate(openApi);
      assertEquals(List.of(), describe(validation.getErrors()), file.getKey() + " validator errors");
    }
  }

  private static List<String> describe(List<Invalid> invalids) {
    return invalids.stream().map(invalid -> invalid.getMessage() + " (" + invalid.getDetails() + ")")
        .collect(Collectors.toList());
  }
}
