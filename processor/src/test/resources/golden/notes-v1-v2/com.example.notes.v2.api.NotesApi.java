package com.example.notes.v2.api;

import com.example.notes.v2.model.GetNoteResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code notes} resource.
 *
 * <p>{@link #create(LarkClient)} sends each call through a {@link LarkClient}. Per call shape
 * (blocking, asynchronous, paged) one method is abstract and every overload is a default
 * method ending in it, so a test double implements those alone.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public interface NotesApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static NotesApi create(LarkClient client) {
    return new DefaultNotesApi(client);
  }

  /**
   * 获取备注 / Get a note.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/notes/v2/notes/{note_id}}
   *   <li>Access tokens: {@code tenant_access_token}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default GetNoteResponse get(GetNoteRequest request) {
    return get(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  GetNoteResponse get(GetNoteRequest request, RequestOptions options);

  /**
   * {@link #get(GetNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<GetNoteResponse> getAsync(GetNoteRequest request) {
    return getAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetNoteRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<GetNoteResponse> getAsync(GetNoteRequest request, RequestOptions options);
}
