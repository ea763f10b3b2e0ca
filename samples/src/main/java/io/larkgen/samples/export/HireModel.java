package io.larkgen.samples.export;

import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** {@link ExportModel} over the generated Hire model. */
public final class HireModel implements ExportModel<Interview, InterviewRecord> {
  /** The one instance. */
  public static final HireModel INSTANCE = new HireModel();

  private HireModel() {}

  @Override
  public List<String> recordIds(Interview interview) {
    List<String> ids = new ArrayList<>(interview.interviewRecordList().size());
    for (InterviewRecord summary : interview.interviewRecordList()) {
      if (summary.id() != null && !summary.id().isEmpty()) {
        ids.add(summary.id());
      }
    }
    return ids;
  }

  @Override
  public String recordId(InterviewRecord record) {
    return record.id();
  }

  @Override
  public String conclusionLabel(InterviewRecord record) {
    return label(record.conclusion());
  }

  /** {@code PASS(通过)}, {@code unknown(42)}, or {@code none}. */
  static String label(Conclusion c) {
    if (c == null) {
      return "none";
    }
    return c.known().map(k -> k.name() + "(" + k.description() + ")").orElse("unknown(" + c.code() + ")");
  }

  @Override
  public OptionalLong beginTime(Interview interview) {
    return interview.beginTime() == null ? OptionalLong.empty() : OptionalLong.of(interview.beginTime());
  }
}
