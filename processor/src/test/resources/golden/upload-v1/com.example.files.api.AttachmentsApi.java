package com.example.files.api;

import com.example.files.model.CreateAttachmentResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code attachments} resource.
 *
 * <p>{@link #create(LarkClient)} sends each call through a {@link LarkClient}. Per call shape
 * (blocking, asynchronous, paged) one method is abstract and every overload is a default
 * method ending in it, so a test double implements those alone.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public interface AttachmentsApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static AttachmentsApi create(LarkClient client) {
    return new DefaultAttachmentsApi(client);
  }

  /**
   * 上传附件 / Upload an attachment.
   *
   * <ul>
   *   <li>HTTP: {@code POST} {@code /open-apis/files/v1/attachments}
   *   <li>Rate limit: 5 requests per second (budget {@code createAttachment})
   *   <li>Access tokens: {@code tenant_access_token}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default CreateAttachmentResponse create(CreateAttachmentRequest request) {
    return create(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #create(CreateAttachmentRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  CreateAttachmentResponse create(CreateAttachmentRequest request, RequestOptions options);

  /**
   * {@link #create(CreateAttachmentRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<CreateAttachmentResponse> createAsync(CreateAttachmentRequest request) {
    return createAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #create(CreateAttachmentRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<CreateAttachmentResponse> createAsync(CreateAttachmentRequest request,
      RequestOptions options);
}
