package com.example.files.api;

import com.example.files.codec.CreateAttachmentResponseCodec;
import com.example.files.model.CreateAttachmentResponse;
import io.larkgen.runtime.EnvelopeFields;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link AttachmentsApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultAttachmentsApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
final class AttachmentsOperations {
  /**
   * 上传附件 / Upload an attachment:
   * {@code POST} {@code /open-apis/files/v1/attachments}.
   */
  static final Operation<CreateAttachmentRequest, CreateAttachmentResponse> CREATE_ATTACHMENT = createAttachment();

  private AttachmentsOperations() {
  }

  private static Operation<CreateAttachmentRequest, CreateAttachmentResponse> createAttachment() {
    return Operation.<CreateAttachmentRequest, CreateAttachmentResponse>builder(
            "files.v1.attachments.create", HttpMethod.POST, "/open-apis/files/v1/attachments")
        .encoder(CreateAttachmentRequest.ENCODER)
        .dataReader(CreateAttachmentResponseCodec.INSTANCE)
        .body(RequestBody.multipart((request, form) -> form
            .file("file", request.file())
            .text("file_name", request.fileName())
            .text("kind", request.kind() == null ? null : request.kind().value())
            .text("expire_days",
                request.expireDays() == null ? null : String.valueOf(request.expireDays()))))
        .envelope(EnvelopeFields.of("code", "message", "data"))
        .errorCodes(ErrorCodes.COMMON)
        .rateLimit(new RateLimit("createAttachment", 5))
        .build();
  }
}
