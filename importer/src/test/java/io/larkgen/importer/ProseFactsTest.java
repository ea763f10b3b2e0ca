package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts some pages state only in prose or by display name are still imported: a page-size limit in
 * the parameter's sentence, and scopes a historic page names without their identifiers.
 */
class ProseFactsTest {

  @TempDir
  Path docs;

  private JsonNode importPages(String create, String get) throws IOException {
    Files.createDirectories(docs.resolve("note"));
    Files.writeString(docs.resolve("note/create.md"), create, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("note/get.md"), get, StandardCharsets.UTF_8);
    DocImporter.Result result = DocImporter.run(List.of(docs), null);
    assertEquals(0, result.errorCount(), "problems: " + result.problems());
    return result.documents().get("hire-v1.yaml");
  }

  private static JsonNode parameter(JsonNode operation, String name) {
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError("no parameter " + name + " in " + operation.path("operationId"));
  }

  @Test
  void pageSizeLimitStatedInTheSentence() throws IOException {
    for (String sentence : List.of("分页大小，默认 10，最大值为 200", "分页大小，最大为 200", "分页大小，不能超过 200")) {
      String get = SamplePages.NOTE_GET.replace("| `user_id_type` |",
          "| `page_size` | `int` | 否 | " + sentence + "<br>**示例值**：10 |\n| `user_id_type` |");
      JsonNode operation = importPages(SamplePages.NOTE_CREATE, get)
          .path("paths").path("/open-apis/hire/v1/notes/{note_id}").path("get");
      JsonNode schema = parameter(operation, "page_size").path("schema");
      assertEquals(200, schema.path("maximum").asInt(-1), sentence);
      assertEquals(1, schema.path("minimum").asInt(-1), sentence);
    }
  }

  @Test
  void scopesNamedOnlyByDisplayNameTakeTheIdentifiersOtherPagesPairThemWith() throws IOException {
    String historic = SamplePages.NOTE_GET.replace("| `hire:note` 更新备注 |", "| 更新备注 |");
    JsonNode operation = importPages(SamplePages.NOTE_CREATE, historic)
        .path("paths").path("/open-apis/hire/v1/notes/{note_id}").path("get");
    assertEquals("[\"hire:note\"]", operation.path("x-lark-scopes").path("any-of").toString());
  }

  @Test
  void aDisplayNameNoPageExplainsStaysUnresolved() throws IOException {
    String historic = SamplePages.NOTE_GET.replace("| `hire:note` 更新备注 |", "| 删除备注 |");
    JsonNode operation = importPages(SamplePages.NOTE_CREATE, historic)
        .path("paths").path("/open-apis/hire/v1/notes/{note_id}").path("get");
    assertEquals("[]", operation.path("x-lark-scopes").path("any-of").toString());
  }
}
