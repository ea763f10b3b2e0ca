package com.example.notes.v2.api;

import com.example.notes.v2.codec.GetNoteResponseCodec;
import com.example.notes.v2.model.GetNoteResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link NotesApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultNotesApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
final class NotesOperations {
  /**
   * 获取备注 / Get a note:
   * {@code GET} {@code /open-apis/notes/v2/notes/{note_id}}.
   */
  static final Operation<GetNoteRequest, GetNoteResponse> GET_NOTE = getNote();

  private NotesOperations() {
  }

  private static Operation<GetNoteRequest, GetNoteResponse> getNote() {
    return Operation.<GetNoteRequest, GetNoteResponse>builder(
            "notes.v2.notes.get", HttpMethod.GET, "/open-apis/notes/v2/notes/{note_id}")
        .encoder(GetNoteRequest.ENCODER)
        .dataReader(GetNoteResponseCodec.INSTANCE)
        .errorCodes(ErrorCodes.COMMON)
        .build();
  }
}
