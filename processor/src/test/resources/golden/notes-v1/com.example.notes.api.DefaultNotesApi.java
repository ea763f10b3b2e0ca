package com.example.notes.api;

import com.example.notes.model.CreateNoteResponse;
import com.example.notes.model.DeleteNoteResponse;
import com.example.notes.model.UpdateNoteResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.NoData;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.UserAccessToken;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link NotesApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link NotesOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
final class DefaultNotesApi implements NotesApi {
  private final LarkClient client;

  DefaultNotesApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public CreateNoteResponse create(CreateNoteRequest request, RequestOptions options) {
    return client.execute(NotesOperations.CREATE_NOTE, request, options);
  }

  @Override
  public CompletableFuture<CreateNoteResponse> createAsync(CreateNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(NotesOperations.CREATE_NOTE, request, options);
  }

  @Override
  public UpdateNoteResponse update(UpdateNoteRequest request, RequestOptions options) {
    return client.execute(NotesOperations.UPDATE_NOTE, request, options);
  }

  @Override
  public CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(NotesOperations.UPDATE_NOTE, request, options);
  }

  @Override
  public DeleteNoteResponse delete(DeleteNoteRequest request, UserAccessToken userAccessToken,
      RequestOptions options) {
    return client.execute(NotesOperations.DELETE_NOTE, request, userAccessToken.applyTo(options));
  }

  @Override
  public CompletableFuture<DeleteNoteResponse> deleteAsync(DeleteNoteRequest request,
      UserAccessToken userAccessToken, RequestOptions options) {
    return client.executeAsync(NotesOperations.DELETE_NOTE, request,
        userAccessToken.applyTo(options));
  }

  @Override
  public NoData archive(ArchiveNoteRequest request, RequestOptions options) {
    return client.execute(NotesOperations.ARCHIVE_NOTE, request, options);
  }

  @Override
  public CompletableFuture<NoData> archiveAsync(ArchiveNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(NotesOperations.ARCHIVE_NOTE, request, options);
  }
}
