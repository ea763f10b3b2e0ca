package com.example.files.api;

import com.example.files.model.CreateAttachmentResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link AttachmentsApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link AttachmentsOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
final class DefaultAttachmentsApi implements AttachmentsApi {
  private final LarkClient client;

  DefaultAttachmentsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public CreateAttachmentResponse create(CreateAttachmentRequest request, RequestOptions options) {
    return client.execute(AttachmentsOperations.CREATE_ATTACHMENT, request, options);
  }

  @Override
  public CompletableFuture<CreateAttachmentResponse> createAsync(CreateAttachmentRequest request,
      RequestOptions options) {
    return client.executeAsync(AttachmentsOperations.CREATE_ATTACHMENT, request, options);
  }
}
