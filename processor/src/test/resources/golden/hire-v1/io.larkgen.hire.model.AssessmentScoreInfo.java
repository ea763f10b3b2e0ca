package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面评打分题分数 / score of the scored feedback questions
 *
 * @param calculateType 计分方式 / how the score is calculated ({@code calculate_type}; required by the spec)
 * @param score 分数（精确到小数点后两位） / score (two decimal places) ({@code score}; required by the spec)
 * @param fullScore 满分 / maximum score ({@code full_score})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record AssessmentScoreInfo(@Nullable CalculateType calculateType, @Nullable Double score,
    @Nullable Long fullScore, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("calculate_type", "score", "full_score");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param calculateType {@code calculate_type}
   * @param score {@code score}
   * @param fullScore {@code full_score}
   * @param extraProperties unknown fields
   */
  public AssessmentScoreInfo {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "AssessmentScoreInfo");
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
   * Builder of {@link AssessmentScoreInfo}.
   */
  public static final class Builder {
    private @Nullable CalculateType calculateType;

    private @Nullable Double score;

    private @Nullable Long fullScore;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(AssessmentScoreInfo source) {
      this.calculateType = source.calculateType();
      this.score = source.score();
      this.fullScore = source.fullScore();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link AssessmentScoreInfo#calculateType()}.
     *
     * @param calculateType the value, or null to unset
     * @return this builder
     */
    public Builder calculateType(@Nullable CalculateType calculateType) {
      this.calculateType = calculateType;
      return this;
    }

    /**
     * Sets {@link AssessmentScoreInfo#score()}.
     *
     * @param score the value, or null to unset
     * @return this builder
     */
    public Builder score(@Nullable Double score) {
      this.score = score;
      return this;
    }

    /**
     * Sets {@link AssessmentScoreInfo#fullScore()}.
     *
     * @param fullScore the value, or null to unset
     * @return this builder
     */
    public Builder fullScore(@Nullable Long fullScore) {
      this.fullScore = fullScore;
      return this;
    }

    /**
     * Sets {@link AssessmentScoreInfo#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link AssessmentScoreInfo} of the components set so far.
     *
     * @return the value
     */
    public AssessmentScoreInfo build() {
      return new AssessmentScoreInfo(calculateType, score, fullScore, extraProperties);
    }
  }
}
