package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试题目 / interview question
 *
 * @param id 面试题题目 ID / question ID ({@code id}; required by the spec)
 * @param title 面试题题目 / question title ({@code title})
 * @param description 面试题描述 / question description ({@code description})
 * @param content 面试者作答内容 / the candidate's answer ({@code content})
 * @param abilityList 题目关联的能力项 / abilities assessed by the question ({@code ability_list}; never
 *     null, empty when absent)
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewQuestion(@Nullable String id, @Nullable I18n title,
    @Nullable I18n description, @Nullable String content, List<Ability> abilityList,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "title", "description", "content",
      "ability_list");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param title {@code title}
   * @param description {@code description}
   * @param content {@code content}
   * @param abilityList {@code ability_list}
   * @param extraProperties unknown fields
   */
  public InterviewQuestion {
    abilityList = abilityList == null ? List.of() : List.copyOf(abilityList);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewQuestion");
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
   * Builder of {@link InterviewQuestion}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n title;

    private @Nullable I18n description;

    private @Nullable String content;

    private @Nullable List<Ability> abilityList;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewQuestion source) {
      this.id = source.id();
      this.title = source.title();
      this.description = source.description();
      this.content = source.content();
      this.abilityList = source.abilityList();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewQuestion#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewQuestion#title()}.
     *
     * @param title the value, or null to unset
     * @return this builder
     */
    public Builder title(@Nullable I18n title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link InterviewQuestion#description()}.
     *
     * @param description the value, or null to unset
     * @return this builder
     */
    public Builder description(@Nullable I18n description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link InterviewQuestion#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link InterviewQuestion#abilityList()}.
     *
     * @param abilityList the value, or null to unset
     * @return this builder
     */
    public Builder abilityList(@Nullable List<Ability> abilityList) {
      this.abilityList = abilityList;
      return this;
    }

    /**
     * Sets {@link InterviewQuestion#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewQuestion} of the components set so far.
     *
     * @return the value
     */
    public InterviewQuestion build() {
      return new InterviewQuestion(id, title, description, content, abilityList, extraProperties);
    }
  }
}
