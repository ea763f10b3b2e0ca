package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.larkgen.importer.page.DocProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two other renderings of the same docs import to the same operations. */
class SeedRenderingsTest {

  private static Path seed(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(SharedDocs.seeds())) {
      return files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  /** Seed 003 (open.feishu.cn: no outer pipes, cells on several lines, nesting flattened). */
  @Test
  void seed003GivesTheSameInterviewRecordsOperationAsTheMirrorPage() throws IOException {
    Path docs = SharedDocs.docs();
    DocImporter.Result seed = DocImporter.run(List.of(seed("003_")), null);
    assertEquals(List.of(), seed.problems().stream().filter(DocProblem::error).toList());
    Path mirrorPage = docs.resolve("hire-v1/candidate-management/delivery-process-management/interview/"
        + "list-interview_record.md");
    DocImporter.Result mirror = DocImporter.run(List.of(mirrorPage), null);
    JsonNode seedDoc = seed.documents().get("hire-v1.yaml");
    JsonNode mirrorDoc = mirror.documents().get("hire-v1.yaml");
    JsonNode seedOp = SpecShapes.operation(seedDoc, "get", "/open-apis/hire/v1/interview_records");
    JsonNode mirrorOp = SpecShapes.operation(mirrorDoc, "get", "/open-apis/hire/v1/interview_records");
    assertEquals("listInterviewRecords", seedOp.path("operationId").asText());
    assertEquals(mirrorOp.path("operationId"), seedOp.path("operationId"));
    List<String> seedShape = SpecShapes.shape(seedDoc, seedOp);
    assertEquals(SpecShapes.shape(mirrorDoc, mirrorOp), seedShape);
    assertTrue(seedShape.size() > 100, "fields: " + seedShape.size());
    for (String key : List.of("x-lark-rate-limit", "x-lark-app-types", "x-lark-pagination", "x-lark-error-codes")) {
      assertEquals(mirrorOp.path(key), seedOp.path(key), key);
    }
    assertEquals(mirrorOp.path("x-lark-scopes").path("any-of"), seedOp.path("x-lark-scopes").path("any-of"));
  }

  /** Seed 000 (an older page: a parameter table and only a JSON example of the response). */
  @Test
  void seed000GivesTheInterviewsOperationWithEveryFieldOfItsExample() throws IOException {
    Path file = seed("000_");
    DocImporter.Result result = DocImporter.run(List.of(file), null);
    assertEquals(List.of(), result.problems().stream().filter(DocProblem::error).toList());
    JsonNode document = result.documents().get("hire-v1.yaml");
    JsonNode operation = SpecShapes.operation(document, "get", "/open-apis/hire/v1/interviews");
    assertEquals("listInterviews", operation.path("operationId").asText());
    List<String> shape = SpecShapes.shape(document, operation);
    String text = Files.readString(file);
    int start = text.indexOf("```json") + "```json".length();
    JsonNode example = new ObjectMapper().readTree(text.substring(start, text.indexOf("```", start)));
    List<String> missing = new ArrayList<>();
    exampleKeys(example, "", missing, shape);
    assertEquals(List.of(), missing, "example keys missing from the operation");
    assertTrue(shape.contains("query page_size required=false integer/int32"), String.join("\n", shape));
    assertTrue(shape.contains("data.items.begin_time: integer/epoch-millis"), String.join("\n", shape));
  }

  private static void exampleKeys(JsonNode node, String prefix, List<String> missing, List<String> shape) {
    JsonNode object = node.isArray() && !node.isEmpty() ? node.get(0) : node;
    object.properties().forEach(entry -> {
      String path = prefix + entry.getKey();
      if (shape.stream().noneMatch(line -> line.startsWith(path + ": "))) {
        missing.add(path);
      }
      if (entry.getValue().isContainerNode()) {
        exampleKeys(entry.getValue(), path + ".", missing, shape);
      }
    });
  }
}
