package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations the sandbox has no code for, served from the conventions test specs alone:
 * generated answers that conform to their schemas, ids that hold across operations, paging
 * below {@code data} with a string page size, data typed by a named schema, an envelope with
 * its own field names, and several spec files at once beside {@code hire-v1.yaml}.
 */
class SpecDrivenTest {

  static final String V1 = "conventions-hire-v1.yaml";
  static final String V2 = "conventions-hire-v2.yaml";
  static final String JOBS = "/open-apis/hire_conventions/v1/jobs";

  private static FeishuSandbox sandbox;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(5L).interviews(100).rateLimits(false)
        .specs(SpecModel.DEFAULT_RESOURCE, V1, V2).start();
    http = new Http(sandbox);
    token = http.tenantToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static void conform(String resource, String operationId, JsonNode body) {
    assertEquals(0, body.path("code").asInt(), body::toString);
    SpecModel spec = SpecModel.load(resource);
    SchemaAssert.conforms(spec, spec.responseSchema(operationId), body, "$");
  }

  /** Every job of every page, following the page tokens. */
  static List<String> allJobIds(Http http, String token) {
    List<String> ids = new ArrayList<>();
    String pageToken = null;
    int pages = 0;
    do {
      Answer a = pageToken == null ? http.get(token, JOBS, "page_size", "20")
          : http.get(token, JOBS, "page_size", "20", "page_token", pageToken);
      conform(V1, "listJobs", a.json());
      a.data().path("items").forEach(item -> ids.add(item.path("id").asText()));
      pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
      assertTrue(++pages < 10, "paging ends");
    } while (pageToken != null);
    return ids;
  }

  @Test
  void everyListedJobIdIsAcceptedByGetDetail() {
    List<String> ids = allJobIds(http, token);
    assertEquals(50, ids.size(), "entitiesPerFamily defaults to 50");
    assertEquals(50, new HashSet<>(ids).size(), "ids are distinct");
    for (String id : ids) {
      Answer a = http.get(token, JOBS + "/" + id + "/get_detail");
      conform(V1, "getDetailJob", a.json());
      assertEquals(id, a.data().path("job_detail").path("job").path("id").asText());
    }
  }

  @Test
  void anIdTheDataSetNeverIssuedIsAnUnknownId() {
    String id = allJobIds(http, token).get(3);
    String altered = id.substring(0, id.length() - 1) + (id.endsWith("7") ? "8" : "7");
    Answer a = http.get(token, JOBS + "/" + altered + "/get_detail");
    assertError(a, 400, SandboxHandler.CODE_PARAM, "job_id: no job with id " + altered);
    JsonNode violation = a.json().path("error").path("field_violations").path(0);
    assertEquals("job_id", violation.path("field").asText());
    assertEquals(altered, violation.path("value").asText());
  }

  @Test
  void pathParametersKeepTheirPattern() {
    assertError(http.get(token, JOBS + "/abc/get_detail"), 400, SandboxHandler.CODE_PARAM,
        "job_id: 'abc' does not match ^[0-9]+$");
  }

  @Test
  void generatedValuesFollowTheirSchemas() {
    Set<String> statuses = new HashSet<>();
    for (JsonNode job : http.get(token, JOBS, "page_size", "20").data().path("items")) {
      statuses.add(job.path("status").asText());
      String zh = job.path("name").path("zh_cn").asText();
      String en = job.path("name").path("en_us").asText();
      assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN), "zh_cn is Chinese: " + zh);
      assertTrue(en.chars().allMatch(c -> c < 128) && !en.isEmpty(), "en_us is English: " + en);
      assertTrue(job.path("create_time").isTextual(), "epoch-millis string stays a string");
      assertTrue(job.path("update_time").isIntegralNumber(), "epoch-millis integer is a number");
      int headcount = job.path("headcount").asInt();
      assertTrue(headcount >= 1 && headcount <= 9, "within minimum and maximum: " + headcount);
    }
    assertEquals(Set.of("open", "closed"), statuses, "enum values drawn from their set");
  }

  @Test
  void answersAreDeterministicPerSeed() {
    String here = new String(http.get(token, JOBS, "page_size", "5").raw());
    try (FeishuSandbox same = FeishuSandbox.builder().seed(5L).interviews(100).specs(V1).start();
        FeishuSandbox other = FeishuSandbox.builder().seed(6L).interviews(100).specs(V1).start()) {
      Http sameHttp = new Http(same);
      Http otherHttp = new Http(other);
      assertEquals(here, new String(sameHttp.get(sameHttp.tenantToken(), JOBS, "page_size", "5").raw()));
      assertNotEquals(here,
          new String(otherHttp.get(otherHttp.tenantToken(), JOBS, "page_size", "5").raw()));
    }
  }

  @Test
  void itemsBelowDataPageWithAStringPageSize() {
    List<String> sentences = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String pageToken = null;
    do {
      Answer a = pageToken == null ? http.get(token, "/open-apis/hire_conventions/v1/minutes", "page_size", "20")
          : http.get(token, "/open-apis/hire_conventions/v1/minutes", "page_size", "20", "page_token", pageToken);
      conform(V1, "getMinute", a.json());
      JsonNode page = a.data().path("minutes").path("sentences");
      pageSizes.add(page.size());
      page.forEach(s -> sentences.add(s.toString()));
      pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
    } while (pageToken != null);
    assertEquals(List.of(20, 20, 10), pageSizes);
    assertEquals(50, new HashSet<>(sentences).size(), "no sentence twice");
    assertError(http.get(token, "/open-apis/hire_conventions/v1/minutes", "page_size", "101"), 400,
        SandboxHandler.CODE_PARAM, "page_size: 101 is greater than the maximum 100");
    assertError(http.get(token, "/open-apis/hire_conventions/v1/minutes", "page_size", "ten"), 400,
        SandboxHandler.CODE_PARAM, "page_size: 'ten' is not an integer");
  }

  @Test
  void aPathWithATrailingSlashIsRouted() {
    Answer a = http.get(token, "/open-apis/hire_conventions/v1/talent_pools/", "page_size", "100");
    conform(V1, "searchTalentPool", a.json());
    assertEquals(50, a.data().path("items").size());
    assertEquals(404, http.get(token, "/open-apis/hire_conventions/v1/talent_pools").status());
  }

  @Test
  void aPageTokenOfAnotherListIsRefused() {
    String jobsToken = http.get(token, JOBS, "page_size", "5").data().path("page_token").asText();
    assertError(http.get(token, "/open-apis/hire_conventions/v1/notes", "page_token", jobsToken), 400,
        SandboxHandler.CODE_PARAM, "page_token: invalid page token");
  }

  @Test
  void dataTypedByANamedSchemaIsThatSchema() {
    // The first offer of the family, as the data set numbers its generated entities.
    String offerId = new IdSpace(sandbox.dataset(), 50).idAt("offer", 0);
    Answer a = http.get(sandbox.issueUserAccessToken(), "/open-apis/hire_conventions/v1/offers/" + offerId);
    conform(V1, "getOffer", a.json());
    assertEquals(offerId, a.data().path("id").asText());
    assertTrue(a.data().path("salary").isNumber());
  }

  @Test
  void anEnvelopeWithItsOwnFieldNames() {
    String note = "/open-apis/hire_conventions/v1/notes";
    String talentId = http.get(token, note, "page_size", "1").data().path("items").path(0)
        .path("talent_id").asText();
    Answer a = http.get(token, "/open-apis/hire_conventions/v2/talents/" + talentId);
    conform(V2, "getTalent", a.json());
    assertEquals("success", a.json().path("message").asText());
    assertFalse(a.json().has("msg"));
    assertEquals(talentId, a.data().path("talent").path("id").asText(),
        "a talent id a note refers to is a talent");
    Answer unknown = http.get(token, "/open-apis/hire_conventions/v2/talents/42");
    assertEquals(SandboxHandler.CODE_PARAM, unknown.code());
    assertTrue(unknown.json().path("message").asText().contains("talent_id"), unknown.json()::toString);
  }

  @Test
  void theHandCraftedInterviewsStayBesideTheGeneratedFamilies() {
    Answer a = http.get(token, Http.INTERVIEWS, "start_time", "1", "page_size", "3");
    assertEquals(0, a.code(), a.json()::toString);
    assertEquals(sandbox.dataset().interviewJson(0, "open_id"),
        a.data().path("items").path(0).toString());
  }
}
