package com.example.notes.api;

import com.example.notes.codec.UpdateNoteRequestBodyCodec;
import com.example.notes.model.UpdateNoteRequestBody;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link NotesApi#update}: 更新备注 / Update a note.
 *
 * <p>{@code PUT} {@code /open-apis/notes/v1/notes/{note_id}}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param noteId 备注 ID / note ID (path {@code note_id}; required)
 * @param body (the JSON request body; required)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record UpdateNoteRequest(String noteId, UpdateNoteRequestBody body) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<UpdateNoteRequest> ENCODER = UpdateNoteRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param noteId {@code note_id}
   * @param body {@code body}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public UpdateNoteRequest {
    if (noteId == null || noteId.isEmpty()) {
      throw new LarkRequestValidationException("note_id", LarkRequestValidationException.Rule.REQUIRED,
          "required path parameter is not set");
    }
    if (body == null) {
      throw new LarkRequestValidationException("body", LarkRequestValidationException.Rule.REQUIRED,
          "required request body is not set");
    }
    UpdateNoteRequestBodyCodec.check("body", body);
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

  private static void encode(UpdateNoteRequest request, RequestParams params) {
    params.path("note_id", request.noteId());
  }

  /**
   * Builder of {@link UpdateNoteRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable String noteId;

    private @Nullable UpdateNoteRequestBody body;

    private Builder() {
    }

    private Builder(UpdateNoteRequest source) {
      this.noteId = source.noteId();
      this.body = source.body();
    }

    /**
     * Sets {@link UpdateNoteRequest#noteId()}: {@code note_id}.
     *
     * @param noteId the value, or null to unset
     * @return this builder
     */
    public Builder noteId(@Nullable String noteId) {
      this.noteId = noteId;
      return this;
    }

    /**
     * Sets {@link UpdateNoteRequest#body()}: {@code body}.
     *
     * @param body the value, or null to unset
     * @return this builder
     */
    public Builder body(@Nullable UpdateNoteRequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public UpdateNoteRequest build() {
      return new UpdateNoteRequest(noteId, body);
    }
  }
}
