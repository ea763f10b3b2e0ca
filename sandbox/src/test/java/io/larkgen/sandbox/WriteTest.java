package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.assertError;
import static io.larkgen.sandbox.SpecDrivenTest.V1;
import static io.larkgen.sandbox.SpecDrivenTest.conform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.Http.Answer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writes against the conventions test spec: the notes family round-trips create → get →
 * update → get → delete through the store, bodies are checked against their schemas, uploads
 * are streamed and size-checked.
 */
class WriteTest {

  private static final String NOTES = "/open-apis/hire_conventions/v1/notes";
  private static final String UPLOAD = "/open-apis/hire_conventions/v1/attachments/upload";
  private static final String BOUNDARY = "----larkgen7MA4YWxkTrZu0gW";

  private static FeishuSandbox sandbox;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(9L).interviews(100).rateLimits(false).specs(V1).start();
    http = new Http(sandbox);
    token = http.tenantToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String talentId() {
    return http.get(token, NOTES, "page_size", "1").data().path("items").path(0)
        .path("talent_id").asText();
  }

  @Test
  void aNoteRoundTripsThroughCreateGetUpdateGetDelete() {
    String talent = talentId();
    Answer created = http.json("POST", token, NOTES,
        "{\"talent_id\":\"" + talent + "\",\"content\":\"二面表现很好\",\"privacy\":2}");
    conform(V1, "createNote", created.json());
    JsonNode note = created.data().path("note");
    String id = note.path("id").asText();
    assertEquals(talent, note.path("talent_id").asText());
    assertEquals("二面表现很好", note.path("content").asText());
    assertEquals(2, note.path("privacy").asInt());

    Answer got = http.get(token, NOTES + "/" + id);
    conform(V1, "getNote", got.json());
    assertEquals(note, got.data().path("note"), "get answers what create stored");

    Answer patched = http.json("PATCH", token, NOTES + "/" + id, "{\"content\":\"改为三面\"}");
    conform(V1, "patchNote", patched.json());
    Answer again = http.get(token, NOTES + "/" + id);
    assertEquals("改为三面", again.data().path("note").path("content").asText());
    assertEquals(talent, again.data().path("note").path("talent_id").asText(),
        "fields the update did not name stay");

    Answer listed = http.get(token, NOTES, "page_size", "100");
    JsonNode last = listed.data().path("items").path(listed.data().path("items").size() - 1);
    assertEquals(again.data().path("note"), last, "a created note is listed after the generated ones");

    Answer deleted = http.call("DELETE", token, NOTES + "/" + id, null, null);
    assertEquals(0, deleted.code(), deleted.json()::toString);
    assertFalse(deleted.json().has("data"), "an empty envelope carries no data");
    assertError(http.get(token, NOTES + "/" + id), 400, SandboxHandler.CODE_PARAM,
        "note_id: no note with id " + id);
    assertError(http.json("PATCH", token, NOTES + "/" + id, "{\"content\":\"x\"}"), 400,
        SandboxHandler.CODE_PARAM, "note_id: no note with id " + id);
  }

  @Test
  void aWrittenFieldOfAnotherShapeThanTheAnswersIsLeftOut() {
    String id = http.json("POST", token, NOTES, "{\"talent_id\":\"" + talentId()
        + "\",\"content\":\"a\"}").data().path("note").path("id").asText();
    JsonNode before = http.get(token, NOTES + "/" + id).data().path("note").path("tags");
    assertEquals(0, http.json("PATCH", token, NOTES + "/" + id,
        "{\"content\":\"b\",\"tags\":[{\"value\":\"x\"}]}").code());
    Answer after = http.get(token, NOTES + "/" + id);
    conform(V1, "getNote", after.json());
    assertEquals("b", after.data().path("note").path("content").asText());
    assertEquals(before, after.data().path("note").path("tags"),
        "the request's tag objects do not replace the answer's tag strings");
  }

  @Test
  void aGeneratedNoteCanBeDeleted() {
    String id = http.get(token, NOTES, "page_size", "1").data().path("items").path(0).path("id").asText();
    assertEquals(0, http.get(token, NOTES + "/" + id).code());
    assertEquals(0, http.call("DELETE", token, NOTES + "/" + id, null, null).code());
    assertError(http.get(token, NOTES + "/" + id), 400, SandboxHandler.CODE_PARAM, "note_id");
    assertNotEquals(id, http.get(token, NOTES, "page_size", "1").data().path("items").path(0)
        .path("id").asText(), "the deleted note is not listed");
  }

  @Test
  void theIdempotencyKeyReturnsTheFirstNote() {
    String body = "{\"talent_id\":\"" + talentId() + "\",\"content\":\"a\",\"external_id\":\"ext-1\"}";
    String first = http.json("POST", token, NOTES, body).data().path("note").path("id").asText();
    String second = http.json("POST", token, NOTES, body).data().path("note").path("id").asText();
    String other = http.json("POST", token, NOTES, body.replace("ext-1", "ext-2"))
        .data().path("note").path("id").asText();
    assertEquals(first, second);
    assertNotEquals(first, other);
  }

  @Test
  void bodiesAreCheckedAgainstTheirSchema() {
    String talent = talentId();
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent + "\"}"), 400,
        SandboxHandler.CODE_PARAM, "content: is required");
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent
            + "\",\"content\":\"a\",\"author\":{}}"), 400, SandboxHandler.CODE_PARAM,
        "author.user_id: is required");
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent
            + "\",\"content\":\"a\",\"privacy\":3}"), 400, SandboxHandler.CODE_PARAM,
        "privacy: 3 is not one of [1, 2]");
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent
            + "\",\"content\":\"\"}"), 400, SandboxHandler.CODE_PARAM,
        "content: '' is shorter than 1");
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent
            + "\",\"content\":\"a\",\"external_id\":\"NO SPACES\"}"), 400, SandboxHandler.CODE_PARAM,
        "external_id: 'NO SPACES' does not match ^[a-z0-9-]+$");
    assertError(http.json("POST", token, NOTES, "{\"talent_id\":7,\"content\":\"a\"}"), 400,
        SandboxHandler.CODE_PARAM, "talent_id: 7 is not a string");
    Answer broken = http.json("POST", token, NOTES, "{\"talent_id\":");
    assertError(broken, 400, SandboxHandler.CODE_PARAM, "body: not valid JSON");
    assertEquals("body", broken.json().path("error").path("field_violations").path(0)
        .path("field").asText());
  }

  private static byte[] multipart(String name, byte[] file, boolean withName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    if (withName) {
      head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"name\"")
          .append("\r\n\r\n").append(name).append("\r\n");
      head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"kind\"")
          .append("\r\n\r\n2\r\n");
    }
    head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\";")
        .append(" filename=\"").append(name).append("\"\r\nContent-Type: application/pdf\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static Answer upload(byte[] body) {
    return http.call("POST", token, UPLOAD, "multipart/form-data; boundary=" + BOUNDARY, body);
  }

  @Test
  void anUploadUpToTheLimitIsAccepted() {
    byte[] file = new byte[1024];
    // Bytes that start the delimiter inside the file must not end the part.
    byte[] lookalike = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.UTF_8);
    System.arraycopy(lookalike, 0, file, 100, lookalike.length);
    Answer a = upload(multipart("简历.pdf", file, true));
    conform(V1, "uploadAttachment", a.json());
    assertEquals("简历.pdf", a.data().path("attachment").path("name").asText(),
        "the text field of the form is stored like a JSON field");
  }

  @Test
  void anUploadOverTheLimitIsRefused() {
    byte[] file = new byte[1025];
    Arrays.fill(file, (byte) '-');
    assertError(upload(multipart("big.pdf", file, true)), 400, SandboxHandler.CODE_PARAM,
        "file: the file is larger than the maximum 1024 bytes");
  }

  @Test
  void anUploadIsCheckedLikeABody() {
    assertError(upload(multipart("a.pdf", new byte[10], false)), 400, SandboxHandler.CODE_PARAM,
        "name: is required");
    assertError(http.call("POST", token, UPLOAD, "application/json",
            "{}".getBytes(StandardCharsets.UTF_8)), 400, SandboxHandler.CODE_PARAM,
        "body: must be multipart/form-data");
    assertError(upload("no boundary here".getBytes(StandardCharsets.UTF_8)), 400,
        SandboxHandler.CODE_PARAM, "body: no multipart boundary");
  }
}
