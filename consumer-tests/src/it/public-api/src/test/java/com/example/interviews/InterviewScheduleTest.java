package com.example.interviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.Page;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewScheduleTest {
  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void listsTheInterviewsOfTheWindowFromAMockedService() {
    InterviewsApi interviews = mock(InterviewsApi.class);
    Interview scheduled = Interview.builder()
        .id("6949805467799537964")
        .beginTime(Instant.parse("2026-11-03T09:30:00Z").toEpochMilli())
        .build();
    Interview unscheduled = Interview.builder().id("6949805467799537965").build();
    when(interviews.list(any(ListInterviewsRequest.class)))
        .thenReturn(new Page<>(List.of(scheduled, unscheduled), false, null));

    List<String> lines = new InterviewSchedule(interviews).lines(FROM, TO);

    assertEquals(
        List.of("6949805467799537964 2026-11-03T09:30:00Z", "6949805467799537965 unscheduled"),
        lines);
    verify(interviews).list(argThat((ListInterviewsRequest request) ->
        FROM.equals(request.startTime()) && TO.equals(request.endTime())
            && Integer.valueOf(100).equals(request.pageSize())));
    verifyNoMoreInteractions(interviews);
  }
}
