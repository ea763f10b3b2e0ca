package com.example.notes.api;

import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link NotesApi#delete}: 删除备注 / Delete a note.
 *
 * <p>{@code DELETE} {@code /open-apis/notes/v1/notes/{note_id}}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param noteId 备注 ID / note ID (path {@code note_id}; required)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record DeleteNoteRequest(String noteId) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<DeleteNoteRequest> ENCODER = DeleteNoteRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param noteId {@code note_id}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public DeleteNoteRequest {
    if (noteId == null || noteId.isEmpty()) {
      throw new LarkRequestValidationException("note_id", LarkRequestValidationException.Rule.REQUIRED,
          "required path parameter is not set");
    }
  }

  /**
   * A builder with every parameter unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void encode(DeleteNoteRequest request, RequestParams params) {
    params.path("note_id", request.noteId());
  }

  /**
   * Builder of {@link DeleteNoteRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable String noteId;

    private Builder() {
    }

    private Builder(DeleteNoteRequest source) {
      this.noteId = source.noteId();
    }

    /**
     * Sets {@link DeleteNoteRequest#noteId()}: {@code note_id}.
     *
     * @param noteId the value, or null to unset
     * @return this builder
     */
    public Builder noteId(@Nullable String noteId) {
      this.noteId = noteId;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public DeleteNoteRequest build() {
      return new DeleteNoteRequest(noteId);
    }
  }
}
