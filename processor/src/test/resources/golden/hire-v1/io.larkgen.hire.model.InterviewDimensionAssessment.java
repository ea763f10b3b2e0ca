package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试维度评价 / assessment of one feedback dimension
 *
 * @param id 维度评价 ID / dimension assessment ID ({@code id})
 * @param name 维度名称 / dimension name ({@code name})
 * @param fullScore 打分题总分，仅当维度评价方式为「打分题(单选)」、「打分题(填空)」时可用 / maximum score, only for dimension types
 *     6 and 7 ({@code full_score})
 * @param content 当维度评价方式为「描述题」时，从此取值 / the value when the dimension type is free text (3) ({@code content})
 * @param dimensionId 维度 ID（面试评价表 data.items.modules.dimensions 中的 ID） / dimension ID
 *     (data.items.modules.dimensions of the feedback form) ({@code dimension_id})
 * @param dimensionScore 当维度评价方式为「单选题」、「打分题(单选)」时，从此取值 / the value for single choice (1) and score
 *     by option (6) ({@code dimension_score})
 * @param dimensionScoreList 当维度评价方式为「多选题」时，从此取值 / the values for multiple choice (2)
 *     ({@code dimension_score_list}; never null, empty when absent)
 * @param dimensionCustomScore 当维度评价方式为「打分题(填空)」时，从此取值 / the value for score fill-in (7)
 *     ({@code dimension_custom_score})
 * @param abilityList 维度关联能力项 / abilities of the dimension ({@code ability_list}; never null, empty when absent)
 * @param questionList 维度关联面试题 / questions of the dimension ({@code question_list}; never null, empty when absent)
 * @param dimensionType 维度评价方式 / dimension type ({@code dimension_type})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewDimensionAssessment(@Nullable String id, @Nullable I18n name,
    @Nullable Integer fullScore, @Nullable String content, @Nullable String dimensionId,
    @Nullable InterviewDimensionScore dimensionScore,
    List<InterviewDimensionScore> dimensionScoreList, @Nullable Integer dimensionCustomScore,
    List<Ability> abilityList, List<InterviewQuestion> questionList,
    @Nullable DimensionType dimensionType, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name", "full_score", "content",
      "dimension_id", "dimension_score", "dimension_score_list", "dimension_custom_score",
      "ability_list", "question_list", "dimension_type");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param fullScore {@code full_score}
   * @param content {@code content}
   * @param dimensionId {@code dimension_id}
   * @param dimensionScore {@code dimension_score}
   * @param dimensionScoreList {@code dimension_score_list}
   * @param dimensionCustomScore {@code dimension_custom_score}
   * @param abilityList {@code ability_list}
   * @param questionList {@code question_list}
   * @param dimensionType {@code dimension_type}
   * @param extraProperties unknown fields
   */
  public InterviewDimensionAssessment {
    dimensionScoreList = dimensionScoreList == null ? List.of() : List.copyOf(dimensionScoreList);
    abilityList = abilityList == null ? List.of() : List.copyOf(abilityList);
    questionList = questionList == null ? List.of() : List.copyOf(questionList);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES,
        "InterviewDimensionAssessment");
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
   * Builder of {@link InterviewDimensionAssessment}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable Integer fullScore;

    private @Nullable String content;

    private @Nullable String dimensionId;

    private @Nullable InterviewDimensionScore dimensionScore;

    private @Nullable List<InterviewDimensionScore> dimensionScoreList;

    private @Nullable Integer dimensionCustomScore;

    private @Nullable List<Ability> abilityList;

    private @Nullable List<InterviewQuestion> questionList;

    private @Nullable DimensionType dimensionType;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewDimensionAssessment source) {
      this.id = source.id();
      this.name = source.name();
      this.fullScore = source.fullScore();
      this.content = source.content();
      this.dimensionId = source.dimensionId();
      this.dimensionScore = source.dimensionScore();
      this.dimensionScoreList = source.dimensionScoreList();
      this.dimensionCustomScore = source.dimensionCustomScore();
      this.abilityList = source.abilityList();
      this.questionList = source.questionList();
      this.dimensionType = source.dimensionType();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewDimensionAssessment#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#fullScore()}.
     *
     * @param fullScore the value, or null to unset
     * @return this builder
     */
    public Builder fullScore(@Nullable Integer fullScore) {
      this.fullScore = fullScore;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#dimensionId()}.
     *
     * @param dimensionId the value, or null to unset
     * @return this builder
     */
    public Builder dimensionId(@Nullable String dimensionId) {
      this.dimensionId = dimensionId;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#dimensionScore()}.
     *
     * @param dimensionScore the value, or null to unset
     * @return this builder
     */
    public Builder dimensionScore(@Nullable InterviewDimensionScore dimensionScore) {
      this.dimensionScore = dimensionScore;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#dimensionScoreList()}.
     *
     * @param dimensionScoreList the value, or null to unset
     * @return this builder
     */
    public Builder dimensionScoreList(@Nullable List<InterviewDimensionScore> dimensionScoreList) {
      this.dimensionScoreList = dimensionScoreList;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#dimensionCustomScore()}.
     *
     * @param dimensionCustomScore the value, or null to unset
     * @return this builder
     */
    public Builder dimensionCustomScore(@Nullable Integer dimensionCustomScore) {
      this.dimensionCustomScore = dimensionCustomScore;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#abilityList()}.
     *
     * @param abilityList the value, or null to unset
     * @return this builder
     */
    public Builder abilityList(@Nullable List<Ability> abilityList) {
      this.abilityList = abilityList;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#questionList()}.
     *
     * @param questionList the value, or null to unset
     * @return this builder
     */
    public Builder questionList(@Nullable List<InterviewQuestion> questionList) {
      this.questionList = questionList;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#dimensionType()}.
     *
     * @param dimensionType the value, or null to unset
     * @return this builder
     */
    public Builder dimensionType(@Nullable DimensionType dimensionType) {
      this.dimensionType = dimensionType;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionAssessment#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewDimensionAssessment} of the components set so far.
     *
     * @return the value
     */
    public InterviewDimensionAssessment build() {
      return new InterviewDimensionAssessment(id, name, fullScore, content, dimensionId,
          dimensionScore, dimensionScoreList, dimensionCustomScore, abilityList, questionList,
          dimensionType, extraProperties);
    }
  }
}
