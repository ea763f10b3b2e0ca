package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 删除备注的事件体 / body of a note deletion
 *
 * @param noteId 备注 ID / note ID ({@code note_id})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record NoteDeletedV1EventBody(@Nullable String noteId, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("note_id");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param noteId {@code note_id}
   * @param extraProperties unknown fields
   */
  public NoteDeletedV1EventBody {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "NoteDeletedV1EventBody");
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
   * Builder of {@link NoteDeletedV1EventBody}.
   */
  public static final class Builder {
    private @Nullable String noteId;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(NoteDeletedV1EventBody source) {
      this.noteId = source.noteId();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link NoteDeletedV1EventBody#noteId()}.
     *
     * @param noteId the value, or null to unset
     * @return this builder
     */
    public Builder noteId(@Nullable String noteId) {
      this.noteId = noteId;
      return this;
    }

    /**
     * Sets {@link NoteDeletedV1EventBody#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link NoteDeletedV1EventBody} of the components set so far.
     *
     * @return the value
     */
    public NoteDeletedV1EventBody build() {
      return new NoteDeletedV1EventBody(noteId, extraProperties);
    }
  }
}
