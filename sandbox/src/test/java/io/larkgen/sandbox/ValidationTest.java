package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static io.larkgen.sandbox.Http.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Http.Answer;
import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.SpecModel.ParamDef;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per documented query rule: Feishu's 1002002 answer naming the parameter. */
class ValidationTest {

  private static final int BAD_PARAM = 1002002;
  private static FeishuSandbox sandbox;
  private static Http http;
  private static String token;
  private static String start;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(3L).interviews(200).rateLimits(false).start();
    http = new Http(sandbox);
    token = http.tenantToken();
    start = String.valueOf(sandbox.dataset().timeRange().minBeginTime());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void pageSizeAboveMaximumIsRefused() {
    Answer a = http.get(token, INTERVIEWS, "start_time", start, "page_size", "101");
    assertError(a, 400, BAD_PARAM, "page_size");
    assertTrue(a.msg().contains("101 is greater than the maximum 100"), a.msg());
    assertEquals("page_size", a.json().path("error").path("field_violations").path(0).path("field").asText());
  }

  @Test
  void pageSizeOfExactlyTheMaximumIsAccepted() {
    Answer a = http.get(token, INTERVIEWS, "start_time", start, "page_size", "100");
    assertEquals(0, a.code(), a.json()::toString);
    assertEquals(100, a.data().path("items").size());
  }

  @Test
  void pageSizeThatIsNotANumberIsRefused() {
    assertError(http.get(token, INTERVIEWS, "start_time", start, "page_size", "ten"),
        400, BAD_PARAM, "page_size");
  }

  @Test
  void recordsPageSizeAboveMaximumIsRefused() {
    assertError(http.get(token, RECORDS, "page_size", "500"), 400, BAD_PARAM, "page_size");
  }

  @Test
  void moreThan100IdsAreRefused() {
    List<String> q = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      q.add("ids");
      q.add(sandbox.dataset().recordIdAt(i));
    }
    Answer a = http.get(token, RECORDS, q.toArray(String[]::new));
    assertError(a, 400, BAD_PARAM, "ids");
    assertTrue(a.msg().contains("101 items"), a.msg());
  }

  @Test
  void exactly100IdsAreAccepted() {
    List<String> q = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      q.add("ids");
      q.add(sandbox.dataset().recordIdAt(i));
    }
    Answer a = http.get(token, RECORDS, q.toArray(String[]::new));
    assertEquals(0, a.code(), a.json()::toString);
    assertEquals(100, a.data().path("items").size());
  }

  @Test
  void startTimeOfZeroIsRefused() {
    assertError(http.get(token, INTERVIEWS, "start_time", "0"), 400, BAD_PARAM, "start_time");
  }

  @Test
  void negativeStartTimeIsRefused() {
    assertError(http.get(token, INTERVIEWS, "start_time", "-5"), 400, BAD_PARAM, "start_time");
  }

  @Test
  void startTimeThatIsNotANumberIsRefused() {
    assertError(http.get(token, INTERVIEWS, "start_time", "2025-03-01"), 400, BAD_PARAM, "start_time");
  }

  @Test
  void endTimeOfZeroIsRefused() {
    assertError(http.get(token, INTERVIEWS, "end_time", "0"), 400, BAD_PARAM, "end_time");
  }

  @Test
  void unknownUserIdTypeIsRefused() {
    Answer a = http.get(token, INTERVIEWS, "start_time", start, "user_id_type", "email");
    assertError(a, 400, BAD_PARAM, "user_id_type");
    assertTrue(a.msg().contains("[open_id, union_id, user_id]"), a.msg());
  }

  @Test
  void unknownUserIdTypeIsRefusedByRecordEndpoints() {
    assertError(http.get(token, RECORDS, "user_id_type", "people_admin_id"), 400, BAD_PARAM, "user_id_type");
    String id = sandbox.dataset().recordIdAt(0);
    assertError(http.get(token, RECORDS + "/" + id, "user_id_type", "x"), 400, BAD_PARAM, "user_id_type");
  }

  @Test
  void unknownJobLevelIdTypeIsRefused() {
    // The doc's own example value has a typo; Feishu's answer to it is a parameter error.
    assertError(http.get(token, INTERVIEWS, "start_time", start,
        "job_level_id_type", "people_admin_hob_level_id"), 400, BAD_PARAM, "job_level_id_type");
  }

  @Test
  void allOfApplicationInterviewStartAndEndEmptyIsRefused() {
    Answer a = http.get(token, INTERVIEWS, "page_size", "10");
    assertError(a, 400, BAD_PARAM, "application_id, interview_id, start_time, end_time");
    assertTrue(a.msg().contains("同时为空"), a.msg());
  }

  @Test
  void emptyFilterValuesCountAsEmpty() {
    assertError(http.get(token, INTERVIEWS, "application_id", "", "interview_id", ""),
        400, BAD_PARAM, "application_id");
  }

  @Test
  void anEmptyIdIsRefusedNotReadAsNoFilter() {
    assertError(http.get(token, RECORDS, "ids", ""), 400, BAD_PARAM,
        "ids: an empty value is not a valid item");
    assertError(http.get(token, RECORDS, "ids", sandbox.dataset().recordIdAt(0), "ids", ""), 400,
        BAD_PARAM, "ids: an empty value is not a valid item");
  }

  @Test
  void tamperedPageTokenIsRefused() {
    Answer first = http.get(token, INTERVIEWS, "start_time", start, "page_size", "5");
    String pageToken = first.data().path("page_token").asText();
    byte[] raw = Base64.getUrlDecoder().decode(pageToken);
    String json = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    String moved = json.replaceFirst("\"biz_time\":(\\d)", "\"biz_time\":9");
    String tampered = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(moved.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertError(http.get(token, INTERVIEWS, "start_time", start, "page_token", tampered),
        400, BAD_PARAM, "page_token");
    assertError(http.get(token, INTERVIEWS, "start_time", start, "page_token", "not-a-token"),
        400, BAD_PARAM, "page_token");
    assertError(http.get(token, RECORDS, "page_token", pageToken.substring(1)),
        400, BAD_PARAM, "page_token");
  }

  @Test
  void unknownInterviewRecordIdIsRefused() {
    Answer a = http.get(token, RECORDS + "/6949805467799537964");
    assertError(a, 400, BAD_PARAM, "interview_record_id");
  }

  @Test
  void unknownPathIsNotFound() {
    Answer a = http.get(token, "/open-apis/hire/v1/no_such_resources");
    assertEquals(404, a.status());
    assertTrue(a.logId() != null && !a.logId().isEmpty());
  }

  /** Driven by the spec: every parameter maximum is enforced, whatever the operation. */
  @Test
  void everyDocumentedMaximumIsEnforced() {
    int checked = 0;
    for (OperationDef op : SpecModel.load().operations()) {
      for (ParamDef p : op.parameters()) {
        if (!"query".equals(p.in()) || p.maximum() == null || !"GET".equals(op.httpMethod())) {
          continue;
        }
        // Query parameters are checked before path parameters: any id fills the path.
        String path = op.pathTemplate()
            .replace("{interview_record_id}", sandbox.dataset().recordIdAt(0))
            .replaceAll("\\{[^}]+}", "1");
        String caller = op.accepts(TokenService.Kind.TENANT.feishuType()) ? token : sandbox.issueUserAccessToken();
        List<String> q = new ArrayList<>(List.of(p.name(), String.valueOf(p.maximum() + 1)));
        for (ParamDef other : op.parameters()) {
          if ("query".equals(other.in()) && other.required() && other != p) {
            q.add(other.name());
            q.add(!other.enumValues().isEmpty() ? other.enumValues().get(0)
                : other.minimum() != null ? String.valueOf(other.minimum()) : "1");
          }
        }
        if (!op.requireAny().isEmpty()) {
          q.add(op.requireAny().get(0).parameters().get(0));
          q.add(sandbox.dataset().applicationId(0));
        }
        Answer a = http.get(caller, path, q.toArray(String[]::new));
        assertError(a, 400, BAD_PARAM, p.name());
        checked++;
      }
    }
    assertTrue(checked >= 2, "page_size of both list endpoints");
  }

  @Test
  void postToAHireEndpointIsNotFound() {
    HttpRequest post = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + INTERVIEWS))
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    Answer a = http.send(post);
    assertEquals(404, a.status());
    assertFalse(a.raw().length == 0);
  }

  @Test
  void pageSizeOutsideThe32BitRangeOfItsFormatIsRefusedNotAServerError() {
    Answer a = http.get(token, INTERVIEWS, "start_time", start, "page_size", "-99999999999");
    assertError(a, 400, BAD_PARAM, "page_size");
    assertTrue(a.msg().contains("int32"), a.msg());
    assertError(http.get(token, RECORDS, "page_size", "4294967296"), 400, BAD_PARAM, "page_size");
  }

  @Test
  void aPlusInAPathSegmentIsAPlusNotASpace() {
    Answer a = http.get(token, RECORDS + "/6949805467799537964+1");
    assertError(a, 400, BAD_PARAM, "interview_record_id");
    assertEquals("6949805467799537964+1",
        a.json().path("error").path("field_violations").path(0).path("value").asText());
  }
}
