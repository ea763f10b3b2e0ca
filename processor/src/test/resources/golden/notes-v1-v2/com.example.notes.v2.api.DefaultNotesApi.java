package com.example.notes.v2.api;

import com.example.notes.v2.model.GetNoteResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
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
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
final class DefaultNotesApi implements NotesApi {
  private final LarkClient client;

  DefaultNotesApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public GetNoteResponse get(GetNoteRequest request, RequestOptions options) {
    return client.execute(NotesOperations.GET_NOTE, request, options);
  }

  @Override
  public CompletableFuture<GetNoteResponse> getAsync(GetNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(NotesOperations.GET_NOTE, request, options);
  }
}
