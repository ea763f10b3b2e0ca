package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-lark-pii: true} on the fields that hold personal data: derived from field names and
 * from 字段权限要求 scopes that name sensitive data, never on other fields or on parameters, and
 * corrected by the overlay in either direction.
 */
class PersonalDataTest {
  @TempDir Path dir;

  /** The note page with a phone number and an ID number in the body, and a scoped response field. */
  private static final String PAGE = SamplePages.NOTE_CREATE
      .replace("| `privacy` | `int` | 否 | 备注私密属性",
          "| `contact_mobile` | `string` | 否 | 联系人手机号<br>**示例值**：\"13800000000\" |\n"
              + "| `id_number` | `string` | 否 | 证件号<br>**示例值**：\"110101199003070000\" |\n"
              + "| `privacy` | `int` | 否 | 备注私密属性")
      .replace("| &nbsp;&nbsp;&nbsp;&nbsp;└ `id` | `string` | 备注 ID |",
          "| &nbsp;&nbsp;&nbsp;&nbsp;└ `id` | `string` | 备注 ID |\n"
              + "| &nbsp;&nbsp;&nbsp;&nbsp;└ `reach` | `string` | 联系方式"
              + "<br>**字段权限要求**： `hire:talent.email:readonly` 查看人才邮箱 |\n"
              + "| &nbsp;&nbsp;&nbsp;&nbsp;└ `owner_label` | `string` | 标签"
              + "<br>**字段权限要求**： `hire:note:readonly` 查看备注 |");

  private Map<String, Boolean> marks(String overlay) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("create.md"), PAGE, StandardCharsets.UTF_8);
    Path spec = null;
    if (overlay != null) {
      spec = Files.createDirectories(dir.resolve("spec"));
      Files.writeString(spec.resolve("hire-v1.overlay.yaml"), overlay, StandardCharsets.UTF_8);
    }
    DocImporter.Result result = DocImporter.run(List.of(docs), spec);
    assertEquals(0, result.errorCount(), () -> result.problems().toString());
    JsonNode schemas = result.documents().get("hire-v1.yaml").path("components").path("schemas");
    Map<String, Boolean> marks = new TreeMap<>();
    schemas.properties().forEach(schema -> schema.getValue().path("properties").properties()
        .forEach(p -> marks.put(schema.getKey() + "." + p.getKey(),
            p.getValue().path("x-lark-pii").asBoolean(false))));
    assertTrue(marks.containsKey("CreateNoteRequestBody.contact_mobile"), marks::toString);
    return marks;
  }

  @Test
  void namesAndSensitiveScopesMarkTheirFields() throws IOException {
    Map<String, Boolean> marks = marks(null);
    assertTrue(marks.get("CreateNoteRequestBody.contact_mobile"), "a mobile number");
    assertTrue(marks.get("CreateNoteRequestBody.id_number"), "an identity document number");
    assertTrue(marks.get("CreateNoteRequestBody.content"), "the free text of a note");
    assertTrue(marks.get("Note.reach"), "a field behind hire:talent.email:readonly");
    assertFalse(marks.get("CreateNoteRequestBody.talent_id"), "an id");
    assertFalse(marks.get("Note.owner_label"), "a field behind a scope about no sensitive data");
    assertFalse(marks.get("Note.id"));
  }

  @Test
  void parametersAreNeverMarked() throws IOException {
    marks(null);
    Path docs = dir.resolve("docs");
    Files.writeString(docs.resolve("create.md"), PAGE.replace("| `user_id_type` | `string` | 否 | 用户 ID 类型",
        "| `email` | `string` | 否 | 邮箱<br>**示例值**：a@b.c |\n| `user_id_type` | `string` | 否 | 用户 ID 类型"),
        StandardCharsets.UTF_8);
    DocImporter.Result result = DocImporter.run(List.of(docs), null);
    String yaml = result.yaml().get("hire-v1.yaml");
    assertTrue(yaml.contains("name: \"email\"") || yaml.contains("name: email"), yaml);
    JsonNode parameters = result.documents().get("hire-v1.yaml").path("paths")
        .path("/open-apis/hire/v1/notes").path("post").path("parameters");
    for (JsonNode parameter : parameters) {
      assertFalse(parameter.path("schema").has("x-lark-pii"), parameter::toString);
    }
  }

  @Test
  void anOverlayAddsAndRemovesTheMark() throws IOException {
    Map<String, Boolean> marks = marks("""
        overlay: 1.0.0
        info: {title: personal data, version: '1'}
        actions:
          - target: $.components.schemas.CreateNoteRequestBody.properties.content
            description: a note's text here is about the process, not the candidate
            update: {x-lark-pii: false}
          - target: $.components.schemas.Note.properties.owner_label
            description: labels name people in this tenant
            update: {x-lark-pii: true}
        """);
    assertFalse(marks.get("CreateNoteRequestBody.content"));
    assertTrue(marks.get("Note.owner_label"));
    assertTrue(marks.get("CreateNoteRequestBody.contact_mobile"), "other marks stay");
  }
}
