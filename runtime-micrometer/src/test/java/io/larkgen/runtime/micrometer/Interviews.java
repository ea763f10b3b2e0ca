package io.larkgen.runtime.micrometer;

import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Requests for the sandbox's interviews and their records. */
final class Interviews {
  private Interviews() {}

  /** A page of {@code pageSize} interviews of any time. */
  static ListInterviewsRequest all(int pageSize) {
    return ListInterviewsRequest.builder()
        .pageSize(pageSize)
        .startTime(Instant.parse("2000-01-01T00:00:00Z"))
        .endTime(Instant.parse("2100-01-01T00:00:00Z"))
        .build();
  }

  /** The records of {@code interviews}, by id. */
  static ListInterviewRecordsRequest records(List<Interview> interviews) {
    List<String> ids = new ArrayList<>();
    for (Interview interview : interviews) {
      for (InterviewRecord stub : interview.interviewRecordList()) {
        ids.add(stub.id());
      }
    }
    return ListInterviewRecordsRequest.builder().ids(ids).build();
  }
}
