package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 备注 / a note
 *
 * @param id 备注 ID / note ID ({@code id})
 * @param applicationId 投递 ID / application ID ({@code application_id})
 * @param content 备注内容 / note text ({@code content}; personal data, {@code ***} in {@code toString()})
 * @param privacy ({@code privacy})
 * @param createTime 创建时间 / creation time ({@code create_time}; decimal string of milliseconds since
 *     the epoch as sent, see {@link #createTimeInstant()})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record Note(@Nullable String id, @Nullable String applicationId, @Nullable String content,
    @Nullable NotePrivacy privacy, @Nullable String createTime,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "application_id", "content",
      "privacy", "create_time");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param applicationId {@code application_id}
   * @param content {@code content}
   * @param privacy {@code privacy}
   * @param createTime {@code create_time}
   * @param extraProperties unknown fields
   */
  public Note {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Note");
  }

  /**
   * {@link #createTime()} parsed as milliseconds since the epoch; empty when absent or empty.
   *
   * @return the instant, if present
   * @throws NumberFormatException if the value is not a decimal number
   */
  public Optional<Instant> createTimeInstant() {
    return createTime == null || createTime.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(Long.parseLong(createTime)));
  }

  /**
   * This value's components, with {@code ***} for those holding personal data and only the
   * names of unknown fields.
   *
   * @return the components as text
   */
  @Override
  public String toString() {
    return "Note["
        + "id=" + id
        + ", applicationId=" + applicationId
        + ", content=" + (content == null ? "null" : "***")
        + ", privacy=" + privacy
        + ", createTime=" + createTime
        + ", extraProperties=" + extraProperties.keySet() + "]";
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
   * Builder of {@link Note}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable String applicationId;

    private @Nullable String content;

    private @Nullable NotePrivacy privacy;

    private @Nullable String createTime;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Note source) {
      this.id = source.id();
      this.applicationId = source.applicationId();
      this.content = source.content();
      this.privacy = source.privacy();
      this.createTime = source.createTime();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Note#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Note#applicationId()}.
     *
     * @param applicationId the value, or null to unset
     * @return this builder
     */
    public Builder applicationId(@Nullable String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * Sets {@link Note#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link Note#privacy()}.
     *
     * @param privacy the value, or null to unset
     * @return this builder
     */
    public Builder privacy(@Nullable NotePrivacy privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * Sets {@link Note#createTime()}.
     *
     * @param createTime the value, or null to unset
     * @return this builder
     */
    public Builder createTime(@Nullable String createTime) {
      this.createTime = createTime;
      return this;
    }

    /**
     * Sets {@link Note#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Note} of the components set so far.
     *
     * @return the value
     */
    public Note build() {
      return new Note(id, applicationId, content, privacy, createTime, extraProperties);
    }
  }
}
