package com.example.files.api;

import com.example.files.codec.CreateAttachmentResponseCodec;
import com.example.files.model.CreateAttachmentResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code attachments} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class AttachmentsApi {
  /**
   * 上传附件 / Upload an attachment: {@code POST} {@code /open-apis/files/v1/attachments}.
   */
  public static final Operation<CreateAttachmentRequest, CreateAttachmentResponse> CREATE_ATTACHMENT =
      Operation.<CreateAttachmentRequest, CreateAttachmentResponse>builder(
          "files.v1.attachments.create", HttpMethod.POST, "/open-apis/files/v1/attachments")
      .encoder(CreateAttachmentRequest.ENCODER)
      .dataReader(CreateAttachmentResponseCodec.INSTANCE)
      .body(RequestBody.multipart((request, form) -> form
          .file("file", request.file())
          .text("file_name", request.fileName())
          .text("kind", request.kind() == null ? null : request.kind().value())
          .text("expire_days", request.expireDays() == null ? null : String.valueOf(request.expireDays()))))
      .errorCodes(ErrorCodes.COMMON)
      .rateLimit(new RateLimit("createAttachment", 5))
      .build();

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public AttachmentsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
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
  public CreateAttachmentResponse create(CreateAttachmentRequest request) {
    return client.execute(CREATE_ATTACHMENT, request);
  }

  /**
   * {@link #create(CreateAttachmentRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public CreateAttachmentResponse create(CreateAttachmentRequest request, RequestOptions options) {
    return client.execute(CREATE_ATTACHMENT, request, options);
  }

  /**
   * {@link #create(CreateAttachmentRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<CreateAttachmentResponse> createAsync(CreateAttachmentRequest request) {
    return client.executeAsync(CREATE_ATTACHMENT, request);
  }

  /**
   * {@link #create(CreateAttachmentRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<CreateAttachmentResponse> createAsync(CreateAttachmentRequest request,
      RequestOptions options) {
    return client.executeAsync(CREATE_ATTACHMENT, request, options);
  }
}
