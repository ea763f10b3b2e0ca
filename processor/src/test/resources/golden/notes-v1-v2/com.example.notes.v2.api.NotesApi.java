package com.example.notes.v2.api;

import com.example.notes.v2.codec.GetNoteResponseCodec;
import com.example.notes.v2.model.GetNoteResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code notes} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class NotesApi {
  /**
   * 获取备注 / Get a note: {@code GET} {@code /open-apis/notes/v2/notes/{note_id}}.
   */
  public static final Operation<GetNoteRequest, GetNoteResponse> GET_NOTE =
      Operation.<GetNoteRequest, GetNoteResponse>builder(
          "notes.v2.notes.get", HttpMethod.GET, "/open-apis/notes/v2/notes/{note_id}")
      .encoder(GetNoteRequest.ENCODER)
      .dataReader(GetNoteResponseCodec.INSTANCE)
      .errorCodes(ErrorCodes.COMMON)
      .build();

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public NotesApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
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
  public GetNoteResponse get(GetNoteRequest request) {
    return client.execute(GET_NOTE, request);
  }

  /**
   * {@link #get(GetNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public GetNoteResponse get(GetNoteRequest request, RequestOptions options) {
    return client.execute(GET_NOTE, request, options);
  }

  /**
   * {@link #get(GetNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetNoteResponse> getAsync(GetNoteRequest request) {
    return client.executeAsync(GET_NOTE, request);
  }

  /**
   * {@link #get(GetNoteRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetNoteResponse> getAsync(GetNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(GET_NOTE, request, options);
  }
}
