package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.importer.page.DocProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken page gives one clear problem naming its file and line and what was expected; the other
 * pages of the run are still imported.
 */
class MalformedPagesTest {

  @TempDir
  Path docs;

  private DocImporter.Result importWith(String brokenPage) throws IOException {
    Files.createDirectories(docs.resolve("note"));
    Files.writeString(docs.resolve("note/get.md"), SamplePages.NOTE_GET, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("note/create.md"), brokenPage, StandardCharsets.UTF_8);
    return DocImporter.run(List.of(docs), null);
  }

  private static DocProblem onlyError(DocImporter.Result result) {
    List<DocProblem> errors = result.problems().stream().filter(DocProblem::error).toList();
    assertEquals(1, errors.size(), "errors: " + errors);
    return errors.get(0);
  }

  private static void otherPageImported(DocImporter.Result result) {
    JsonNode document = result.documents().get("hire-v1.yaml");
    assertNotNull(document, "the good page's file");
    assertTrue(document.path("paths").path("/open-apis/hire/v1/notes/{note_id}").has("get"), "GET /notes/{note_id}");
    assertTrue(document.path("paths").path("/open-apis/hire/v1/notes").isMissingNode(), "the broken page is left out");
  }

  @Test
  void theSamplePageItselfImportsCleanly() throws IOException {
    DocImporter.Result result = importWith(SamplePages.NOTE_CREATE);
    assertEquals(List.of(), result.problems());
    JsonNode operation = result.documents().get("hire-v1.yaml").path("paths").path("/open-apis/hire/v1/notes")
        .path("post");
    assertEquals("createNote", operation.path("operationId").asText());
    assertEquals(50, operation.path("x-lark-rate-limit").path("requests-per-second").asInt());
    assertEquals(1000, operation.path("x-lark-rate-limit").path("requests-per-minute").asInt());
  }

  @Test
  void missingSection() throws IOException {
    String page = SamplePages.NOTE_CREATE.replaceAll("(?s)### 请求头\\n.*?(### 查询参数)", "$1");
    DocProblem error = onlyError(importWith(page));
    assertEquals("note/create.md", error.file());
    assertEquals(page.split("\n", -1).length, error.line());
    assertTrue(error.message().contains("missing section: expected a '### 请求头' section"), error.message());
    otherPageImported(importWith(page));
  }

  @Test
  void brokenTable() throws IOException {
    String row = "| `content` | `string` | 是 | 备注内容<br>**示例值**：\"测试\" |";
    String page = SamplePages.NOTE_CREATE.replace(row, "\n" + row);
    DocProblem error = onlyError(importWith(page));
    assertEquals("note/create.md", error.file());
    assertEquals(SamplePages.lineOf(page, row), error.line());
    assertTrue(error.message().contains("broken table in section '请求体'"), error.message());
    otherPageImported(importWith(page));
  }

  @Test
  void badJsonExampleOfAFlattenedTable() throws IOException {
    // The mirror's tables carry their own nesting, so a bad example there is only a warning; a table
    // whose nesting was lost needs its example, and then a bad one is an error.
    String page = SamplePages.NOTE_CREATE.replace("&nbsp;", "").replace("└ ", "")
        .replace("\"create_time\": 1618899376474,", "\"create_time\": 1618899376474,,");
    DocImporter.Result result = importWith(page);
    DocProblem warning = result.problems().stream().filter(problem -> !problem.error()).findFirst().orElseThrow();
    assertEquals("note/create.md", warning.file());
    assertEquals(SamplePages.lineOf(page, "1618899376474,,"), warning.line());
    assertTrue(warning.message().startsWith("invalid JSON example"), warning.message());
    DocProblem error = onlyError(result);
    assertEquals(SamplePages.lineOf(page, "| `code` | `int` |"), error.line());
    assertTrue(error.message().contains("no readable JSON example"), error.message());
    otherPageImported(result);
  }

  @Test
  void badJsonExampleOfAMirrorTableIsAWarning() throws IOException {
    String page = SamplePages.NOTE_CREATE.replace("\"create_time\": 1618899376474,", "\"create_time\": [-],");
    DocImporter.Result result = importWith(page);
    assertEquals(List.of(), result.problems().stream().filter(DocProblem::error).toList());
    DocProblem warning = result.problems().get(0);
    assertEquals(SamplePages.lineOf(page, "[-]"), warning.line());
  }

  @Test
  void unknownMarker() throws IOException {
    String row = "| `talent_id` | `string` | 是 | 人才 ID<br>**示例值**：\"6916472453069883661\" |";
    String page = SamplePages.NOTE_CREATE.replace(row, row.replace("**示例值**", "**样例**"));
    DocProblem error = onlyError(importWith(page));
    assertEquals(SamplePages.lineOf(page, "**样例**"), error.line());
    assertTrue(error.message().startsWith("unknown marker '**样例**' in the description of 'talent_id'"),
        error.message());
    otherPageImported(importWith(page));
  }

  @Test
  void unknownTypeString() throws IOException {
    String page = SamplePages.NOTE_CREATE.replace("| `content` | `string` |", "| `content` | `map<string, int>` |");
    DocProblem error = onlyError(importWith(page));
    assertEquals(SamplePages.lineOf(page, "map<string, int>"), error.line());
    assertTrue(error.message().startsWith("unknown type string 'map<string, int>' of 'content'"), error.message());
    otherPageImported(importWith(page));
  }

  @Test
  void problemsReadAsFileLineMessage() throws IOException {
    String page = SamplePages.NOTE_CREATE.replace("| `content` | `string` |", "| `content` | `string\\[\\]\\[\\]` |");
    DocProblem error = onlyError(importWith(page));
    assertEquals("note/create.md:" + error.line() + ": error: " + error.message(), error.toString());
  }
}
