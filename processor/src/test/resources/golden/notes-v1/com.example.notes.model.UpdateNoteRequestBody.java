package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 更新备注的请求体 / body of a note update
 *
 * @param content 备注内容 / note text ({@code content}; required by the spec)
 * @param reminder ({@code reminder})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record UpdateNoteRequestBody(@Nullable String content, @Nullable Reminder reminder,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("content", "reminder");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param content {@code content}
   * @param reminder {@code reminder}
   * @param extraProperties unknown fields
   */
  public UpdateNoteRequestBody {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "UpdateNoteRequestBody");
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
   * Builder of {@link UpdateNoteRequestBody}.
   */
  public static final class Builder {
    private @Nullable String content;

    private @Nullable Reminder reminder;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(UpdateNoteRequestBody source) {
      this.content = source.content();
      this.reminder = source.reminder();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link UpdateNoteRequestBody#content()}.
     *
     * @param content the value, or null to unset
     * @return this builder
     */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /**
     * Sets {@link UpdateNoteRequestBody#reminder()}.
     *
     * @param reminder the value, or null to unset
     * @return this builder
     */
    public Builder reminder(@Nullable Reminder reminder) {
      this.reminder = reminder;
      return this;
    }

    /**
     * Sets {@link UpdateNoteRequestBody#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link UpdateNoteRequestBody} of the components set so far.
     *
     * @return the value
     */
    public UpdateNoteRequestBody build() {
      return new UpdateNoteRequestBody(content, reminder, extraProperties);
    }
  }
}
