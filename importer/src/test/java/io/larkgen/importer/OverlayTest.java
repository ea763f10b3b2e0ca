package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.larkgen.importer.overlay.JsonPath;
import io.larkgen.importer.overlay.Overlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay: its JSONPath and merge rules, and that today's three operations imported from their
 * pages plus {@code spec/hire-v1.overlay.yaml} reproduce the hand-written {@code spec/hire-v1.yaml}.
 */
class OverlayTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static ObjectNode yaml(String text) throws IOException {
    return (ObjectNode) YAML.readTree(text);
  }

  @Test
  void jsonPathSelectsByNameIndexWildcardAndFilter() throws IOException {
    ObjectNode document = yaml("""
        paths:
          /a/{id}:
            get:
              parameters:
                - {name: id, in: path}
                - {name: page_size, in: query}
        """);
    assertEquals("query", JsonPath.compile("$.paths['/a/{id}'].get.parameters[?(@.name == 'page_size')]")
        .select(document).get(0).path("in").asText());
    assertEquals("id", JsonPath.compile("$.paths[\"/a/{id}\"].get.parameters[0].name").select(document).get(0)
        .asText());
    assertEquals(2, JsonPath.compile("$.paths.*.get.parameters[*]").select(document).size());
    assertEquals(List.of(), JsonPath.compile("$.paths.nothing").select(document));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> JsonPath.compile("$.a[?x]"));
    assertTrue(bad.getMessage().contains("cannot read from position 3"), bad.getMessage());
  }

  @Test
  void updateMergesObjectsReplacesValuesAppendsToArraysAndRemoveDeletes() throws IOException {
    ObjectNode document = yaml("""
        info: {title: t, version: '1'}
        tags: [{name: a}]
        components: {schemas: {A: {type: integer, format: int64, enum: [1, 2]}, B: {type: string}}}
        """);
    Overlay overlay = Overlay.of(yaml("""
        overlay: 1.0.0
        info: {title: facts, version: 1.0.0}
        x-lark-schema-names: {interview_extend: Interview}
        x-lark-enum-names: {Conclusion: {field: conclusion, values: [1, 2, 3]}}
        actions:
          - target: $.info
            update: {description: d}
          - target: $.tags
            update: {name: b}
          - target: $.components.schemas.A
            update: {format: int32, enum: [1, 2, 3]}
          - target: $.components.schemas.B
            remove: true
          - target: $.components.schemas.C
            update: {type: string}
        """));
    List<String> stale = overlay.apply(document);
    assertEquals("t", document.path("info").path("title").asText());
    assertEquals("d", document.path("info").path("description").asText());
    assertEquals(2, document.path("tags").size());
    assertEquals("int32", document.path("components").path("schemas").path("A").path("format").asText());
    assertEquals(3, document.path("components").path("schemas").path("A").path("enum").size());
    assertTrue(document.path("components").path("schemas").path("B").isMissingNode());
    assertEquals(List.of("overlay action 5 ($.components.schemas.C) selects nothing"), stale);
    assertEquals(Map.of("interview_extend", "Interview"), overlay.schemaNames());
    assertEquals(Map.of("conclusion=1,2,3", "Conclusion"), overlay.enumNames());
  }

  @Test
  void rejectsDocumentsThatAreNoOverlay() throws IOException {
    ObjectNode notOverlay = yaml("openapi: 3.0.3\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Overlay.of(notOverlay)).getMessage()
        .contains("overlay: 1.0.0"));
    ObjectNode noUpdate = yaml("overlay: 1.0.0\nactions: [{target: $.info}]\n");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Overlay.of(noUpdate)).getMessage()
        .contains("neither 'update' nor 'remove'"));
  }

  /**
   * Importing the pages of today's three operations with the overlay reproduces today's spec for
   * them: operations, parameters, responses, every schema, enum and extension. The only differences
   * are listed here with their reasons.
   */
  @Test
  void threePagesPlusOverlayReproduceTodaysSpec(@TempDir Path specDir) throws IOException {
    Path docs = SharedDocs.docs().resolve("hire-v1/candidate-management/delivery-process-management/interview");
    Path spec = SharedDocs.specDir();
    Files.copy(spec.resolve("hire-v1.overlay.yaml"), specDir.resolve("hire-v1.overlay.yaml"));
    DocImporter.Result result = DocImporter.run(List.of(docs.resolve("list-interview.md"),
        docs.resolve("list-interview_record.md"), docs.resolve("get-interview_record.md")), specDir);
    assertEquals(List.of(), result.notes().stream().filter(note -> note.contains("selects nothing")).toList(),
        "stale overlay actions");
    JsonNode imported = result.documents().get("hire-v1.yaml");
    JsonNode today = YAML.readTree(spec.resolve("hire-v1.yaml").toFile());

    List<String> differences = new ArrayList<>();
    compare("$", imported, today, differences);
    List<String> justified = List.of(
        // Provenance is new: every imported operation and schema says which page it comes from.
        "x-lark-doc",
        // The importer writes tags sorted by name; today's file lists interviews first.
        "$.tags[0].name", "$.tags[0].description", "$.tags[1].name", "$.tags[1].description",
        // Every page size now states its minimum (1) beside the documented maximum.
        "$.paths./open-apis/hire/v1/interviews.get.parameters[0].schema.minimum: only in the import",
        "$.paths./open-apis/hire/v1/interview_records.get.parameters[0].schema.minimum: only in the import");
    List<String> unexplained = new ArrayList<>();
    for (String difference : differences) {
      // Fields holding personal data are marked x-lark-pii; today's file predates the mark.
      boolean personalData = difference.endsWith(".x-lark-pii: only in the import");
      if (!personalData
          && justified.stream().noneMatch(reason -> difference.startsWith(reason) || difference.contains(".x-lark-doc"))) {
        unexplained.add(difference);
      }
    }
    assertEquals(List.of(), unexplained);
    assertTrue(differences.stream().anyMatch(d -> d.contains("x-lark-doc")), "provenance is added");
    assertTrue(differences.contains(
        "$.components.schemas.InterviewRecord.properties.content.x-lark-pii: only in the import"),
        "an interview record's text is personal data");
  }

  /**
   * With every page imported, the overlay still gives today's operations and models their names:
   * the pinned enum value sets keep their names although other sets of the same field are more
   * common, and the role names and the string timestamp of Attachment hold.
   */
  @Test
  void allPagesPlusOverlayKeepTodaysNames() throws IOException {
    DocImporter.Result result = DocImporter.run(List.of(SharedDocs.docs()), overlayOnly());
    JsonNode schemas = result.documents().get("hire-v1.yaml").path("components").path("schemas");
    JsonNode today = YAML.readTree(SharedDocs.specDir().resolve("hire-v1.yaml").toFile())
        .path("components").path("schemas");
    List<String> renamed = new ArrayList<>();
    today.properties().forEach(schema -> {
      JsonNode now = schemas.get(schema.getKey());
      if (now == null) {
        renamed.add(schema.getKey() + " is missing");
      } else if (schema.getValue().has("enum") && !now.path("enum").toString().equals(schema.getValue().path("enum").toString())) {
        renamed.add(schema.getKey() + " has " + now.path("enum") + " instead of " + schema.getValue().path("enum"));
      }
    });
    assertEquals(List.of(), renamed);
    assertEquals("#/components/schemas/Conclusion",
        schemas.path("InterviewRecord").path("properties").path("conclusion").path("$ref").asText());
    assertEquals("string", schemas.path("Attachment").path("properties").path("create_time").path("type").asText());
    assertTrue(result.notes().stream().noneMatch(note -> note.contains("selects nothing")), result.notes().toString());
  }

  private static Path overlayOnly() throws IOException {
    Path dir = Files.createTempDirectory("overlay");
    Files.copy(SharedDocs.specDir().resolve("hire-v1.overlay.yaml"), dir.resolve("hire-v1.overlay.yaml"));
    dir.toFile().deleteOnExit();
    dir.resolve("hire-v1.overlay.yaml").toFile().deleteOnExit();
    return dir;
  }

  private static void compare(String path, JsonNode imported, JsonNode today, List<String> out) {
    if (imported.isObject() && today.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      imported.fieldNames().forEachRemaining(keys::add);
      today.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        String child = path + "." + key;
        if (!imported.has(key)) {
          out.add(child + ": only in today's spec");
        } else if (!today.has(key)) {
          out.add(child + ": only in the import");
        } else {
          compare(child, imported.get(key), today.get(key), out);
        }
      }
    } else if (imported.isArray() && today.isArray() && imported.size() == today.size()) {
      Iterator<JsonNode> a = imported.elements();
      Iterator<JsonNode> b = today.elements();
      for (int i = 0; a.hasNext(); i++) {
        compare(path + "[" + i + "]", a.next(), b.next(), out);
      }
    } else if (!numericallyEqual(imported, today)) {
      out.add(path + ": " + imported + " vs " + today);
    }
  }

  private static boolean numericallyEqual(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }
}
