package io.larkgen.samples.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The CSV columns: the interview's, then the record's, then the whole record as JSON (written
 * by the generated codec) so that nothing the API returned is lost. Times are ISO-8601 UTC;
 * coded fields show the known constant's name (or the raw code) next to the code.
 */
final class HireColumns {
  private static final JsonFactory JSON = new JsonFactory();

  private HireColumns() {}

  /** Every column, in order. */
  static final List<CsvColumn<Interview, InterviewRecord>> ALL =
      List.of(
          interview("interview_id", Interview::id),
          interview("application_id", Interview::applicationId),
          interview("begin_time", i -> time(i.beginTime())),
          interview("end_time", i -> time(i.endTime())),
          interview("round", i -> str(i.round())),
          interview("stage", i -> name(i.stage())),
          interview("interview_type", i -> i.interviewType() == null ? null
              : i.interviewType().known().map(Enum::name).orElse(String.valueOf(i.interviewType().code()))),
          interview("interview_round_summary", i -> i.interviewRoundSummary() == null ? null
              : String.valueOf(i.interviewRoundSummary().code())),
          record("record_id", InterviewRecord::id),
          record("interviewer_id", r -> r.interviewer() == null ? null : r.interviewer().id()),
          record("interviewer", r -> name(r.interviewer())),
          record("commit_status", r -> r.commitStatus() == null ? null
              : r.commitStatus().known().map(Enum::name).orElse(String.valueOf(r.commitStatus().code()))),
          record("conclusion", r -> r.conclusion() == null ? null
              : r.conclusion().known().map(Enum::name).orElse("unknown")),
          record("conclusion_code", r -> r.conclusion() == null ? null : String.valueOf(r.conclusion().code())),
          record("feedback_submit_time", r -> time(r.feedbackSubmitTime())),
          record("interview_score_level", r -> r.interviewScore() == null ? null : str(r.interviewScore().level())),
          record("interview_score", r -> r.interviewScore() == null ? null : r.interviewScore().zhName()),
          record("assessment_score", r -> r.assessmentScore() == null ? null : str(r.assessmentScore().score())),
          record("content", InterviewRecord::content),
          record("record_json", HireColumns::json));

  private interface Getter<T> {
    String get(T t);
  }

  private static CsvColumn<Interview, InterviewRecord> interview(String header, Getter<Interview> g) {
    return new CsvColumn<>(header, (i, r) -> g.get(i));
  }

  private static CsvColumn<Interview, InterviewRecord> record(String header, Getter<InterviewRecord> g) {
    return new CsvColumn<>(header, (i, r) -> r == null ? null : g.get(r));
  }

  private static String time(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis).toString();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static String name(IdNameObject o) {
    if (o == null || o.name() == null) {
      return null;
    }
    I18n n = o.name();
    return n.zhCn() != null && !n.zhCn().isEmpty() ? n.zhCn() : n.enUs();
  }

  private static String json(InterviewRecord r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      InterviewRecordCodec.INSTANCE.write(r, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
