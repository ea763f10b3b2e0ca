package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewType;
import io.larkgen.hire.model.VideoType;
import io.larkgen.runtime.Page;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the generated codecs do with JSON that is legal but unusual: nulls, values of the wrong
 * type, numbers beyond a field's range, repeated keys, unknown nested values and escapes.
 * Values are never coerced into another type; a wrong type fails and names the field.
 */
class CodecEdgeCaseTest {
  private static String failure(String json) {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Json.decode(Json.INTERVIEWS_PAGE, json));
    return e.getCause().getMessage().lines().findFirst().orElse("");
  }

  @Test
  void nullListsObjectsAndEnumsReadAsAbsent() {
    Interview interview =
        Json.decode(
            InterviewCodec.INSTANCE,
            "{\"id\":\"1\",\"interview_record_list\":null,\"stage\":null,\"video_type\":null,"
                + "\"round\":null,\"meeting_room_list\":[null]}");
    assertEquals(List.of(), interview.interviewRecordList());
    assertEquals(List.of(), interview.meetingRoomList());
    assertNull(interview.stage());
    assertNull(interview.videoType());
    assertNull(interview.round());
    assertEquals("{\"id\":\"1\"}", Json.encode(InterviewCodec.INSTANCE, interview));
  }

  @Test
  void anInt64BeyondAnInt32FieldFailsNamingTheField() {
    assertEquals(
        "expected a 32-bit integer at /items/1/round but found 1618899376474, which is out of range",
        failure("{\"items\":[{\"round\":1},{\"round\":1618899376474}]}"));
  }

  @Test
  void aFractionInAnIntegerFieldFails() {
    assertEquals(
        "expected an integer at /items/0/round but found the number 1.0",
        failure("{\"items\":[{\"round\":1.0}]}"));
  }

  @Test
  void aFractionInAnEnumFieldFailsInsteadOfBeingTruncated() {
    assertEquals(
        "expected an integer at /items/0/interview_type but found the number 1.5",
        failure("{\"items\":[{\"interview_type\":1.5}]}"));
  }

  @Test
  void anObjectInAnEnumFieldFails() {
    assertEquals(
        "expected an integer at /items/0/video_type but found an object",
        failure("{\"items\":[{\"video_type\":{\"code\":1}}]}"));
  }

  @Test
  void aStringHoldingANumberIsNotTakenAsANumber() {
    assertEquals(
        "expected an integer at /items/0/begin_time but found the string \"1618899376474\"",
        failure("{\"items\":[{\"begin_time\":\"1618899376474\"}]}"));
  }

  @Test
  void anObjectWhereAListIsExpectedFails() {
    assertEquals(
        "expected an array at /items/0/interview_record_list but found an object",
        failure("{\"items\":[{\"interview_record_list\":{}}]}"));
  }

  @Test
  void aNumberWhereAStringIsExpectedIsTakenAsItsText() {
    Interview interview = Json.decode(InterviewCodec.INSTANCE, "{\"id\":6949805467799537964,\"remark\":true}");
    assertEquals("6949805467799537964", interview.id());
    assertEquals("true", interview.remark());
  }

  @Test
  void theLastOfRepeatedKeysWins() {
    Interview interview =
        Json.decode(InterviewCodec.INSTANCE, "{\"id\":\"a\",\"round\":1,\"id\":\"b\",\"x\":1,\"x\":[2]}");
    assertEquals("b", interview.id());
    assertEquals(1, interview.round());
    assertEquals(Map.of("x", List.of(2L)), interview.extraProperties());
  }

  @Test
  void unknownNestedValuesAreKeptAndWrittenBackByteForByte() {
    String json =
        "{\"id\":\"1\",\"future\":{\"a\":[1,-0.000000100,{\"b\":null,\"c\":[[],{}]}],"
            + "\"big\":123456789012345678901234567890,\"money\":1234.50,\"d\":0.25,"
            + "\"text\":\"面试 \\\"引号\\\" \\\\ \\n 😀 \\u0001\"},\"tail\":false}";
    Interview interview = Json.decode(InterviewCodec.INSTANCE, json);
    Map<?, ?> future = (Map<?, ?>) interview.extraProperties().get("future");
    assertEquals(new BigInteger("123456789012345678901234567890"), future.get("big"));
    assertEquals(new BigDecimal("1234.50"), future.get("money"));
    assertEquals(0.25, future.get("d"));
    assertEquals("面试 \"引号\" \\ \n 😀 \u0001", future.get("text"));
    assertEquals(json, Json.encode(InterviewCodec.INSTANCE, interview));
  }

  @Test
  void escapedAndNonAsciiTextInKnownFieldsRoundTrips() {
    Interview interview =
        Interview.builder()
            .id("\u0000\"\\/\t")
            .remark("候选人 😀 \u2028 line")
            .interviewType(InterviewType.of(99))
            .videoType(VideoType.of(-1))
            .build();
    String json = Json.encode(InterviewCodec.INSTANCE, interview);
    assertEquals(interview, Json.decode(InterviewCodec.INSTANCE, json));
    assertEquals(json, Json.encode(InterviewCodec.INSTANCE, Json.decode(InterviewCodec.INSTANCE, json)));
  }

  @Test
  void deepNestingInAnUnknownFieldFailsAsAParseError() {
    String json = "{\"items\":[{\"deep\":" + "[".repeat(3000) + "]".repeat(3000) + "}]}";
    assertTrue(failure(json).contains("nesting depth"), failure(json));
  }

  @Test
  void aTruncatedPageFails() {
    assertThrows(
        UncheckedIOException.class,
        () -> Json.decode(Json.INTERVIEWS_PAGE, "{\"items\":[{\"id\":\"1\"},{\"id\":"));
  }

  @Test
  void aPageReadsItsItemsAndPagingFields() {
    Page<Interview> page =
        Json.decode(
            Json.INTERVIEWS_PAGE,
            "{\"items\":[{\"id\":\"1\"},null,{\"id\":\"2\"}],\"has_more\":true,\"page_token\":\"t\"}");
    assertEquals(List.of("1", "2"), page.items().stream().map(Interview::id).toList());
  }

  @Test
  void extrasNamingAKnownFieldAreRefusedSoNoNameIsWrittenTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Interview.builder().id("a").extraProperties(Map.of("id", "b")).build());
    assertEquals(
        "extraProperties: \"id\" is a field of Interview, not an unknown one; set its component instead",
        e.getMessage());
  }
}
