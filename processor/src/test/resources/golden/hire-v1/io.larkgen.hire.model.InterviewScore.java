package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试得分 / interview score
 *
 * @param id 面试得分 ID（面试评价表中的选项 ID） / score ID (option ID of the feedback form) ({@code id})
 * @param level 面试得分分数级别 / score level ({@code level})
 * @param zhName 面试得分中文名称 / Chinese name of the score ({@code zh_name})
 * @param zhDescription 面试得分中文描述 / Chinese description of the score ({@code zh_description})
 * @param enName 面试得分英文名称 / English name of the score ({@code en_name})
 * @param enDescription 面试得分英文描述 / English description of the score ({@code en_description})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewScore(@Nullable String id, @Nullable Integer level, @Nullable String zhName,
    @Nullable String zhDescription, @Nullable String enName, @Nullable String enDescription,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "level", "zh_name", "zh_description",
      "en_name", "en_description");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param level {@code level}
   * @param zhName {@code zh_name}
   * @param zhDescription {@code zh_description}
   * @param enName {@code en_name}
   * @param enDescription {@code en_description}
   * @param extraProperties unknown fields
   */
  public InterviewScore {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewScore");
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
   * Builder of {@link InterviewScore}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable Integer level;

    private @Nullable String zhName;

    private @Nullable String zhDescription;

    private @Nullable String enName;

    private @Nullable String enDescription;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewScore source) {
      this.id = source.id();
      this.level = source.level();
      this.zhName = source.zhName();
      this.zhDescription = source.zhDescription();
      this.enName = source.enName();
      this.enDescription = source.enDescription();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewScore#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewScore#level()}.
     *
     * @param level the value, or null to unset
     * @return this builder
     */
    public Builder level(@Nullable Integer level) {
      this.level = level;
      return this;
    }

    /**
     * Sets {@link InterviewScore#zhName()}.
     *
     * @param zhName the value, or null to unset
     * @return this builder
     */
    public Builder zhName(@Nullable String zhName) {
      this.zhName = zhName;
      return this;
    }

    /**
     * Sets {@link InterviewScore#zhDescription()}.
     *
     * @param zhDescription the value, or null to unset
     * @return this builder
     */
    public Builder zhDescription(@Nullable String zhDescription) {
      this.zhDescription = zhDescription;
      return this;
    }

    /**
     * Sets {@link InterviewScore#enName()}.
     *
     * @param enName the value, or null to unset
     * @return this builder
     */
    public Builder enName(@Nullable String enName) {
      this.enName = enName;
      return this;
    }

    /**
     * Sets {@link InterviewScore#enDescription()}.
     *
     * @param enDescription the value, or null to unset
     * @return this builder
     */
    public Builder enDescription(@Nullable String enDescription) {
      this.enDescription = enDescription;
      return this;
    }

    /**
     * Sets {@link InterviewScore#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewScore} of the components set so far.
     *
     * @return the value
     */
    public InterviewScore build() {
      return new InterviewScore(id, level, zhName, zhDescription, enName, enDescription,
          extraProperties);
    }
  }
}
