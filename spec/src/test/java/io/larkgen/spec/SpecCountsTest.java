package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.spec.SpecWalker.OperationRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the content of the spec against the Feishu docs: object types and their fields, enum
 * values, parameters, rules, limits and error codes. Removing a field, a value or a rule fails
 * here.
 */
class SpecCountsTest {

  /** The 14 object types of the responses, with their JSON fields in doc order. */
  private static final Map<String, List<String>> OBJECT_TYPES = new LinkedHashMap<>();
  /** The envelope and data schemas, counted apart from the object types. */
  private static final Map<String, List<String>> WRAPPER_TYPES = new LinkedHashMap<>();
  /** Enum schemas with their wire values. */
  private static final Map<String, List<String>> ENUMS = new LinkedHashMap<>();

  static {
    OBJECT_TYPES.put("Interview", List.of(
        "id", "begin_time", "end_time", "round", "interview_record_list", "feedback_submit_time",
        "stage_id", "application_id", "stage", "creator", "biz_create_time", "biz_modify_time",
        "interview_round_summary", "interview_arrangement_id", "interview_type", "talent_time_zone",
        "contact_user", "contact_mobile", "remark", "address", "video_type", "arrangement_status",
        "arrangement_type", "arrangement_appointment_kind", "meeting_room_list", "interview_round_type"));
    OBJECT_TYPES.put("InterviewRecord", List.of(
        "id", "user_id", "content", "min_job_level_id", "max_job_level_id", "commit_status",
        "feedback_submit_time", "conclusion", "interview_score", "assessment_score", "question_list",
        "code_question_list", "interviewer", "image_list", "dimension_assessment_list"));
    OBJECT_TYPES.put("InterviewAddress", List.of("id", "name", "district", "city", "state", "country"));
    OBJECT_TYPES.put("InterviewMeetingRoom", List.of(
        "room_id", "room_name", "building_name", "reserved_status", "floor_name"));
    OBJECT_TYPES.put("InterviewScore", List.of(
        "id", "level", "zh_name", "zh_description", "en_name", "en_description"));
    OBJECT_TYPES.put("AssessmentScoreInfo", List.of("calculate_type", "score", "full_score"));
    OBJECT_TYPES.put("InterviewQuestion", List.of("id", "title", "description", "content", "ability_list"));
    OBJECT_TYPES.put("Ability", List.of("id", "name", "description"));
    OBJECT_TYPES.put("InterviewDimensionAssessment", List.of(
        "id", "name", "full_score", "content", "dimension_id", "dimension_score", "dimension_score_list",
        "dimension_custom_score", "ability_list", "question_list", "dimension_type"));
    OBJECT_TYPES.put("InterviewDimensionScore", List.of("id", "name", "score_val"));
    OBJECT_TYPES.put("Attachment", List.of("id", "url", "name", "mime", "create_time"));
    OBJECT_TYPES.put("I18n", List.of("zh_cn", "en_us"));
    OBJECT_TYPES.put("IdNameObject", List.of("id", "name"));
    OBJECT_TYPES.put("CodeNameObject", List.of("code", "name"));

    WRAPPER_TYPES.put("ListInterviewsEnvelope", List.of("code", "msg", "data"));
    WRAPPER_TYPES.put("ListInterviewsResponse", List.of("items", "has_more", "page_token"));
    WRAPPER_TYPES.put("ListInterviewRecordsEnvelope", List.of("code", "msg", "data"));
    WRAPPER_TYPES.put("ListInterviewRecordsResponse", List.of("items", "page_token", "has_more"));
    WRAPPER_TYPES.put("GetInterviewRecordEnvelope", List.of("code", "msg", "data"));
    WRAPPER_TYPES.put("GetInterviewRecordResponse", List.of("interview_record"));
    WRAPPER_TYPES.put("ErrorEnvelope", List.of("code", "msg"));

    ENUMS.put("UserIdType", List.of("open_id", "union_id", "user_id"));
    ENUMS.put("JobLevelIdType", List.of("people_admin_job_level_id", "job_level_id"));
    ENUMS.put("Conclusion", List.of("1", "2", "3", "4", "5", "6"));
    ENUMS.put("CommitStatus", List.of("1", "2"));
    ENUMS.put("DimensionType", List.of("1", "2", "3", "4", "5", "6", "7", "10", "11", "12"));
    ENUMS.put("CalculateType", List.of("1", "2"));
    ENUMS.put("InterviewRoundSummary", List.of(
        "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18"));
    ENUMS.put("InterviewType", List.of("1", "2", "3"));
    ENUMS.put("VideoType", List.of("1", "2", "3", "4", "5", "8", "9", "100"));
    ENUMS.put("ArrangementStatus", List.of("1", "2", "3"));
    ENUMS.put("ArrangementType", List.of("1", "2"));
    ENUMS.put("ArrangementAppointmentKind", List.of("1", "2"));
    ENUMS.put("ReservedStatus", List.of("1", "2", "3"));
  }

  private static JsonNode root;
  private static JsonNode schemas;

  @BeforeAll
  static void load() {
    root = SpecFile.tree();
    schemas = root.path("components").path("schemas");
  }

  private static List<String> properties(String schema) {
    return SpecFile.fieldNames(schemas.path(schema).path("properties"));
  }

  private static OperationRef operation(String operationId) {
    return SpecWalker.operations(root).stream()
        .filter(op -> op.operationId().equals(operationId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no operation " + operationId));
  }

  private static List<String> parameterNames(OperationRef op) {
    List<String> names = new ArrayList<>();
    op.node().path("parameters").forEach(param -> names.add(param.path("name").asText()));
    return names;
  }

  @Test
  void schemaInventory() {
    List<String> objects = new ArrayList<>();
    List<String> enums = new ArrayList<>();
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(schemas)) {
      if (schema.getValue().has("enum")) {
        enums.add(schema.getKey());
      } else if (!WRAPPER_TYPES.containsKey(schema.getKey())) {
        objects.add(schema.getKey());
      }
    }
    assertEquals(14, objects.size(), "object types: " + objects);
    assertEquals(OBJECT_TYPES.keySet().stream().sorted().collect(Collectors.toList()),
        objects.stream().sorted().collect(Collectors.toList()));
    assertEquals(13, enums.size(), "enum schemas: " + enums);
    assertEquals(ENUMS.keySet().stream().sorted().collect(Collectors.toList()),
        enums.stream().sorted().collect(Collectors.toList()));
    assertEquals(7, WRAPPER_TYPES.size());
    assertEquals(14 + 13 + 7, SpecFile.fieldNames(schemas).size(), "all schemas");
  }

  @Test
  void interviewHas26FieldsAndInterviewRecord15() {
    assertEquals(26, properties("Interview").size());
    assertEquals(15, properties("InterviewRecord").size());
  }

  @Test
  void fieldsOfEveryObjectType() {
    Map<String, Integer> expectedCounts = new LinkedHashMap<>();
    Map<String, Integer> actualCounts = new LinkedHashMap<>();
    OBJECT_TYPES.forEach((name, fields) -> {
      expectedCounts.put(name, fields.size());
      actualCounts.put(name, properties(name).size());
    });
    WRAPPER_TYPES.forEach((name, fields) -> {
      expectedCounts.put(name, fields.size());
      actualCounts.put(name, properties(name).size());
    });
    assertEquals(expectedCounts, actualCounts, "field counts");
    OBJECT_TYPES.forEach((name, fields) -> assertEquals(fields, properties(name), name));
    WRAPPER_TYPES.forEach((name, fields) -> assertEquals(fields, properties(name), name));
  }

  @Test
  void requiredFieldsFollowTheDocs() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("AssessmentScoreInfo", List.of("calculate_type", "score"));
    expected.put("InterviewQuestion", List.of("id"));
    expected.put("Ability", List.of("id"));
    expected.put("Attachment", List.of("id", "url"));
    expected.put("ListInterviewsEnvelope", List.of("code", "msg"));
    expected.put("ListInterviewRecordsEnvelope", List.of("code", "msg"));
    expected.put("GetInterviewRecordEnvelope", List.of("code", "msg"));
    expected.put("ErrorEnvelope", List.of("code", "msg"));
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(schemas)) {
      if (schema.getValue().has("required")) {
        actual.put(schema.getKey(), SpecFile.texts(schema.getValue().path("required")));
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void enumValues() {
    Map<String, Integer> expectedCounts = new LinkedHashMap<>();
    Map<String, Integer> actualCounts = new LinkedHashMap<>();
    ENUMS.forEach((name, values) -> {
      expectedCounts.put(name, values.size());
      actualCounts.put(name, schemas.path(name).path("enum").size());
    });
    assertEquals(expectedCounts, actualCounts, "enum value counts");
    ENUMS.forEach((name, values) -> assertEquals(values, SpecFile.texts(schemas.path(name).path("enum")), name));
    assertEquals("open_id", schemas.path("UserIdType").path("default").asText());
    assertEquals("people_admin_job_level_id", schemas.path("JobLevelIdType").path("default").asText());
  }

  @Test
  void codedFieldsReferenceTheirEnums() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Interview/interview_round_summary", "InterviewRoundSummary");
    expected.put("Interview/interview_type", "InterviewType");
    expected.put("Interview/video_type", "VideoType");
    expected.put("Interview/arrangement_status", "ArrangementStatus");
    expected.put("Interview/arrangement_type", "ArrangementType");
    expected.put("Interview/arrangement_appointment_kind", "ArrangementAppointmentKind");
    expected.put("InterviewRecord/commit_status", "CommitStatus");
    expected.put("InterviewRecord/conclusion", "Conclusion");
    expected.put("InterviewMeetingRoom/reserved_status", "ReservedStatus");
    expected.put("AssessmentScoreInfo/calculate_type", "CalculateType");
    expected.put("InterviewDimensionAssessment/dimension_type", "DimensionType");
    Map<String, String> actual = new LinkedHashMap<>();
    for (String type : OBJECT_TYPES.keySet()) {
      for (Map.Entry<String, JsonNode> property : SpecFile.fields(schemas.path(type).path("properties"))) {
        String ref = property.getValue().path("$ref").asText();
        String target = ref.substring(ref.lastIndexOf('/') + 1);
        if (ENUMS.containsKey(target)) {
          actual.put(type + "/" + property.getKey(), target);
        }
      }
    }
    assertEquals(expected, actual);
  }

  @Test
  void typesOfTimestampsAndWideIntegers() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String field : List.of("begin_time", "end_time", "feedback_submit_time", "biz_create_time",
        "biz_modify_time")) {
      expected.put("Interview/" + field, "integer/epoch-millis");
    }
    expected.put("InterviewRecord/feedback_submit_time", "integer/epoch-millis");
    expected.put("Attachment/create_time", "string/epoch-millis");
    expected.put("AssessmentScoreInfo/full_score", "integer/int64");
    expected.put("AssessmentScoreInfo/score", "number/double");
    Map<String, String> actual = new LinkedHashMap<>();
    expected.keySet().forEach(key -> {
      JsonNode property = schemas.path(key.substring(0, key.indexOf('/'))).path("properties")
          .path(key.substring(key.indexOf('/') + 1));
      actual.put(key, property.path("type").asText() + "/" + property.path("format").asText());
    });
    assertEquals(expected, actual);
  }

  @Test
  void operations() {
    List<String> ids = SpecWalker.operations(root).stream()
        .map(op -> op.method().toUpperCase() + " " + op.path() + " " + op.operationId()
            + " " + op.node().path("tags").path(0).asText() + "." + op.node().path("x-lark-method").asText())
        .collect(Collectors.toList());
    assertEquals(List.of(
        "GET /open-apis/hire/v1/interviews listInterviews interviews.list",
        "GET /open-apis/hire/v1/interview_records listInterviewRecords interview_records.list",
        "GET /open-apis/hire/v1/interview_records/{interview_record_id} getInterviewRecord"
            + " interview_records.get"), ids);
  }

  @Test
  void parametersOfEveryOperation() {
    OperationRef interviews = operation("listInterviews");
    assertEquals(List.of("page_size", "page_token", "application_id", "interview_id", "start_time",
        "end_time", "job_level_id_type", "user_id_type"), parameterNames(interviews));
    OperationRef records = operation("listInterviewRecords");
    assertEquals(List.of("page_size", "page_token", "ids", "user_id_type"), parameterNames(records));
    OperationRef record = operation("getInterviewRecord");
    assertEquals(List.of("interview_record_id", "user_id_type"), parameterNames(record));
    JsonNode recordId = record.node().path("parameters").path(0);
    assertEquals("path/true/string", recordId.path("in").asText() + "/" + recordId.path("required").asBoolean()
        + "/" + recordId.path("schema").path("type").asText());
    assertEquals("#/components/schemas/UserIdType",
        record.node().path("parameters").path(1).path("schema").path("$ref").asText());
    assertEquals("#/components/schemas/InterviewRecord",
        schemas.path("GetInterviewRecordResponse").path("properties").path("interview_record").path("$ref").asText());

    for (OperationRef op : List.of(interviews, records)) {
      JsonNode pageSize = op.node().path("parameters").path(0).path("schema");
      assertEquals(10, pageSize.path("default").asInt(), op.operationId() + " page_size default");
      assertEquals(100, pageSize.path("maximum").asInt(), op.operationId() + " page_size maximum");
    }
    JsonNode ids = records.node().path("parameters").path(2);
    assertEquals("array/string/100/form/true", ids.path("schema").path("type").asText() + "/"
        + ids.path("schema").path("items").path("type").asText() + "/"
        + ids.path("schema").path("maxItems").asInt() + "/" + ids.path("style").asText() + "/"
        + ids.path("explode").asBoolean());
    assertEquals("#/components/schemas/JobLevelIdType",
        interviews.node().path("parameters").path(6).path("schema").path("$ref").asText());
    assertEquals("#/components/schemas/UserIdType",
        interviews.node().path("parameters").path(7).path("schema").path("$ref").asText());
    assertEquals("#/components/schemas/UserIdType",
        records.node().path("parameters").path(3).path("schema").path("$ref").asText());
  }

  @Test
  void requireAnyRule() {
    JsonNode rules = operation("listInterviews").node().path("x-lark-require-any");
    assertEquals(1, rules.size());
    assertEquals(List.of("application_id", "interview_id", "start_time", "end_time"),
        SpecFile.texts(rules.path(0).path("parameters")));
    assertEquals(true, operation("listInterviewRecords").node().path("x-lark-require-any").isMissingNode());
    assertEquals(true, operation("getInterviewRecord").node().path("x-lark-require-any").isMissingNode());
  }

  @Test
  void limitsScopesAndAppTypes() {
    assertEquals(50, operation("listInterviews").node().path("x-lark-rate-limit")
        .path("requests-per-second").asInt());
    assertEquals(10, operation("listInterviewRecords").node().path("x-lark-rate-limit")
        .path("requests-per-second").asInt());
    assertEquals(20, operation("getInterviewRecord").node().path("x-lark-rate-limit")
        .path("requests-per-second").asInt());
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode scopes = op.node().path("x-lark-scopes");
      assertEquals(List.of("hire:interview:readonly", "hire:interview"), SpecFile.texts(scopes.path("any-of")));
      assertEquals("contact:user.employee_id:readonly=user_id_type=user_id",
          scopes.path("field-scopes").path(0).path("scope").asText() + "="
              + scopes.path("field-scopes").path(0).path("when").asText());
      assertEquals(List.of("custom", "isv"), SpecFile.texts(op.node().path("x-lark-app-types")));
      assertEquals(op.operationId().startsWith("list"), op.node().has("x-lark-pagination"),
          op.operationId() + ": list operations are pageable, get is not");
    }
    assertEquals(List.of("custom", "isv"), SpecFile.texts(root.path("x-lark-app-types")));
  }

  @Test
  void errorCodes() {
    List<String> common = new ArrayList<>();
    root.path("x-lark-common-error-codes").forEach(code ->
        common.add(code.path("code").asText() + ":" + code.path("retry").asText()));
    assertEquals(List.of(
        "99991400:backoff", "99991401:never", "99991403:never", "99991661:never", "99991662:never",
        "99991663:refresh-token", "99991664:refresh-token", "99991665:refresh-token",
        "99991671:refresh-token", "99991672:never", "99991673:never", "99992402:never"), common);
    for (OperationRef op : SpecWalker.operations(root)) {
      List<String> codes = new ArrayList<>();
      op.node().path("x-lark-error-codes").forEach(code -> codes.add(code.path("code").asText() + ":"
          + code.path("http-status").asText() + ":" + code.path("msg").asText()));
      assertEquals(List.of("1002001:500:系统错误", "1002002:400:参数错误"), codes, op.operationId());
    }
  }
}
