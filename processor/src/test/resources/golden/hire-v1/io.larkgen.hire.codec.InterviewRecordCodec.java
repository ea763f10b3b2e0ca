package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.Attachment;
import io.larkgen.hire.model.CommitStatus;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.InterviewDimensionAssessment;
import io.larkgen.hire.model.InterviewQuestion;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.InterviewScore;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewRecord}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewRecord#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewRecordCodec implements JsonCodec<InterviewRecord> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewRecordCodec INSTANCE = new InterviewRecordCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewRecord")
      .add("id", JsonCodecs.STRING)
      .add("user_id", JsonCodecs.STRING)
      .add("content", JsonCodecs.STRING)
      .add("min_job_level_id", JsonCodecs.STRING)
      .add("max_job_level_id", JsonCodecs.STRING)
      .add("commit_status", JsonCodecs.intEnum(CommitStatus::of, CommitStatus::code))
      .add("feedback_submit_time", JsonCodecs.LONG)
      .add("conclusion", JsonCodecs.intEnum(Conclusion::of, Conclusion::code))
      .add("interview_score", InterviewScoreCodec.INSTANCE)
      .add("assessment_score", AssessmentScoreInfoCodec.INSTANCE)
      .add("question_list", JsonCodecs.listOf(InterviewQuestionCodec.INSTANCE))
      .add("code_question_list", JsonCodecs.listOf(InterviewQuestionCodec.INSTANCE))
      .add("interviewer", IdNameObjectCodec.INSTANCE)
      .add("image_list", JsonCodecs.listOf(AttachmentCodec.INSTANCE))
      .add("dimension_assessment_list", JsonCodecs.listOf(InterviewDimensionAssessmentCodec.INSTANCE))
      .build();

  private InterviewRecordCodec() {
  }

  @Override
  public @Nullable InterviewRecord read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewRecordCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewRecord construct(@Nullable Object[] values) {
    return new InterviewRecord((String) values[0], (String) values[1], (String) values[2],
        (String) values[3], (String) values[4], (CommitStatus) values[5], (Long) values[6],
        (Conclusion) values[7], (InterviewScore) values[8], (AssessmentScoreInfo) values[9],
        (List<InterviewQuestion>) values[10], (List<InterviewQuestion>) values[11],
        (IdNameObject) values[12], (List<Attachment>) values[13],
        (List<InterviewDimensionAssessment>) values[14], (Map<String, Object>) values[15]);
  }

  @Override
  public void write(InterviewRecord value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.userId(), value.content(),
        value.minJobLevelId(), value.maxJobLevelId(), value.commitStatus(),
        value.feedbackSubmitTime(), value.conclusion(), value.interviewScore(),
        value.assessmentScore(), value.questionList(), value.codeQuestionList(),
        value.interviewer(), value.imageList(), value.dimensionAssessmentList());
  }
}
