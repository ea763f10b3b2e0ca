package io.larkgen.benchmarks.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.lark.oapi.service.hire.v1.model.InterviewExtend;
import com.lark.oapi.service.hire.v1.model.ListInterviewRecordResp;
import com.lark.oapi.service.hire.v1.model.ListInterviewResp;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.Page;
import io.larkgen.sandbox.FeishuSandbox;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every decode peer reads the same captured pages to the same values. */
class DecodersTest {
  private static FeishuSandbox sandbox;
  private static Payloads payloads;

  @BeforeAll
  static void capture() {
    sandbox = FeishuSandbox.builder().seed(42L).interviews(300).rateLimits(false).start();
    payloads = Payloads.capture(URI.create(sandbox.baseUrl()), sandbox.appId(),
        sandbox.appSecret());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void capturedPagesHoldOneHundredItemsEach() throws IOException {
    assertEquals(100, Decoders.jacksonTree(payloads.interviews()).path("data").path("items")
        .size());
    assertEquals(100, Decoders.jacksonTree(payloads.interviewRecords()).path("data")
        .path("items").size());
  }

  @Test
  void interviewsAgreeAcrossPeers() throws IOException {
    byte[] body = payloads.interviews();
    Decoders.Envelope<Page<Interview>> larkgen = Decoders.larkgenInterviews(body);
    ListInterviewResp official = Decoders.officialInterviews(Decoders.rawResponse(body));
    JsonNode tree = Decoders.jacksonTree(body);
    Map<String, Object> map = Decoders.jacksonMap(body);

    List<String> expected = new ArrayList<>();
    for (JsonNode i : tree.path("data").path("items")) {
      expected.add(String.join("|", i.path("id").asText(), i.path("begin_time").asText(),
          i.path("interview_type").asText(), i.path("stage").path("name").path("zh_cn").asText(),
          Integer.toString(i.path("interview_record_list").size())));
    }
    List<String> fromLarkgen = new ArrayList<>();
    for (Interview i : larkgen.data().items()) {
      fromLarkgen.add(String.join("|", i.id(), String.valueOf(i.beginTime()),
          String.valueOf(i.interviewType().code()), i.stage().name().zhCn(),
          Integer.toString(i.interviewRecordList().size())));
    }
    List<String> fromOfficial = new ArrayList<>();
    for (InterviewExtend i : official.getData().getItems()) {
      fromOfficial.add(String.join("|", i.getId(), String.valueOf(i.getBeginTime()),
          String.valueOf(i.getInterviewType()), i.getStage().getName().getZhCn(),
          Integer.toString(i.getInterviewRecordList().length)));
    }
    List<String> fromMap = new ArrayList<>();
    for (Object o : (List<?>) ((Map<?, ?>) map.get("data")).get("items")) {
      Map<?, ?> i = (Map<?, ?>) o;
      Map<?, ?> stageName = (Map<?, ?>) ((Map<?, ?>) i.get("stage")).get("name");
      fromMap.add(String.join("|", (String) i.get("id"), String.valueOf(i.get("begin_time")),
          String.valueOf(i.get("interview_type")), (String) stageName.get("zh_cn"),
          Integer.toString(((List<?>) i.get("interview_record_list")).size())));
    }

    assertEquals(100, expected.size());
    assertEquals(expected, fromLarkgen);
    assertEquals(expected, fromOfficial);
    assertEquals(expected, fromMap);
    assertEquals(0, larkgen.code());
    assertEquals(0, official.getCode());
  }

  @Test
  void interviewRecordsAgreeAcrossPeers() throws IOException {
    byte[] body = payloads.interviewRecords();
    Decoders.Envelope<Page<InterviewRecord>> larkgen = Decoders.larkgenRecords(body);
    ListInterviewRecordResp official = Decoders.officialRecords(Decoders.rawResponse(body));
    JsonNode tree = Decoders.jacksonTree(body);

    List<String> expected = new ArrayList<>();
    for (JsonNode r : tree.path("data").path("items")) {
      expected.add(r.path("id").asText() + "|" + r.path("conclusion").asText() + "|"
          + r.path("assessment_score").path("score").asText() + "|"
          + r.path("dimension_assessment_list").size());
    }
    List<String> fromLarkgen = new ArrayList<>();
    for (InterviewRecord r : larkgen.data().items()) {
      fromLarkgen.add(r.id() + "|" + r.conclusion().code() + "|" + r.assessmentScore().score()
          + "|" + r.dimensionAssessmentList().size());
    }
    List<String> fromOfficial = new ArrayList<>();
    for (com.lark.oapi.service.hire.v1.model.InterviewRecord r : official.getData().getItems()) {
      fromOfficial.add(r.getId() + "|" + r.getConclusion() + "|"
          + r.getAssessmentScore().getScore() + "|" + r.getDimensionAssessmentList().length);
    }

    assertEquals(100, expected.size());
    assertEquals(expected, fromLarkgen);
    assertEquals(expected, fromOfficial);
  }

  @Test
  void floorCountsEveryToken() throws IOException {
    for (byte[] body : List.of(payloads.interviews(), payloads.interviewRecords())) {
      assertEquals(tokens(Decoders.jacksonTree(body)), Decoders.floor(body));
    }
  }

  @Test
  void floorWithStringsBuildsEveryTextValue() throws IOException {
    for (byte[] body : List.of(payloads.interviews(), payloads.interviewRecords())) {
      int length = textLength(Decoders.jacksonTree(body));
      assertTrue(length > 10_000, "the pages hold text: " + length);
      assertEquals(length, Decoders.floorStrings(body));
    }
  }

  /** Total length of the text values under {@code node}, names excluded. */
  private static int textLength(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue().length();
    }
    int n = 0;
    for (JsonNode child : node) {
      n += textLength(child);
    }
    return n;
  }

  /** Tokens a streaming parser yields for {@code node}. */
  private static int tokens(JsonNode node) {
    if (node.isObject()) {
      int n = 2;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        n += 1 + tokens(field.getValue());
      }
      return n;
    }
    if (node.isArray()) {
      int n = 2;
      for (JsonNode element : node) {
        n += tokens(element);
      }
      return n;
    }
    return 1;
  }
}
