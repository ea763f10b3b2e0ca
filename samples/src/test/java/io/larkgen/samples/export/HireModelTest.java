package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.larkgen.hire.model.CommitStatus;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HireModelTest {
  private final InterviewRecord record =
      InterviewRecord.builder()
          .id("r1")
          .content("好, \"ok\"")
          .conclusion(Conclusion.of(42))
          .commitStatus(CommitStatus.of(1))
          .feedbackSubmitTime(1_767_225_600_000L)
          .interviewer(IdNameObject.builder().id("ou_1").name(I18n.builder().enUs("Ann").build()).build())
          .build();
  private final Interview interview =
      Interview.builder()
          .id("i1")
          .applicationId("a1")
          .beginTime(1_767_225_600_000L)
          .stage(IdNameObject.builder().id("s").name(I18n.builder().zhCn("初试").enUs("First").build()).build())
          .interviewRecordList(List.of(
              InterviewRecord.builder().id("r1").build(), InterviewRecord.builder().id("").build(),
              InterviewRecord.builder().id("r2").build()))
          .build();

  @Test
  void readsIdsAndLabels() {
    assertEquals(List.of("r1", "r2"), HireModel.INSTANCE.recordIds(interview));
    assertEquals("unknown(42)", HireModel.INSTANCE.conclusionLabel(record));
    assertEquals("PASS(通过)", HireModel.label(Conclusion.PASS));
    assertEquals("none", HireModel.label(null));
    assertEquals(OptionalLong.of(1_767_225_600_000L), HireModel.INSTANCE.beginTime(interview));
  }

  @Test
  void csvColumnsOfARecordAndOfAnInterviewWithout() throws IOException {
    Map<String, String> row = row(interview, record);
    assertEquals("i1", row.get("interview_id"));
    assertEquals("2026-01-01T00:00:00Z", row.get("begin_time"));
    assertEquals("初试", row.get("stage"));
    assertEquals("Ann", row.get("interviewer"));
    assertEquals("unknown", row.get("conclusion"));
    assertEquals("42", row.get("conclusion_code"));
    assertEquals("SUBMITTED", row.get("commit_status"));
    assertEquals("2026-01-01T00:00:00Z", row.get("feedback_submit_time"));
    assertEquals(
        new ObjectMapper().readTree("{\"id\":\"r1\",\"content\":\"好, \\\"ok\\\"\",\"commit_status\":1,"
            + "\"feedback_submit_time\":1767225600000,\"conclusion\":42,"
            + "\"interviewer\":{\"id\":\"ou_1\",\"name\":{\"en_us\":\"Ann\"}}}"),
        new ObjectMapper().readTree(row.get("record_json")));

    Map<String, String> empty = row(interview, null);
    assertEquals("i1", empty.get("interview_id"));
    assertEquals(null, empty.get("record_id"));
    assertEquals(null, empty.get("record_json"));
  }

  private static Map<String, String> row(Interview i, InterviewRecord r) {
    Map<String, String> m = new java.util.HashMap<>();
    List<String> headers = new ArrayList<>();
    for (CsvColumn<Interview, InterviewRecord> c : HireColumns.ALL) {
      headers.add(c.header());
      m.put(c.header(), c.value().apply(i, r));
    }
    assertEquals(headers.size(), new java.util.HashSet<>(headers).size(), "unique headers");
    return m;
  }
}
