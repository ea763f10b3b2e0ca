package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DeleteNoteResponse} object.
 *
 * @param noteId 已删除的备注 ID / ID of the deleted note ({@code note_id})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record DeleteNoteResponse(@Nullable String noteId, Map<String, Object> extraProperties) {
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
  public DeleteNoteResponse {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "DeleteNoteResponse");
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
   * Builder of {@link DeleteNoteResponse}.
   */
  public static final class Builder {
    private @Nullable String noteId;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(DeleteNoteResponse source) {
      this.noteId = source.noteId();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link DeleteNoteResponse#noteId()}.
     *
     * @param noteId the value, or null to unset
     * @return this builder
     */
    public Builder noteId(@Nullable String noteId) {
      this.noteId = noteId;
      return this;
    }

    /**
     * Sets {@link DeleteNoteResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link DeleteNoteResponse} of the components set so far.
     *
     * @return the value
     */
    public DeleteNoteResponse build() {
      return new DeleteNoteResponse(noteId, extraProperties);
    }
  }
}
