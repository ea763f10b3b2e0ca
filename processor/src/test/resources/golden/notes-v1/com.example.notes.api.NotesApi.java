package com.example.notes.api;

import com.example.notes.model.CreateNoteResponse;
import com.example.notes.model.DeleteNoteResponse;
import com.example.notes.model.UpdateNoteResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.NoData;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.UserAccessToken;
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
    comments = "specs/good/notes-v1.yaml"
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
  default CreateNoteResponse create(CreateNoteRequest request) {
    return create(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #create(CreateNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  CreateNoteResponse create(CreateNoteRequest request, RequestOptions options);

  /**
   * {@link #create(CreateNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<CreateNoteResponse> createAsync(CreateNoteRequest request) {
    return createAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #create(CreateNoteRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<CreateNoteResponse> createAsync(CreateNoteRequest request,
      RequestOptions options);

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
  default UpdateNoteResponse update(UpdateNoteRequest request) {
    return update(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #update(UpdateNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  UpdateNoteResponse update(UpdateNoteRequest request, RequestOptions options);

  /**
   * {@link #update(UpdateNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request) {
    return updateAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #update(UpdateNoteRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      RequestOptions options);

  /**
   * {@link #update(UpdateNoteRequest)} acting for the user whose token is given.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}
   */
  default UpdateNoteResponse update(UpdateNoteRequest request, UserAccessToken userAccessToken) {
    return update(request, userAccessToken, RequestOptions.DEFAULT);
  }

  /**
   * {@link #update(UpdateNoteRequest)} acting for the user whose token is given, with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}
   */
  default UpdateNoteResponse update(UpdateNoteRequest request, UserAccessToken userAccessToken,
      RequestOptions options) {
    return update(request, userAccessToken.applyTo(options));
  }

  /**
   * {@link #update(UpdateNoteRequest)} without blocking the caller,
   * acting for the user whose token is given.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      UserAccessToken userAccessToken) {
    return updateAsync(request, userAccessToken, RequestOptions.DEFAULT);
  }

  /**
   * {@link #update(UpdateNoteRequest)} without blocking the caller,
   * acting for the user whose token is given, with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<UpdateNoteResponse> updateAsync(UpdateNoteRequest request,
      UserAccessToken userAccessToken, RequestOptions options) {
    return updateAsync(request, userAccessToken.applyTo(options));
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
  default DeleteNoteResponse delete(DeleteNoteRequest request, UserAccessToken userAccessToken) {
    return delete(request, userAccessToken, RequestOptions.DEFAULT);
  }

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken)} with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}
   */
  DeleteNoteResponse delete(DeleteNoteRequest request, UserAccessToken userAccessToken,
      RequestOptions options);

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken)} without blocking the caller.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<DeleteNoteResponse> deleteAsync(DeleteNoteRequest request,
      UserAccessToken userAccessToken) {
    return deleteAsync(request, userAccessToken, RequestOptions.DEFAULT);
  }

  /**
   * {@link #delete(DeleteNoteRequest, UserAccessToken)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param userAccessToken the user's access token: the call acts for that user
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<DeleteNoteResponse> deleteAsync(DeleteNoteRequest request,
      UserAccessToken userAccessToken, RequestOptions options);

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
  default NoData archive(ArchiveNoteRequest request) {
    return archive(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #archive(ArchiveNoteRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}
   */
  NoData archive(ArchiveNoteRequest request, RequestOptions options);

  /**
   * {@link #archive(ArchiveNoteRequest)} without blocking the caller.
   *
   * @param request the request
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}, when it arrives
   */
  default CompletableFuture<NoData> archiveAsync(ArchiveNoteRequest request) {
    return archiveAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #archive(ArchiveNoteRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return {@link NoData#INSTANCE}: a success carries no {@code data}, when it arrives
   */
  CompletableFuture<NoData> archiveAsync(ArchiveNoteRequest request, RequestOptions options);
}
