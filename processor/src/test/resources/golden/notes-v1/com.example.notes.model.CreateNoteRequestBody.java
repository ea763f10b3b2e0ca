package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 创建备注的请求体 / body of a note to create
 *
 * @param applicationId 投递 ID / application ID ({@code application_id}; required by the spec)
 * @param content 备注内容 / note text ({@code content}; required by the spec; personal data,
 *     {@code ***} in {@code toString()})
 * @param privacy ({@code privacy})
 * @param mentions 提及的人 / people mentioned ({@code mentions}; never null, empty when absent)
 * @param reminder ({@code reminder})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record CreateNoteRequestBody(@Nullable String applicationId, @Nullable String content,
    @Nullable NotePrivacy privacy, List<Mention> mentions, @Nullable Reminder reminder,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("application_id", "content", "privacy",
      "mentions", "reminder");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param applicationId {@code application_id}
   * @param content {@code content}
   * @param privacy {@code privacy}
   * @param mentions {@code mentions}
   * @param reminder {@code reminder}
   * @param extraProperties unknown fields
   */
  public CreateNoteRequestBody {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "CreateNoteRequestBody");
  }

  /**
   * This value's components, with {@code ***} for those holding personal data and only the
   * names of unknown fields.
   *
   * @return the components as text
   */
  @Override
  public String toString() {
    return "CreateNoteRequestBody["
        + "applicationId=" + applicationId
        + ", content=" + (content == null ? "null" : "***")
        + ", privacy=" + privacy
        + ", mentions=" + mentions
        + ", reminder=" + reminder
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
   * Builder of {@link CreateNoteRequestBody}.
   */
  public static final class Builder {
    private @Nullable String applicationId;

    private @Nullable String content;

    private @Nullable NotePrivacy privacy;

    private @Nullable List<Mention> mentions;

    private @Nullable Reminder reminder;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(CreateNoteRequestBody source) {
      this.applicationId = source.applicationId();
      this.content = source.content();
      this.privacy = source.privacy();
      this.mentions = source.mentions();
      this.reminder = source.reminder();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link CreateNoteRequestBody#applicationId()}.
     *
     * @param applicationId the value, or null to unset
     * @return this builder
     */
    public Builder applicationId(@Nullable String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequestBody#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequestBody#privacy()}.
     *
     * @param privacy the value, or null to unset
     * @return this builder
     */
    public Builder privacy(@Nullable NotePrivacy privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequestBody#mentions()}.
     *
     * @param mentions the value, or null to unset
     * @return this builder
     */
    public Builder mentions(@Nullable List<Mention> mentions) {
      this.mentions = mentions;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequestBody#reminder()}.
     *
     * @param reminder the value, or null to unset
     * @return this builder
     */
    public Builder reminder(@Nullable Reminder reminder) {
      this.reminder = reminder;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequestBody#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link CreateNoteRequestBody} of the components set so far.
     *
     * @return the value
     */
    public CreateNoteRequestBody build() {
      return new CreateNoteRequestBody(applicationId, content, privacy, mentions, reminder,
          extraProperties);
    }
  }
}
