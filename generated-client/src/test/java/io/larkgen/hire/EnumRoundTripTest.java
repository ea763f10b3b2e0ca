package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.codec.AssessmentScoreInfoCodec;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewMeetingRoomCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.codec.InterviewDimensionAssessmentCodec;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.json.JsonCodec;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every enum field decodes known and unknown values and re-encodes them to the same JSON,
 * through the generated codecs and through a plain ObjectMapper.
 */
class EnumRoundTripTest {

  static Stream<Arguments> enumFields() {
    return Stream.of(
        Arguments.of(InterviewRecordCodec.INSTANCE, "conclusion", "1", "999"),
        Arguments.of(InterviewRecordCodec.INSTANCE, "commit_status", "2", "77"),
        Arguments.of(InterviewCodec.INSTANCE, "interview_round_summary", "4", "1"),
        Arguments.of(InterviewCodec.INSTANCE, "interview_type", "3", "4"),
        Arguments.of(InterviewCodec.INSTANCE, "video_type", "100", "6"),
        Arguments.of(InterviewCodec.INSTANCE, "arrangement_status", "2", "0"),
        Arguments.of(InterviewCodec.INSTANCE, "arrangement_type", "2", "-3"),
        Arguments.of(InterviewCodec.INSTANCE, "arrangement_appointment_kind", "1", "42"),
        Arguments.of(InterviewMeetingRoomCodec.INSTANCE, "reserved_status", "3", "9"),
        Arguments.of(AssessmentScoreInfoCodec.INSTANCE, "calculate_type", "2", "3"),
        Arguments.of(InterviewDimensionAssessmentCodec.INSTANCE, "dimension_type", "12", "8"));
  }

  @ParameterizedTest(name = "{1}: known {2}, unknown {3}")
  @MethodSource("enumFields")
  void knownAndUnknownValuesRoundTrip(JsonCodec<?> codec, String field, String known, String unknown) {
    for (String value : new String[] {known, unknown}) {
      String json = "{\"" + field + "\":" + value + "}";
      assertEquals(json, roundTrip(codec, json));
    }
  }

  private static <T> String roundTrip(JsonCodec<T> codec, String json) {
    return Json.encode(codec, Json.decode(codec, json));
  }

  @Test
  void knownCodesAreTheConstantsAndUnknownCodesAreKept() {
    InterviewRecord known = Json.decode(InterviewRecordCodec.INSTANCE, "{\"conclusion\":1}");
    assertSame(Conclusion.PASS, known.conclusion());
    assertEquals("通过", known.conclusion().description());
    assertEquals("Pass", known.conclusion().descriptionEn());

    InterviewRecord unknown = Json.decode(InterviewRecordCodec.INSTANCE, "{\"conclusion\":999}");
    assertEquals(new Conclusion.Unknown(999), unknown.conclusion());
    assertEquals(Optional.empty(), unknown.conclusion().known());
    assertEquals(999, unknown.conclusion().code());
  }

  @Test
  void ofNeverThrowsAndKnownSwitchesExhaustively() {
    String label =
        switch (Conclusion.of(6).known().orElseThrow()) {
          case PASS, FAIL -> "decided";
          case NOT_STARTED, NOT_SUBMITTED, NO_SHOW, UNDECIDED -> "open";
        };
    assertEquals("open", label);
    assertTrue(Conclusion.of(Integer.MIN_VALUE) instanceof Conclusion.Unknown);
  }

  @Test
  void stringEnumsKeepUnknownValues() {
    assertSame(UserIdType.OPEN_ID, UserIdType.of("open_id"));
    UserIdType future = UserIdType.of("people_admin_id");
    assertEquals("people_admin_id", future.value());
    assertEquals(Optional.empty(), future.known());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("stringEnumValues")
  void stringEnumsRoundTripThroughJson(Class<?> type, String json) throws Exception {
    Object value = Json.MAPPER.readValue(json, type);
    assertEquals(json, Json.MAPPER.writeValueAsString(value));
  }

  static Stream<Arguments> stringEnumValues() {
    return Stream.of(
        Arguments.of(UserIdType.class, "\"open_id\""),
        Arguments.of(UserIdType.class, "\"people_admin_id\""),
        Arguments.of(io.larkgen.hire.model.JobLevelIdType.class, "\"job_level_id\""),
        Arguments.of(io.larkgen.hire.model.JobLevelIdType.class, "\"people_admin_hob_level_id\""));
  }

  @Test
  void objectMapperReadsAndWritesKnownAndUnknownCodes() throws Exception {
    Interview interview =
        Json.MAPPER.readValue("{\"interview_type\":2,\"video_type\":55}", Interview.class);
    assertSame(io.larkgen.hire.model.InterviewType.PHONE, interview.interviewType());
    assertEquals(55, interview.videoType().code());
    assertEquals("2", Json.MAPPER.writeValueAsString(interview.interviewType()));
    assertEquals("55", Json.MAPPER.writeValueAsString(interview.videoType()));
    assertEquals("\"user_id\"", Json.MAPPER.writeValueAsString(UserIdType.USER_ID));
    assertEquals(UserIdType.of("x"), Json.MAPPER.readValue("\"x\"", UserIdType.class));
  }

  @Test
  void unknownRefusesAKnownCodeSoEachValueHasOneRepresentation() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Conclusion.Unknown(1));
    assertEquals("1 is the code of PASS; use Conclusion.PASS", e.getMessage());
    IllegalArgumentException s =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> new io.larkgen.hire.model.UserIdType.Unknown("open_id"));
    assertEquals("open_id is the value of OPEN_ID; use UserIdType.OPEN_ID", s.getMessage());
  }
}
