package com.example.notes.api;

import com.example.notes.codec.CreateNoteRequestBodyCodec;
import com.example.notes.codec.CreateNoteResponseCodec;
import com.example.notes.codec.DeleteNoteResponseCodec;
import com.example.notes.codec.UpdateNoteRequestBodyCodec;
import com.example.notes.codec.UpdateNoteResponseCodec;
import com.example.notes.model.CreateNoteResponse;
import com.example.notes.model.DeleteNoteResponse;
import com.example.notes.model.UpdateNoteResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.NoData;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.TokenType;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.EnumSet;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link NotesApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultNotesApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
final class NotesOperations {
  /**
   * 创建备注 / Create a note:
   * {@code POST} {@code /open-apis/notes/v1/notes}.
   */
  static final Operation<CreateNoteRequest, CreateNoteResponse> CREATE_NOTE = createNote();

  /**
   * 更新备注 / Update a note:
   * {@code PUT} {@code /open-apis/notes/v1/notes/{note_id}}.
   */
  static final Operation<UpdateNoteRequest, UpdateNoteResponse> UPDATE_NOTE = updateNote();

  /**
   * 删除备注 / Delete a note:
   * {@code DELETE} {@code /open-apis/notes/v1/notes/{note_id}}.
   */
  static final Operation<DeleteNoteRequest, DeleteNoteResponse> DELETE_NOTE = deleteNote();

  /**
   * 归档备注 / Archive a note:
   * {@code POST} {@code /open-apis/notes/v1/notes/{note_id}/archive}.
   */
  static final Operation<ArchiveNoteRequest, NoData> ARCHIVE_NOTE = archiveNote();

  private NotesOperations() {
  }

  private static Operation<CreateNoteRequest, CreateNoteResponse> createNote() {
    return Operation.<CreateNoteRequest, CreateNoteResponse>builder(
            "notes.v1.notes.create", HttpMethod.POST, "/open-apis/notes/v1/notes")
        .encoder(CreateNoteRequest.ENCODER)
        .dataReader(CreateNoteResponseCodec.INSTANCE)
        .body(RequestBody.json((request, generator) ->
            CreateNoteRequestBodyCodec.INSTANCE.write(request.body(), generator)))
        .errorCodes(ErrorCodes.COMMON)
        .rateLimit(new RateLimit("createNote", 10, 1000))
        .build();
  }

  private static Operation<UpdateNoteRequest, UpdateNoteResponse> updateNote() {
    return Operation.<UpdateNoteRequest, UpdateNoteResponse>builder(
            "notes.v1.notes.update", HttpMethod.PUT, "/open-apis/notes/v1/notes/{note_id}")
        .encoder(UpdateNoteRequest.ENCODER)
        .dataReader(UpdateNoteResponseCodec.INSTANCE)
        .body(RequestBody.json((request, generator) ->
            UpdateNoteRequestBodyCodec.INSTANCE.write(request.body(), generator)))
        .tokenTypes(EnumSet.of(TokenType.TENANT, TokenType.USER))
        .errorCodes(ErrorCodes.COMMON)
        .rateLimit(new RateLimit("updateNote", 10))
        .build();
  }

  private static Operation<DeleteNoteRequest, DeleteNoteResponse> deleteNote() {
    return Operation.<DeleteNoteRequest, DeleteNoteResponse>builder(
            "notes.v1.notes.delete", HttpMethod.DELETE, "/open-apis/notes/v1/notes/{note_id}")
        .encoder(DeleteNoteRequest.ENCODER)
        .dataReader(DeleteNoteResponseCodec.INSTANCE)
        .tokenTypes(EnumSet.of(TokenType.USER))
        .errorCodes(ErrorCodes.COMMON)
        .build();
  }

  private static Operation<ArchiveNoteRequest, NoData> archiveNote() {
    return Operation.<ArchiveNoteRequest, NoData>builder(
            "notes.v1.notes.archive", HttpMethod.POST,
                "/open-apis/notes/v1/notes/{note_id}/archive")
        .encoder(ArchiveNoteRequest.ENCODER)
        .dataReader(NoData.READER)
        .expectsData(false)
        .errorCodes(ErrorCodes.COMMON)
        .build();
  }
}
