package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
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
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_USER_ID = new SerializedString("user_id");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_MIN_JOB_LEVEL_ID =
      new SerializedString("min_job_level_id");

  private static final SerializedString FIELD_MAX_JOB_LEVEL_ID =
      new SerializedString("max_job_level_id");

  private static final SerializedString FIELD_COMMIT_STATUS = new SerializedString("commit_status");

  private static final SerializedString FIELD_FEEDBACK_SUBMIT_TIME =
      new SerializedString("feedback_submit_time");

  private static final SerializedString FIELD_CONCLUSION = new SerializedString("conclusion");

  private static final SerializedString FIELD_INTERVIEW_SCORE =
      new SerializedString("interview_score");

  private static final SerializedString FIELD_ASSESSMENT_SCORE =
      new SerializedString("assessment_score");

  private static final SerializedString FIELD_QUESTION_LIST = new SerializedString("question_list");

  private static final SerializedString FIELD_CODE_QUESTION_LIST =
      new SerializedString("code_question_list");

  private static final SerializedString FIELD_INTERVIEWER = new SerializedString("interviewer");

  private static final SerializedString FIELD_IMAGE_LIST = new SerializedString("image_list");

  private static final SerializedString FIELD_DIMENSION_ASSESSMENT_LIST =
      new SerializedString("dimension_assessment_list");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_USER_ID, FIELD_CONTENT,
      FIELD_MIN_JOB_LEVEL_ID, FIELD_MAX_JOB_LEVEL_ID, FIELD_COMMIT_STATUS,
      FIELD_FEEDBACK_SUBMIT_TIME, FIELD_CONCLUSION, FIELD_INTERVIEW_SCORE, FIELD_ASSESSMENT_SCORE,
      FIELD_QUESTION_LIST, FIELD_CODE_QUESTION_LIST, FIELD_INTERVIEWER, FIELD_IMAGE_LIST,
      FIELD_DIMENSION_ASSESSMENT_LIST};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewRecordCodec INSTANCE = new InterviewRecordCodec();

  private InterviewRecordCodec() {
  }

  @Override
  public @Nullable InterviewRecord read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewRecord")) {
      return null;
    }
    String id = null;
    String userId = null;
    String content = null;
    String minJobLevelId = null;
    String maxJobLevelId = null;
    CommitStatus commitStatus = null;
    Long feedbackSubmitTime = null;
    Conclusion conclusion = null;
    InterviewScore interviewScore = null;
    AssessmentScoreInfo assessmentScore = null;
    List<InterviewQuestion> questionList = null;
    List<InterviewQuestion> codeQuestionList = null;
    IdNameObject interviewer = null;
    List<Attachment> imageList = null;
    List<InterviewDimensionAssessment> dimensionAssessmentList = null;
    Map<String, Object> extraProperties = null;
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> userId = JsonValues.readString(parser);
        case 2 -> content = JsonValues.readString(parser);
        case 3 -> minJobLevelId = JsonValues.readString(parser);
        case 4 -> maxJobLevelId = JsonValues.readString(parser);
        case 5 -> commitStatus = JsonValues.readIntEnum(parser, CommitStatus::of);
        case 6 -> feedbackSubmitTime = JsonValues.readLong(parser);
        case 7 -> conclusion = JsonValues.readIntEnum(parser, Conclusion::of);
        case 8 -> interviewScore = InterviewScoreCodec.INSTANCE.read(parser);
        case 9 -> assessmentScore = AssessmentScoreInfoCodec.INSTANCE.read(parser);
        case 10 -> questionList = JsonValues.readList(parser, InterviewQuestionCodec.INSTANCE);
        case 11 -> codeQuestionList = JsonValues.readList(parser, InterviewQuestionCodec.INSTANCE);
        case 12 -> interviewer = IdNameObjectCodec.INSTANCE.read(parser);
        case 13 -> imageList = JsonValues.readList(parser, AttachmentCodec.INSTANCE);
        case 14 -> dimensionAssessmentList =
            JsonValues.readList(parser, InterviewDimensionAssessmentCodec.INSTANCE);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewRecord(id, userId, content, minJobLevelId, maxJobLevelId, commitStatus,
        feedbackSubmitTime, conclusion, interviewScore, assessmentScore, questionList,
        codeQuestionList, interviewer, imageList, dimensionAssessmentList, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "user_id" -> 1;
      case "content" -> 2;
      case "min_job_level_id" -> 3;
      case "max_job_level_id" -> 4;
      case "commit_status" -> 5;
      case "feedback_submit_time" -> 6;
      case "conclusion" -> 7;
      case "interview_score" -> 8;
      case "assessment_score" -> 9;
      case "question_list" -> 10;
      case "code_question_list" -> 11;
      case "interviewer" -> 12;
      case "image_list" -> 13;
      case "dimension_assessment_list" -> 14;
      default -> -1;
    };
  }

  @Override
  public void write(InterviewRecord value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    String userId = value.userId();
    if (userId != null) {
      generator.writeFieldName(FIELD_USER_ID);
      generator.writeString(userId);
    }
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
    }
    String minJobLevelId = value.minJobLevelId();
    if (minJobLevelId != null) {
      generator.writeFieldName(FIELD_MIN_JOB_LEVEL_ID);
      generator.writeString(minJobLevelId);
    }
    String maxJobLevelId = value.maxJobLevelId();
    if (maxJobLevelId != null) {
      generator.writeFieldName(FIELD_MAX_JOB_LEVEL_ID);
      generator.writeString(maxJobLevelId);
    }
    CommitStatus commitStatus = value.commitStatus();
    if (commitStatus != null) {
      generator.writeFieldName(FIELD_COMMIT_STATUS);
      generator.writeNumber(commitStatus.code());
    }
    Long feedbackSubmitTime = value.feedbackSubmitTime();
    if (feedbackSubmitTime != null) {
      generator.writeFieldName(FIELD_FEEDBACK_SUBMIT_TIME);
      generator.writeNumber(feedbackSubmitTime.longValue());
    }
    Conclusion conclusion = value.conclusion();
    if (conclusion != null) {
      generator.writeFieldName(FIELD_CONCLUSION);
      generator.writeNumber(conclusion.code());
    }
    InterviewScore interviewScore = value.interviewScore();
    if (interviewScore != null) {
      generator.writeFieldName(FIELD_INTERVIEW_SCORE);
      InterviewScoreCodec.INSTANCE.write(interviewScore, generator);
    }
    AssessmentScoreInfo assessmentScore = value.assessmentScore();
    if (assessmentScore != null) {
      generator.writeFieldName(FIELD_ASSESSMENT_SCORE);
      AssessmentScoreInfoCodec.INSTANCE.write(assessmentScore, generator);
    }
    List<InterviewQuestion> questionList = value.questionList();
    if (!questionList.isEmpty()) {
      generator.writeFieldName(FIELD_QUESTION_LIST);
      JsonValues.writeList(questionList, InterviewQuestionCodec.INSTANCE, generator);
    }
    List<InterviewQuestion> codeQuestionList = value.codeQuestionList();
    if (!codeQuestionList.isEmpty()) {
      generator.writeFieldName(FIELD_CODE_QUESTION_LIST);
      JsonValues.writeList(codeQuestionList, InterviewQuestionCodec.INSTANCE, generator);
    }
    IdNameObject interviewer = value.interviewer();
    if (interviewer != null) {
      generator.writeFieldName(FIELD_INTERVIEWER);
      IdNameObjectCodec.INSTANCE.write(interviewer, generator);
    }
    List<Attachment> imageList = value.imageList();
    if (!imageList.isEmpty()) {
      generator.writeFieldName(FIELD_IMAGE_LIST);
      JsonValues.writeList(imageList, AttachmentCodec.INSTANCE, generator);
    }
    List<InterviewDimensionAssessment> dimensionAssessmentList = value.dimensionAssessmentList();
    if (!dimensionAssessmentList.isEmpty()) {
      generator.writeFieldName(FIELD_DIMENSION_ASSESSMENT_LIST);
      JsonValues.writeList(dimensionAssessmentList, InterviewDimensionAssessmentCodec.INSTANCE, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
