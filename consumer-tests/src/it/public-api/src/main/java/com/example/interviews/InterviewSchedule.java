package com.example.interviews;

import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.Page;
import java.time.Instant;
import java.util.List;

/** The interviews of a time window, one line each: the interview's id and its start. */
public final class InterviewSchedule {
  private final InterviewsApi interviews;

  /**
   * A schedule read through a Hire interviews service.
   *
   * @param interviews the service, e.g. {@code Hire.of(client).v1().interviews()}
   */
  public InterviewSchedule(InterviewsApi interviews) {
    this.interviews = interviews;
  }

  /**
   * The first page of interviews that start in a window.
   *
   * @param from the window's start
   * @param to the window's end
   * @return one line per interview: its id, a space, and its start or {@code unscheduled}
   */
  public List<String> lines(Instant from, Instant to) {
    ListInterviewsRequest request =
        ListInterviewsRequest.builder().startTime(from).endTime(to).pageSize(100).build();
    Page<Interview> page = interviews.list(request);
    return page.items().stream().map(InterviewSchedule::line).toList();
  }

  private static String line(Interview interview) {
    return interview.id() + " "
        + interview.beginTimeInstant().map(Instant::toString).orElse("unscheduled");
  }
}
