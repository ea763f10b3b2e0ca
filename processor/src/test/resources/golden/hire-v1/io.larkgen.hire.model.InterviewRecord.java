package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试评价详细信息 / interview record (interview feedback)
 *
 * @param id 面试评价 ID / interview record ID ({@code id})
 * @param userId 面试官用户 ID，与入参 user_id_type 类型一致 / interviewer's user ID, of the type given by
 *     user_id_type ({@code user_id})
 * @param content 系统预设「记录」题目内容 / content of the preset "notes" question ({@code content})
 * @param minJobLevelId 建议定级下限的职级 ID / job level ID of the lower bound of the suggested level ({@code min_job_level_id})
 * @param maxJobLevelId 建议定级上限的职级 ID / job level ID of the upper bound of the suggested level ({@code max_job_level_id})
 * @param commitStatus 提交状态 / submission status ({@code commit_status})
 * @param feedbackSubmitTime 面试评价提交时间，毫秒时间戳 / feedback submission time, epoch milliseconds
 *     ({@code feedback_submit_time}; milliseconds since the epoch as sent, see
 *     {@link #feedbackSubmitTimeInstant()})
 * @param conclusion 面试结论 / interview conclusion ({@code conclusion})
 * @param interviewScore 面试得分 / interview score ({@code interview_score})
 * @param assessmentScore 面评打分题分数 / score of the scored feedback questions ({@code assessment_score})
 * @param questionList 面试题目 / interview questions ({@code question_list}; never null, empty when absent)
 * @param codeQuestionList 在线编程题目 / online coding questions ({@code code_question_list}; never null, empty when absent)
 * @param interviewer 面试官信息 / interviewer ({@code interviewer})
 * @param imageList 面试评价图片 / images attached to the feedback ({@code image_list}; never null, empty when absent)
 * @param dimensionAssessmentList 面试维度评价信息 / assessments per feedback dimension
 *     ({@code dimension_assessment_list}; never null, empty when absent)
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewRecord(@Nullable String id, @Nullable String userId,
    @Nullable String content, @Nullable String minJobLevelId, @Nullable String maxJobLevelId,
    @Nullable CommitStatus commitStatus, @Nullable Long feedbackSubmitTime,
    @Nullable Conclusion conclusion, @Nullable InterviewScore interviewScore,
    @Nullable AssessmentScoreInfo assessmentScore, List<InterviewQuestion> questionList,
    List<InterviewQuestion> codeQuestionList, @Nullable IdNameObject interviewer,
    List<Attachment> imageList, List<InterviewDimensionAssessment> dimensionAssessmentList,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "user_id", "content",
      "min_job_level_id", "max_job_level_id", "commit_status", "feedback_submit_time", "conclusion",
      "interview_score", "assessment_score", "question_list", "code_question_list", "interviewer",
      "image_list", "dimension_assessment_list");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param userId {@code user_id}
   * @param content {@code content}
   * @param minJobLevelId {@code min_job_level_id}
   * @param maxJobLevelId {@code max_job_level_id}
   * @param commitStatus {@code commit_status}
   * @param feedbackSubmitTime {@code feedback_submit_time}
   * @param conclusion {@code conclusion}
   * @param interviewScore {@code interview_score}
   * @param assessmentScore {@code assessment_score}
   * @param questionList {@code question_list}
   * @param codeQuestionList {@code code_question_list}
   * @param interviewer {@code interviewer}
   * @param imageList {@code image_list}
   * @param dimensionAssessmentList {@code dimension_assessment_list}
   * @param extraProperties unknown fields
   */
  public InterviewRecord {
    questionList = questionList == null ? List.of() : List.copyOf(questionList);
    codeQuestionList = codeQuestionList == null ? List.of() : List.copyOf(codeQuestionList);
    imageList = imageList == null ? List.of() : List.copyOf(imageList);
    dimensionAssessmentList = dimensionAssessmentList == null ? List.of() : List.copyOf(dimensionAssessmentList);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewRecord");
  }

  /**
   * {@link #feedbackSubmitTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> feedbackSubmitTimeInstant() {
    return feedbackSubmitTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(feedbackSubmitTime));
  }

  /**
   * A builder with every component unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builder of {@link InterviewRecord}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable String userId;

    private @Nullable String content;

    private @Nullable String minJobLevelId;

    private @Nullable String maxJobLevelId;

    private @Nullable CommitStatus commitStatus;

    private @Nullable Long feedbackSubmitTime;

    private @Nullable Conclusion conclusion;

    private @Nullable InterviewScore interviewScore;

    private @Nullable AssessmentScoreInfo assessmentScore;

    private @Nullable List<InterviewQuestion> questionList;

    private @Nullable List<InterviewQuestion> codeQuestionList;

    private @Nullable IdNameObject interviewer;

    private @Nullable List<Attachment> imageList;

    private @Nullable List<InterviewDimensionAssessment> dimensionAssessmentList;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewRecord source) {
      this.id = source.id();
      this.userId = source.userId();
      this.content = source.content();
      this.minJobLevelId = source.minJobLevelId();
      this.maxJobLevelId = source.maxJobLevelId();
      this.commitStatus = source.commitStatus();
      this.feedbackSubmitTime = source.feedbackSubmitTime();
      this.conclusion = source.conclusion();
      this.interviewScore = source.interviewScore();
      this.assessmentScore = source.assessmentScore();
      this.questionList = source.questionList();
      this.codeQuestionList = source.codeQuestionList();
      this.interviewer = source.interviewer();
      this.imageList = source.imageList();
      this.dimensionAssessmentList = source.dimensionAssessmentList();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewRecord#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#userId()}.
     *
     * @param userId the value, or null to unset
     * @return this builder
     */
    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#minJobLevelId()}.
     *
     * @param minJobLevelId the value, or null to unset
     * @return this builder
     */
    public Builder minJobLevelId(@Nullable String minJobLevelId) {
      this.minJobLevelId = minJobLevelId;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#maxJobLevelId()}.
     *
     * @param maxJobLevelId the value, or null to unset
     * @return this builder
     */
    public Builder maxJobLevelId(@Nullable String maxJobLevelId) {
      this.maxJobLevelId = maxJobLevelId;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#commitStatus()}.
     *
     * @param commitStatus the value, or null to unset
     * @return this builder
     */
    public Builder commitStatus(@Nullable CommitStatus commitStatus) {
      this.commitStatus = commitStatus;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#feedbackSubmitTime()}.
     *
     * @param feedbackSubmitTime the value, or null to unset
     * @return this builder
     */
    public Builder feedbackSubmitTime(@Nullable Long feedbackSubmitTime) {
      this.feedbackSubmitTime = feedbackSubmitTime;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#conclusion()}.
     *
     * @param conclusion the value, or null to unset
     * @return this builder
     */
    public Builder conclusion(@Nullable Conclusion conclusion) {
      this.conclusion = conclusion;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#interviewScore()}.
     *
     * @param interviewScore the value, or null to unset
     * @return this builder
     */
    public Builder interviewScore(@Nullable InterviewScore interviewScore) {
      this.interviewScore = interviewScore;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#assessmentScore()}.
     *
     * @param assessmentScore the value, or null to unset
     * @return this builder
     */
    public Builder assessmentScore(@Nullable AssessmentScoreInfo assessmentScore) {
      this.assessmentScore = assessmentScore;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#questionList()}.
     *
     * @param questionList the value, or null to unset
     * @return this builder
     */
    public Builder questionList(@Nullable List<InterviewQuestion> questionList) {
      this.questionList = questionList;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#codeQuestionList()}.
     *
     * @param codeQuestionList the value, or null to unset
     * @return this builder
     */
    public Builder codeQuestionList(@Nullable List<InterviewQuestion> codeQuestionList) {
      this.codeQuestionList = codeQuestionList;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#interviewer()}.
     *
     * @param interviewer the value, or null to unset
     * @return this builder
     */
    public Builder interviewer(@Nullable IdNameObject interviewer) {
      this.interviewer = interviewer;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#imageList()}.
     *
     * @param imageList the value, or null to unset
     * @return this builder
     */
    public Builder imageList(@Nullable List<Attachment> imageList) {
      this.imageList = imageList;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#dimensionAssessmentList()}.
     *
     * @param dimensionAssessmentList the value, or null to unset
     * @return this builder
     */
    public Builder dimensionAssessmentList(
        @Nullable List<InterviewDimensionAssessment> dimensionAssessmentList) {
      this.dimensionAssessmentList = dimensionAssessmentList;
      return this;
    }

    /**
     * Sets {@link InterviewRecord#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewRecord} of the components set so far.
     *
     * @return the value
     */
    public InterviewRecord build() {
      return new InterviewRecord(id, userId, content, minJobLevelId, maxJobLevelId, commitStatus,
          feedbackSubmitTime, conclusion, interviewScore, assessmentScore, questionList,
          codeQuestionList, interviewer, imageList, dimensionAssessmentList, extraProperties);
    }
  }
}
