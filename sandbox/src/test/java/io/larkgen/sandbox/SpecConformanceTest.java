package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import io.larkgen.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer the sandbox serves conforms to the spec's response schema: JSON types, no
 * property the schema does not declare, required properties present, enum values documented.
 */
class SpecConformanceTest {
  private static final String UPLOAD = "/open-apis/hire/v1/attachments";
  private static final String BOUNDARY = "----larkgenEnvelopeNames";

  private static FeishuSandbox sandbox;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(13L).interviews(600).rateLimits(false).start();
    http = new Http(sandbox);
    token = http.tenantToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void interviewPagesConform() {
    for (String type : SandboxDataset.USER_ID_TYPES) {
      String pageToken = null;
      do {
        List<String> q = new ArrayList<>(List.of("start_time", "1", "page_size", "100", "user_id_type", type));
        if (pageToken != null) {
          q.add("page_token");
          q.add(pageToken);
        }
        Answer a = http.get(token, INTERVIEWS, q.toArray(String[]::new));
        conform("listInterviews", a.json());
        pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
      } while (pageToken != null);
    }
  }

  @Test
  void recordPagesAndSingleRecordsConform() {
    String pageToken = null;
    do {
      Answer a = pageToken == null
          ? http.get(token, RECORDS, "page_size", "100")
          : http.get(token, RECORDS, "page_size", "100", "page_token", pageToken);
      conform("listInterviewRecords", a.json());
      pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
    } while (pageToken != null);
    for (int i = 0; i < sandbox.dataset().recordCount(); i += 101) {
      conform("getInterviewRecord",
          http.get(token, RECORDS + "/" + sandbox.dataset().recordIdAt(i), "user_id_type", "union_id").json());
    }
  }

  @Test
  void theCheckerCatchesAWrongType() {
    Answer a = http.get(token, INTERVIEWS, "interview_id", sandbox.dataset().interviewId(0));
    ((com.fasterxml.jackson.databind.node.ObjectNode) a.data().path("items").path(0)).put("begin_time", "soon");
    AssertionError e = assertThrows(AssertionError.class, () -> conform("listInterviews", a.json()));
    assertTrue(e.getMessage().contains("begin_time"), e.getMessage());
  }

  private static void conform(String operationId, JsonNode body) {
    assertEquals(0, body.path("code").asInt(), body::toString);
    SchemaAssert.conforms(SpecModel.load(), SpecModel.load().responseSchema(operationId), body, "$");
  }

  // Hire's attachment upload declares x-lark-envelope: {msg: message}; every other operation
  // answers Feishu's msg.

  @Test
  void theUploadAnswersASuccessWithMessage() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"content\";"
        + " filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7 tiny\r\n--"
        + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Answer a = http.call("POST", token, UPLOAD, "multipart/form-data; boundary=" + BOUNDARY,
        body.toByteArray());

    conform("createAttachment", a.json());
    assertEquals("success", a.json().path("message").asText(), a.json()::toString);
    assertFalse(a.json().has("msg"), a.json()::toString);
  }

  @Test
  void theUploadAnswersAnErrorWithMessage() {
    Answer a = http.json("POST", token, UPLOAD, "{}");

    assertEquals(SandboxHandler.CODE_PARAM, a.json().path("code").asInt(), a.json()::toString);
    assertTrue(a.json().path("message").asText().contains("multipart/form-data"), a.json()::toString);
    assertFalse(a.json().has("msg"), a.json()::toString);
  }

  @Test
  void anOperationWithoutTheOverrideAnswersMsg() {
    Answer a = http.get(token, INTERVIEWS, "start_time", "1", "page_size", "1");

    assertEquals("success", a.json().path("msg").asText(), a.json()::toString);
    assertFalse(a.json().has("message"), a.json()::toString);
  }
}
