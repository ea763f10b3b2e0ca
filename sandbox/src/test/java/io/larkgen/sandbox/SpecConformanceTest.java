package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
}
