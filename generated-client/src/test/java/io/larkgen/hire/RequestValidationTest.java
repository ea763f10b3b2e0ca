package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.larkgen.hire.api.CreateAttachmentRequest;
import io.larkgen.hire.api.CreateNoteRequest;
import io.larkgen.hire.api.GetInterviewRecordRequest;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.CreateNoteRequestBody;
import io.larkgen.hire.model.JobLevelIdType;
import io.larkgen.hire.model.MentionEntity;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.error.LarkRequestValidationException.Rule;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the spec is enforced by {@code build()}, naming parameter, value and rule, as a
 * {@link LarkRequestValidationException} that a caller's {@code catch (LarkException e)} catches.
 */
class RequestValidationTest {

  private static final Instant JAN_2026 = Instant.parse("2026-01-01T00:00:00Z");

  private static String failure(Runnable build) {
    return assertThrows(LarkRequestValidationException.class, build::run).getMessage();
  }

  /** What {@code catch (LarkException e)} around {@code build} catches, as callers write it. */
  private static LarkRequestValidationException caught(Runnable build) {
    try {
      build.run();
    } catch (LarkException e) {
      assertEquals(0, e.httpStatus());
      assertEquals(true, e.logId().isEmpty());
      return assertInstanceOf(LarkRequestValidationException.class, e);
    }
    return fail("build() accepted the request");
  }

  private static void assertRejected(String path, Rule rule, String message, Runnable build) {
    LarkRequestValidationException e = caught(build);
    assertEquals(path, e.path());
    assertEquals(rule, e.rule());
    assertEquals(message, e.getMessage());
  }

  @Test
  void aBrokenQueryParameterIsCaughtAsALarkException() {
    assertRejected("page_size", Rule.MAXIMUM, "page_size: 101 is greater than the maximum 100",
        () -> ListInterviewsRequest.builder().applicationId("a1").pageSize(101).build());
  }

  @Test
  void aMissingPathParameterIsCaughtAsALarkException() {
    assertRejected("interview_record_id", Rule.REQUIRED,
        "interview_record_id: required path parameter is not set",
        () -> GetInterviewRecordRequest.builder().userIdType(UserIdType.OPEN_ID).build());
  }

  @Test
  void aBrokenBodyFieldIsCaughtAsALarkException() {
    CreateNoteRequestBody body = CreateNoteRequestBody.builder().talentId("t1").build();
    assertRejected("body.content", Rule.REQUIRED, "body.content: required field is not set",
        () -> CreateNoteRequest.builder().body(body).build());
  }

  @Test
  void aBrokenNestedBodyFieldIsCaughtAsALarkException() {
    CreateNoteRequestBody body = CreateNoteRequestBody.builder()
        .talentId("t1")
        .content("note")
        .mentionEntityList(List.of(
            MentionEntity.builder().offset(0L).userId("u1").build(),
            MentionEntity.builder().offset(5L).build()))
        .build();
    assertRejected("body.mention_entity_list[1].user_id", Rule.REQUIRED,
        "body.mention_entity_list[1].user_id: required field is not set",
        () -> CreateNoteRequest.builder().body(body).build());
  }

  @Test
  void aTooLargeMultipartFileIsCaughtAsALarkException() {
    // the length is declared; nothing is read from the stream before the check
    FilePart file = FilePart.of(new ByteArrayInputStream(new byte[0]), "resume.pdf", 314_572_801L);
    assertRejected("content", Rule.MAX_BYTES,
        "content: 314572801 bytes is more than the maximum of 314572800 bytes",
        () -> CreateAttachmentRequest.builder().content(file).build());
  }

  @Test
  void aBrokenRuleAcrossParametersNamesThemAll() {
    LarkRequestValidationException e = caught(() -> ListInterviewsRequest.builder().pageSize(10).build());
    assertEquals(Rule.REQUIRE_ANY, e.rule());
    assertEquals("application_id, interview_id, start_time, end_time", e.path());
  }

  @Test
  void pageSizeBelowTheMinimumIsRejected() {
    assertRejected("page_size", Rule.MINIMUM, "page_size: 0 is less than the minimum 1",
        () -> ListInterviewsRequest.builder().applicationId("a1").pageSize(0).build());
    assertRejected("page_size", Rule.MINIMUM, "page_size: -5 is less than the minimum 1",
        () -> ListInterviewsRequest.builder().applicationId("a1").pageSize(-5).build());
    assertEquals(1, ListInterviewsRequest.builder().applicationId("a1").pageSize(1).build().pageSize());
  }

  @Test
  void pageSizeAboveTheMaximumIsRejected() {
    String message =
        failure(() -> ListInterviewsRequest.builder().applicationId("a1").pageSize(101).build());
    assertEquals("page_size: 101 is greater than the maximum 100", message);
  }

  @Test
  void pageSizeAtTheMaximumIsAccepted() {
    assertEquals(
        100, ListInterviewsRequest.builder().applicationId("a1").pageSize(100).build().pageSize());
  }

  @Test
  void interviewRecordsPageSizeAboveTheMaximumIsRejected() {
    String message = failure(() -> ListInterviewRecordsRequest.builder().pageSize(101).build());
    assertEquals("page_size: 101 is greater than the maximum 100", message);
  }

  @Test
  void allFilterParametersEmptyBreaksRequireAny() {
    String message = failure(() -> ListInterviewsRequest.builder().pageSize(10).build());
    assertEquals(
        "at least one of application_id, interview_id, start_time, end_time must be set"
            + " (不允许 application_id、interview_id、start_time、end_time 同时为空"
            + " / application_id, interview_id, start_time and end_time may not all be empty)",
        message);
  }

  @Test
  void emptyStringsDoNotSatisfyRequireAny() {
    String message =
        failure(() -> ListInterviewsRequest.builder().applicationId("").interviewId("").build());
    assertEquals(true, message.startsWith("at least one of application_id, interview_id"), message);
  }

  @Test
  void eachFilterAloneSatisfiesRequireAny() {
    ListInterviewsRequest.builder().applicationId("a").build();
    ListInterviewsRequest.builder().interviewId("i").build();
    ListInterviewsRequest.builder().startTime(JAN_2026).build();
    assertEquals(JAN_2026, ListInterviewsRequest.builder().endTime(JAN_2026).build().endTime());
  }

  @Test
  void startTimeAtTheEpochIsRejected() {
    String message = failure(() -> ListInterviewsRequest.builder().startTime(Instant.EPOCH).build());
    assertEquals(
        "start_time: 0 (1970-01-01T00:00:00Z) is not greater than the exclusive minimum 0", message);
  }

  @Test
  void endTimeBeforeTheEpochIsRejected() {
    String message =
        failure(() -> ListInterviewsRequest.builder().endTime(Instant.ofEpochMilli(-1)).build());
    assertEquals(
        "end_time: -1 (1969-12-31T23:59:59.999Z) is not greater than the exclusive minimum 0",
        message);
  }

  @Test
  void moreThanOneHundredIdsAreRejected() {
    List<String> ids = IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).toList();
    String message = failure(() -> ListInterviewRecordsRequest.builder().ids(ids).build());
    assertEquals("ids: 101 items is more than the maximum of 100 items", message);
  }

  @Test
  void oneHundredIdsAreAcceptedAndCopied() {
    List<String> ids =
        IntStream.rangeClosed(1, 100).mapToObj(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
    ListInterviewRecordsRequest request = ListInterviewRecordsRequest.builder().ids(ids).build();
    ids.clear();
    assertEquals(100, request.ids().size());
    assertThrows(UnsupportedOperationException.class, () -> request.ids().add("x"));
  }

  @Test
  void instantsOutsideTheMillisecondRangeNameTheParameter() {
    assertEquals(
        "start_time: " + Instant.MAX + " is outside the range of milliseconds since the epoch that a 64-bit integer holds",
        failure(() -> ListInterviewsRequest.builder().startTime(Instant.MAX).build()));
    assertEquals(
        "end_time: " + Instant.MIN + " is outside the range of milliseconds since the epoch that a 64-bit integer holds",
        failure(() -> ListInterviewsRequest.builder().applicationId("a1").endTime(Instant.MIN).build()));
  }

  @Test
  void aNullIdIsRejectedWithItsIndex() {
    List<String> ids = new ArrayList<>(List.of("a", "b"));
    ids.add(null);
    assertEquals(
        "ids: item 2 is null; lists may not hold null",
        failure(() -> ListInterviewRecordsRequest.builder().ids(ids).build()));
  }

  @Test
  void anEmptyIdIsRejectedWithItsIndex() {
    assertEquals(
        "ids: item 0 is an empty string; every item must have a value",
        failure(() -> ListInterviewRecordsRequest.builder().ids(List.of("")).build()));
  }

  @Test
  void unsetListIsEmptyNotNull() {
    assertEquals(List.of(), ListInterviewRecordsRequest.builder().build().ids());
  }

  @Test
  void toBuilderAndWithPageTokenKeepEveryOtherParameter() {
    ListInterviewsRequest request =
        ListInterviewsRequest.builder()
            .startTime(JAN_2026)
            .pageSize(50)
            .userIdType(UserIdType.USER_ID)
            .jobLevelIdType(JobLevelIdType.JOB_LEVEL_ID)
            .build();
    ListInterviewsRequest next = request.withPageToken("t2");
    assertEquals("t2", next.pageToken());
    assertEquals(request, next.toBuilder().pageToken(null).build());
    assertEquals(request.toBuilder().pageToken("t2").build(), next);
  }

  @Test
  void recordConstructorChecksTheRulesToo() {
    String message =
        failure(() -> new ListInterviewsRequest(500, null, "a", null, null, null, null, null));
    assertEquals("page_size: 500 is greater than the maximum 100", message);
  }
}
