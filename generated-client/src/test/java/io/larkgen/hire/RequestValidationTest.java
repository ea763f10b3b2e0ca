package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.JobLevelIdType;
import io.larkgen.hire.model.UserIdType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every rule of the spec is enforced by {@code build()}, naming parameter, value and rule. */
class RequestValidationTest {

  private static final Instant JAN_2026 = Instant.parse("2026-01-01T00:00:00Z");

  private static String failure(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
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
