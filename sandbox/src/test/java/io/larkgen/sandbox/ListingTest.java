package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging, filters, ids without paging, user_id_type and the single-record endpoint. */
class ListingTest {

  private static FeishuSandbox sandbox;
  private static SandboxDataset data;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(5L).interviews(1_000).rateLimits(false).start();
    data = sandbox.dataset();
    http = new Http(sandbox);
    token = http.tenantToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void pagingWalksEveryInterviewExactlyOnceInOrder() {
    TimeRange range = data.timeRange();
    List<String> ids = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    String pageToken = null;
    int pages = 0;
    do {
      List<String> q = new ArrayList<>(List.of("start_time", String.valueOf(range.minBeginTime()),
          "end_time", String.valueOf(range.maxBeginTime()), "page_size", "100"));
      if (pageToken != null) {
        q.add("page_token");
        q.add(pageToken);
      }
      Answer a = http.get(token, INTERVIEWS, q.toArray(String[]::new));
      assertEquals(0, a.code(), a.json()::toString);
      a.data().path("items").forEach(item -> ids.add(item.path("id").asText()));
      boolean more = a.data().path("has_more").asBoolean();
      pageToken = more ? a.data().path("page_token").asText() : null;
      if (more) {
        assertTrue(tokens.add(pageToken), "page tokens never repeat");
        assertFalse(pageToken.contains(ids.get(ids.size() - 1)), "tokens are opaque");
      } else {
        assertTrue(a.data().path("page_token").isMissingNode(), "no page_token on the last page");
      }
      pages++;
    } while (pageToken != null);
    assertEquals(10, pages);
    List<String> expected = data.interviewIndices(InterviewFilter.all())
        .mapToObj(data::interviewId).toList();
    assertEquals(expected, ids);
  }

  @Test
  void interviewsAreSortedByBeginTimeThenId() {
    Answer a = http.get(token, INTERVIEWS, "start_time", "1", "page_size", "100");
    long lastBegin = Long.MIN_VALUE;
    String lastId = "";
    for (JsonNode item : a.data().path("items")) {
      long begin = item.path("begin_time").asLong();
      String id = item.path("id").asText();
      assertTrue(begin > lastBegin || (begin == lastBegin && id.compareTo(lastId) > 0));
      lastBegin = begin;
      lastId = id;
    }
  }

  @Test
  void defaultPageSizeIsTheSpecDefault() {
    Answer a = http.get(token, INTERVIEWS, "start_time", "1");
    assertEquals(10, a.data().path("items").size());
    assertTrue(a.data().path("has_more").asBoolean());
  }

  @Test
  void recordPagingWalksEveryRecordOnceInIdOrder() {
    List<String> ids = new ArrayList<>();
    String pageToken = null;
    do {
      Answer a = pageToken == null
          ? http.get(token, RECORDS, "page_size", "100")
          : http.get(token, RECORDS, "page_size", "100", "page_token", pageToken);
      assertEquals(0, a.code(), a.json()::toString);
      a.data().path("items").forEach(item -> ids.add(item.path("id").asText()));
      pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
    } while (pageToken != null);
    assertEquals(data.recordCount(), ids.size());
    assertEquals(data.recordCount(), new HashSet<>(ids).size());
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids);
  }

  @Test
  void applicationFilterReturnsOnlyThatApplicationsInterviews() {
    String application = data.applicationId(123);
    Answer a = http.get(token, INTERVIEWS, "application_id", application, "page_size", "100");
    List<String> ids = new ArrayList<>();
    a.data().path("items").forEach(item -> {
      assertEquals(application, item.path("application_id").asText());
      ids.add(item.path("id").asText());
    });
    List<String> expected = java.util.Arrays.stream(data.interviewsOfApplication(application))
        .mapToObj(data::interviewId).toList();
    assertEquals(expected, ids);
    assertTrue(ids.contains(data.interviewId(123)));
  }

  @Test
  void unknownApplicationReturnsNothing() {
    Answer a = http.get(token, INTERVIEWS, "application_id", "6134134355464633");
    assertEquals(0, a.code());
    assertEquals(0, a.data().path("items").size());
    assertFalse(a.data().path("has_more").asBoolean());
  }

  @Test
  void interviewIdFilterReturnsThatInterview() {
    Answer a = http.get(token, INTERVIEWS, "interview_id", data.interviewId(777));
    assertEquals(1, a.data().path("items").size());
    assertEquals(data.interview(777), a.data().path("items").path(0));
  }

  @Test
  void timeFilterIsInclusiveOnBeginTime() {
    long t0 = data.beginTime(300);
    long t1 = data.beginTime(310);
    Answer a = http.get(token, INTERVIEWS, "start_time", String.valueOf(t0),
        "end_time", String.valueOf(t1), "page_size", "100");
    List<Long> begins = new ArrayList<>();
    a.data().path("items").forEach(item -> begins.add(item.path("begin_time").asLong()));
    assertTrue(begins.contains(t0) && begins.contains(t1), "both bounds included");
    assertTrue(begins.stream().allMatch(b -> b >= t0 && b <= t1));
    long expected = data.interviewIndices(InterviewFilter.timeRange(t0, t1)).count();
    assertEquals(expected, begins.size());
    Answer none = http.get(token, INTERVIEWS, "start_time", String.valueOf(t1 + 1),
        "end_time", String.valueOf(t1 + 1));
    assertEquals(data.interviewIndices(InterviewFilter.timeRange(t1 + 1, t1 + 1)).count(),
        none.data().path("items").size());
  }

  @Test
  void combinedFiltersIntersect() {
    String application = data.applicationId(400);
    long begin = data.beginTime(400);
    Answer a = http.get(token, INTERVIEWS, "application_id", application,
        "start_time", String.valueOf(begin), "end_time", String.valueOf(begin));
    Set<String> ids = new HashSet<>();
    a.data().path("items").forEach(item -> ids.add(item.path("id").asText()));
    assertTrue(ids.contains(data.interviewId(400)));
    a.data().path("items").forEach(item -> assertEquals(begin, item.path("begin_time").asLong()));
  }

  @Test
  void idsReturnThoseRecordsSortedWithoutPaging() {
    List<String> wanted = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      wanted.addAll(data.recordIdsOf(990 - i * 7));
    }
    List<String> query = new ArrayList<>();
    for (String id : wanted) {
      query.add("ids");
      query.add(id);
    }
    query.add("ids");
    query.add("6930815272790114324");
    query.add("page_size");
    query.add("5");
    Answer a = http.get(token, RECORDS, query.toArray(String[]::new));
    assertEquals(0, a.code(), a.json()::toString);
    List<String> got = new ArrayList<>();
    a.data().path("items").forEach(item -> got.add(item.path("id").asText()));
    List<String> sorted = new ArrayList<>(wanted);
    sorted.sort(null);
    assertEquals(sorted, got, "all found records, by id, page_size ignored, unknown ids skipped");
    assertFalse(a.data().path("has_more").asBoolean());
    assertTrue(a.data().path("page_token").isMissingNode());
  }

  @Test
  void userIdTypeChoosesWhichIdIsReturned() {
    String interview = data.interviewId(42);
    Set<String> prefixes = new HashSet<>();
    for (String type : SandboxDataset.USER_ID_TYPES) {
      Answer a = http.get(token, INTERVIEWS, "interview_id", interview, "user_id_type", type);
      JsonNode item = a.data().path("items").path(0);
      assertEquals(data.interview(42, type), item);
      String creator = item.path("creator").path("id").asText();
      String contact = item.path("contact_user").path("id").asText();
      String interviewer = item.path("interview_record_list").path(0).path("interviewer").path("id").asText();
      String userId = item.path("interview_record_list").path(0).path("user_id").asText();
      assertEquals(interviewer, userId);
      switch (type) {
        case "open_id" -> assertTrue(creator.startsWith("ou_") && contact.startsWith("ou_"));
        case "union_id" -> assertTrue(creator.startsWith("on_") && interviewer.startsWith("on_"));
        default -> assertEquals(8, creator.length());
      }
      prefixes.add(creator);
    }
    assertEquals(3, prefixes.size());
    String record = data.recordIdsOf(42).get(0);
    Answer byUserId = http.get(token, RECORDS, "ids", record, "user_id_type", "user_id");
    assertEquals(data.interviewRecord(record, "user_id"), byUserId.data().path("items").path(0));
  }

  @Test
  void defaultUserIdTypeIsOpenId() {
    Answer a = http.get(token, INTERVIEWS, "interview_id", data.interviewId(1));
    assertEquals(data.interview(1, "open_id"), a.data().path("items").path(0));
  }

  @Test
  void getInterviewRecordReturnsIt() {
    String id = data.recordIdsOf(500).get(0);
    Answer a = http.get(token, RECORDS + "/" + id, "user_id_type", "union_id");
    assertEquals(0, a.code(), a.json()::toString);
    assertEquals(data.interviewRecord(id, "union_id"), a.data().path("interview_record"));
  }

  @Test
  void servedInterviewsEqualTheDatasetsJson() {
    Answer a = http.get(token, INTERVIEWS, "start_time", "1", "page_size", "20");
    String body = new String(a.raw(), java.nio.charset.StandardCharsets.UTF_8);
    String items = data.interviewIndices(InterviewFilter.all()).limit(20)
        .mapToObj(i -> data.interviewJson(i, "open_id")).collect(Collectors.joining(","));
    assertTrue(body.contains("\"items\":[" + items + "]"), "byte-identical items");
  }

  @Test
  void nestedRecordsAreTheRecordsOfTheInterview() {
    JsonNode interview = data.interview(600);
    List<String> nested = new ArrayList<>();
    interview.path("interview_record_list").forEach(r -> nested.add(r.path("id").asText()));
    assertEquals(data.recordIdsOf(600), nested);
    for (JsonNode r : interview.path("interview_record_list")) {
      assertEquals(data.interviewRecord(r.path("id").asText(), "open_id")
          .retain(SandboxDataset.NESTED_RECORD_FIELDS), r);
    }
    assertNotEquals(0, nested.size());
  }
}
