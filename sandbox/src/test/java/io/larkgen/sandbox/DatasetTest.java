package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeded data set: coverage of the spec's fields and enums, realism, ids and indexes. */
class DatasetTest {

  private static SandboxDataset data;
  private static List<JsonNode> interviews;
  private static List<JsonNode> records;

  @BeforeAll
  static void generate() {
    data = SandboxDataset.generate(42L, 5_000);
    interviews = new ArrayList<>();
    records = new ArrayList<>();
    for (int i = 0; i < data.interviewCount(); i++) {
      ObjectNode interview = data.interview(i, "open_id");
      interviews.add(interview);
      for (String id : data.recordIdsOf(i)) {
        records.add(data.interviewRecord(id, "open_id"));
      }
    }
  }

  @Test
  void everyDocumentedValueOfEveryEnumAppears() {
    Map<String, List<Integer>> enums = SpecModel.load()
        .integerEnumProperties("listInterviews", "listInterviewRecords");
    assertTrue(enums.keySet().containsAll(List.of("interview_round_summary", "interview_type",
        "video_type", "arrangement_status", "arrangement_type", "arrangement_appointment_kind",
        "reserved_status", "commit_status", "conclusion", "calculate_type", "dimension_type")),
        enums::toString);
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (JsonNode interview : interviews) {
      collect(interview, enums.keySet(), seen);
    }
    for (JsonNode record : records) {
      collect(record, enums.keySet(), seen);
    }
    for (Map.Entry<String, List<Integer>> e : enums.entrySet()) {
      assertEquals(new TreeSet<>(e.getValue()), new TreeSet<>(seen.getOrDefault(e.getKey(), Set.of())),
          "values of " + e.getKey());
    }
  }

  @Test
  void everyPropertyOfTheSpecsInterviewSchemasAppears() {
    String[][] paths = {
        {}, {"stage"}, {"creator"}, {"contact_user"}, {"talent_time_zone"}, {"interview_round_type"},
        {"address"}, {"address", "district"}, {"address", "country"}, {"meeting_room_list", "[]"},
        {"creator", "name"},
    };
    assertPropertiesAppear("listInterviews", paths, interviews);
  }

  @Test
  void everyPropertyOfTheSpecsInterviewRecordSchemasAppears() {
    String[][] paths = {
        {}, {"interview_score"}, {"assessment_score"}, {"question_list", "[]"},
        {"question_list", "[]", "ability_list", "[]"}, {"question_list", "[]", "title"},
        {"code_question_list", "[]"}, {"code_question_list", "[]", "ability_list", "[]"},
        {"image_list", "[]"}, {"interviewer"}, {"interviewer", "name"},
        {"dimension_assessment_list", "[]"},
        {"dimension_assessment_list", "[]", "dimension_score"},
        {"dimension_assessment_list", "[]", "dimension_score_list", "[]"},
        {"dimension_assessment_list", "[]", "ability_list", "[]"},
        {"dimension_assessment_list", "[]", "question_list", "[]"},
    };
    assertPropertiesAppear("listInterviewRecords", paths, records);
  }

  @Test
  void nestedRecordsCarryTheFieldsTheDocListsForThem() {
    Set<String> present = new HashSet<>();
    for (JsonNode interview : interviews) {
      keysAt(interview, List.of("interview_record_list", "[]"), 0, present);
    }
    assertEquals(new TreeSet<>(SandboxDataset.NESTED_RECORD_FIELDS), new TreeSet<>(present));
    assertTrue(SpecModel.load().responseProperties("listInterviews", "data", "items", "[]",
        "interview_record_list", "[]").containsAll(present));
  }

  private static void assertPropertiesAppear(String operation, String[][] paths, List<JsonNode> nodes) {
    SpecModel spec = SpecModel.load();
    for (String[] path : paths) {
      List<String> schemaPath = new ArrayList<>(List.of("data", "items", "[]"));
      schemaPath.addAll(List.of(path));
      List<String> expected = spec.responseProperties(operation, schemaPath.toArray(String[]::new));
      Set<String> present = new HashSet<>();
      for (JsonNode node : nodes) {
        keysAt(node, List.of(path), 0, present);
      }
      assertEquals(new TreeSet<>(expected), new TreeSet<>(present), "properties at " + List.of(path));
    }
  }

  @Test
  void eachDimensionCarriesTheValueFieldOfItsType() {
    int checked = 0;
    for (JsonNode record : records) {
      for (JsonNode d : record.path("dimension_assessment_list")) {
        int type = d.path("dimension_type").asInt();
        switch (type) {
          case 1, 6, 10, 11 -> assertTrue(d.path("dimension_score").has("id"), d::toString);
          case 2 -> assertTrue(d.path("dimension_score_list").size() > 0, d::toString);
          case 3, 4, 5, 12 -> assertFalse(d.path("content").asText().isEmpty(), d::toString);
          case 7 -> assertTrue(d.path("dimension_custom_score").isInt(), d::toString);
          default -> throw new AssertionError("undocumented dimension_type " + type);
        }
        assertEquals(type == 6 || type == 7, d.has("full_score"), d::toString);
        if (type == 6) {
          assertTrue(d.path("dimension_score").path("score_val").isInt());
        }
        checked++;
      }
    }
    assertTrue(checked > records.size() * 3);
  }

  @Test
  void recordsAndApplicationsHaveRealisticShapes() {
    Map<String, Integer> perApplication = new HashMap<>();
    for (int i = 0; i < data.interviewCount(); i++) {
      int n = data.recordIdsOf(i).size();
      assertTrue(n >= 1 && n <= 4, "1-4 records per interview");
      perApplication.merge(data.applicationId(i), 1, Integer::sum);
    }
    assertEquals(data.applicationCount(), perApplication.size());
    double mean = data.interviewCount() / (double) perApplication.size();
    assertTrue(mean > 2 && mean < 4, "several interviews per application: " + mean);
    assertTrue(perApplication.values().stream().allMatch(n -> n <= 5));
    for (JsonNode interview : interviews.subList(0, 200)) {
      int[] members = data.interviewsOfApplication(interview.path("application_id").asText());
      long round = interview.path("round").asLong();
      assertTrue(round < members.length, "round counts the application's interviews");
      assertTrue(interview.path("end_time").asLong() > interview.path("begin_time").asLong());
      assertTrue(interview.path("biz_create_time").asLong() < interview.path("begin_time").asLong());
    }
  }

  @Test
  void namesAreChineseAndEnglish() {
    Set<String> names = new HashSet<>();
    for (JsonNode record : records.subList(0, 500)) {
      JsonNode name = record.path("interviewer").path("name");
      String zh = name.path("zh_cn").asText();
      String en = name.path("en_us").asText();
      assertTrue(zh.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
      assertTrue(en.matches("[A-Z][a-z]+ [A-Z][a-z]+"), en);
      names.add(zh);
    }
    assertTrue(names.size() > 50, "a varied pool of people: " + names.size());
  }

  @Test
  void attachmentsHaveStringCreateTimes() {
    int images = 0;
    for (JsonNode record : records) {
      for (JsonNode image : record.path("image_list")) {
        assertTrue(image.path("create_time").isTextual());
        assertTrue(image.path("create_time").asText().matches("[0-9]{13}"));
        images++;
      }
    }
    assertTrue(images > 100);
  }

  @Test
  void idsMapBackToTheirIndex() {
    for (int i : new int[] {0, 1, 2_499, 4_999}) {
      assertEquals(i, data.indexOfInterview(data.interviewId(i)).getAsInt());
      for (String record : data.recordIdsOf(i)) {
        assertEquals(i, data.interviewIndexOfRecord(record).getAsInt());
      }
    }
    assertTrue(data.indexOfInterview("6949805467799537964").isEmpty());
    assertTrue(data.indexOfInterview("abc").isEmpty());
    assertTrue(data.recordOrdinal(data.interviewId(3)).isEmpty(), "an interview id is no record id");
    assertThrows(NoSuchElementException.class, () -> data.interviewRecord("1", "open_id"));
  }

  @Test
  void timeRangeSpansTheFirstAndLastInterview() {
    TimeRange range = data.timeRange();
    assertEquals(data.beginTime(0), range.minBeginTime());
    assertEquals(data.beginTime(data.interviewCount() - 1), range.maxBeginTime());
    assertEquals(data.interviewCount(), data.interviewIndices(
        InterviewFilter.timeRange(range.minBeginTime(), range.maxBeginTime())).count());
    assertEquals(0, data.interviewIndices(InterviewFilter.timeRange(1, range.minBeginTime() - 1)).count());
  }

  @Test
  void filtersAgreeWithABruteForceScan() {
    long t0 = data.beginTime(1_000);
    long t1 = data.beginTime(1_200);
    InterviewFilter filter = new InterviewFilter(data.applicationId(1_100), null, t0, t1);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < data.interviewCount(); i++) {
      if (filter.test(data.interviewId(i), data.applicationId(i), data.beginTime(i))) {
        expected.add(i);
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, data.interviewIndices(filter).boxed().toList());
  }

  @Test
  void sizeIsChecked() {
    assertThrows(IllegalArgumentException.class, () -> SandboxDataset.generate(1, 9));
    assertThrows(IllegalArgumentException.class, () -> SandboxDataset.generate(1, 1_000_001));
  }

  private static void collect(JsonNode node, Set<String> fields, Map<String, Set<Integer>> seen) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (fields.contains(e.getKey()) && e.getValue().isInt()) {
          seen.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue().asInt());
        }
        collect(e.getValue(), fields, seen);
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, fields, seen));
    }
  }

  private static void keysAt(JsonNode node, List<String> path, int step, Set<String> out) {
    if (step == path.size()) {
      node.properties().forEach(e -> out.add(e.getKey()));
      return;
    }
    if (path.get(step).equals("[]")) {
      node.forEach(child -> keysAt(child, path, step + 1, out));
    } else if (node.has(path.get(step))) {
      keysAt(node.get(path.get(step)), path, step + 1, out);
    }
  }
}
