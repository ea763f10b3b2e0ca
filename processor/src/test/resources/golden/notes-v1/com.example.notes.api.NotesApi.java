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
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.NoData;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.TokenType;
import io.larkgen.runtime.UserAccessToken;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.EnumSet;
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
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NotesApi {
  /**
   * 创建备注 / Create a note: {@code POST} {@code /open-apis/notes/v1/notes}.
   */
  public static final Operation<CreateNoteRequest, CreateNoteResponse> CREATE_NOTE =
      Operation.<CreateNoteRequest, CreateNoteResponse>builder(
          "notes.v1.notes.create", HttpMethod.POST, "/open-apis/notes/v1/notes")
      .encoder(CreateNoteRequest.ENCODER)
      .dataReader(CreateNoteResponseCodec.INSTANCE)
      .body(
          RequestBody.json((request, generator) ->
          CreateNoteRequestBodyCodec.INSTANCE.write(request.body(), generator)))
      .errorCodes(ErrorCodes.COMMON)
      .rateLimit(new RateLimit("createNote", 10, 1000))
      .build();

  /**
   * 更新备注 / Update a note: {@code PUT} {@code /open-apis/notes/v1/notes/{note_id}}.
   */
  public static final Operation<UpdateNoteRequest, UpdateNoteResponse> UPDATE_NOTE =
      Operation.<UpdateNoteRequest, UpdateNoteResponse>builder(
          "notes.v1.notes.update", HttpMethod.PUT, "/open-apis/notes/v1/notes/{note_id}")
      .encoder(UpdateNoteRequest.ENCODER)
      .dataReader(UpdateNoteResponseCodec.INSTANCE)
      .body(
          RequestBody.json((request, generator) ->
          UpdateNoteRequestBodyCodec.INSTANCE.write(request.body(), generator)))
      .tokenTypes(EnumSet.of(TokenType.TENANT, TokenType.USER))
      .errorCodes(ErrorCodes.COMMON)
      .rateLimit(new RateLimit("updateNote", 10))
      .build();

  /**
   * 删除备注 / Delete a note: {@code DELETE} {@code /open-apis/notes/v1/notes/{note_id}}.
   */
  public static final Operation<DeleteNoteRequest, DeleteNoteResponse> DELETE_NOTE =
      Operation.<DeleteNoteRequest, DeleteNoteResponse>builder(
          "notes.v1.notes.delete", HttpMethod.DELETE, "/open-apis/notes/v1/notes/{note_id}")
      .encoder(DeleteNoteRequest.ENCODER)
      .dataReader(DeleteNoteResponseCodec.INSTANCE)
      .tokenTypes(EnumSet.of(TokenType.USER))
      .errorCodes(ErrorCodes.COMMON)
      .build();

  /**
   * 归档备注 / Archive a note: {@code POST} {@code /open-apis/notes/v1/notes/{note_id}/archive}.
   */
  public static final Operation<ArchiveNoteRequest, NoData> ARCHIVE_NOTE =
      Operation.<ArchiveNoteRequest, NoData>builder(
          "notes.v1.notes.archive", HttpMethod.POST, "/open-apis/notes/v1/notes/{note_id}/archive")
      .encoder(ArchiveNoteRequest.ENCODER)
      .dataReader(NoData.READER)
      .expectsData(false)
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
   * 创建备注 / Create a note.
   *
   * <ul>
   *   <li>HTTP: {@code POST} {@code /open-apis/notes/v1/notes}
   *   <li>Rate limit: 10 requests per second and 1000 requests per minute (budget {@code createNote})
   *   <li>Access tokens: {@code tenant_access_token}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  public CreateNoteResponse create(CreateNoteRequest request) {
    return client.execute(CREATE_NOTE, request);
  }

  /**
   * {@link #create(CreateNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public CreateNoteResponse create(CreateNoteRequest request, RequestOptions options) {
    return client.execute(CREATE_NOTE, request, options);
  }

  /**
   * {@link #create(CreateNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<CreateNoteResponse> createAsync(CreateNoteRequest request) {
    return client.executeAsync(CREATE_NOTE, request);
  }

  /**
   * {@link #create(CreateNoteRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<CreateNoteResponse> createAsync(CreateNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(CREATE_NOTE, request, options);
  }

  /**
   * 更新备注 / Update a note.
   *
   * <ul>
   *   <li>HTTP: {@code PUT} {@code /open-apis/notes/v1/notes/{note_id}}
   *   <li>Rate limit: 10 requests per second (budget {@code updateNote})
   *   <li>Access tokens: {@code tenant_access_token}, {@code user_access_token}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  public UpdateNoteResponse update(UpdateNoteRequest request) {
    return client.execute(UPDATE_NOTE, request);
  }

  /**
   * {@link #update(UpdateNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public UpdateNoteResponse update(UpdateNoteRequest request, RequestOptions options) {
    return client.execute(UPDATE_NOTE, request, options);
  }

  /**
   * {@link #update(UpdateNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request) {
    return client.executeAsync(UPDATE_NOTE, request);
  }

  /**
   * {@link #update(UpdateNoteRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(UPDATE_NOTE, request, options);
  }

  /**
   * 更新备注 / Update a note.
   *
   * <ul>
   *   <li>HTTP: {@code PUT} {@code /open-apis/notes/v1/notes/{note_id}}
   *   <li>Rate limit: 10 requests per second (budget {@code updateNote})
   *   <li>Access tokens: {@code tenant_access_token}, {@code user_access_token}
   * </ul>
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}
   */
  public UpdateNoteResponse update(UpdateNoteRequest request, UserAccessToken userAccessToken) {
    return client.execute(UPDATE_NOTE, request, userAccessToken.applyTo(RequestOptions.DEFAULT));
  }

  /**
   * {@link #update(UpdateNoteRequest, UserAccessToken)} with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}
   */
  public UpdateNoteResponse update(UpdateNoteRequest request, UserAccessToken userAccessToken,
      RequestOptions options) {
    return client.execute(UPDATE_NOTE, request, userAccessToken.applyTo(options));
  }

  /**
   * {@link #update(UpdateNoteRequest, UserAccessToken)} without blocking the caller.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      UserAccessToken userAccessToken) {
    return client.executeAsync(UPDATE_NOTE, request, userAccessToken.applyTo(RequestOptions.DEFAULT));
  }

  /**
   * {@link #update(UpdateNoteRequest, UserAccessToken, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      UserAccessToken userAccessToken, RequestOptions options) {
    return client.executeAsync(UPDATE_NOTE, request, userAccessToken.applyTo(options));
  }

  /**
   * 删除备注 / Delete a note.
   *
   * <ul>
   *   <li>HTTP: {@code DELETE} {@code /open-apis/notes/v1/notes/{note_id}}
   *   <li>Access tokens: {@code user_access_token}
   * </ul>
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}
   */
  public DeleteNoteResponse delete(DeleteNoteRequest request, UserAccessToken userAccessToken) {
    return client.execute(DELETE_NOTE, request, userAccessToken.applyTo(RequestOptions.DEFAULT));
  }

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken)} with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}
   */
  public DeleteNoteResponse delete(DeleteNoteRequest request, UserAccessToken userAccessToken,
      RequestOptions options) {
    return client.execute(DELETE_NOTE, request, userAccessToken.applyTo(options));
  }

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken)} without blocking the caller.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<DeleteNoteResponse> deleteAsync(DeleteNoteRequest request,
      UserAccessToken userAccessToken) {
    return client.executeAsync(DELETE_NOTE, request, userAccessToken.applyTo(RequestOptions.DEFAULT));
  }

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<DeleteNoteResponse> deleteAsync(DeleteNoteRequest request,
      UserAccessToken userAccessToken, RequestOptions options) {
    return client.executeAsync(DELETE_NOTE, request, userAccessToken.applyTo(options));
  }

  /**
   * 归档备注 / Archive a note.
   *
   * <p>成功时响应没有 data / a success answers without data
   *
   * <ul>
   *   <li>HTTP: {@code POST} {@code /open-apis/notes/v1/notes/{note_id}/archive}
   *   <li>Access tokens: {@code tenant_access_token}
   * </ul>
   *
   * @param request the request
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}
   */
  public NoData archive(ArchiveNoteRequest request) {
    return client.execute(ARCHIVE_NOTE, request);
  }

  /**
   * {@link #archive(ArchiveNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}
   */
  public NoData archive(ArchiveNoteRequest request, RequestOptions options) {
    return client.execute(ARCHIVE_NOTE, request, options);
  }

  /**
   * {@link #archive(ArchiveNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}, when it arrives
   */
  public CompletableFuture<NoData> archiveAsync(ArchiveNoteRequest request) {
    return client.executeAsync(ARCHIVE_NOTE, request);
  }

  /**
   * {@link #archive(ArchiveNoteRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}, when it arrives
   */
  public CompletableFuture<NoData> archiveAsync(ArchiveNoteRequest request,
      RequestOptions options) {
    return client.executeAsync(ARCHIVE_NOTE, request, options);
  }
}
