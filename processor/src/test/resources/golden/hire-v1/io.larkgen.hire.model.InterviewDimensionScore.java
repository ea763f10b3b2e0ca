package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 维度评价选项 / option chosen for a dimension
 *
 * @param id 选项 ID / option ID ({@code id})
 * @param name 选项名称 / option name ({@code name})
 * @param scoreVal 选项对应的分数，维度评价方式为「打分题(单选)」时关注该字段 / score of the option, for score by option (6) ({@code score_val})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewDimensionScore(@Nullable String id, @Nullable I18n name,
    @Nullable Integer scoreVal, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name", "score_val");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param scoreVal {@code score_val}
   * @param extraProperties unknown fields
   */
  public InterviewDimensionScore {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewDimensionScore");
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
   * Builder of {@link InterviewDimensionScore}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable Integer scoreVal;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewDimensionScore source) {
      this.id = source.id();
      this.name = source.name();
      this.scoreVal = source.scoreVal();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewDimensionScore#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionScore#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionScore#scoreVal()}.
     *
     * @param scoreVal the value, or null to unset
     * @return this builder
     */
    public Builder scoreVal(@Nullable Integer scoreVal) {
      this.scoreVal = scoreVal;
      return this;
    }

    /**
     * Sets {@link InterviewDimensionScore#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewDimensionScore} of the components set so far.
     *
     * @return the value
     */
    public InterviewDimensionScore build() {
      return new InterviewDimensionScore(id, name, scoreVal, extraProperties);
    }
  }
}
