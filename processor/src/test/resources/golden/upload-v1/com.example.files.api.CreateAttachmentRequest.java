package com.example.files.api;

import com.example.files.model.AttachmentKind;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link AttachmentsApi#create}: 上传附件 / Upload an attachment.
 *
 * <p>{@code POST} {@code /open-apis/files/v1/attachments}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param file 文件内容，最大 1 MB / the file, at most 1 MB (file of form field {@code file}; required; at
 *     most 1048576 bytes, checked before anything is read; streamed, never held in memory)
 * @param fileName 文件名 / file name (form field {@code file_name}; required; at most 100 characters)
 * @param kind (form field {@code kind})
 * @param expireDays 保留天数 / days to keep (form field {@code expire_days}; minimum 1; maximum 30)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public record CreateAttachmentRequest(FilePart file, String fileName, @Nullable AttachmentKind kind,
    @Nullable Integer expireDays) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<CreateAttachmentRequest> ENCODER = CreateAttachmentRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param file {@code file}
   * @param fileName {@code file_name}
   * @param kind {@code kind}
   * @param expireDays {@code expire_days}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public CreateAttachmentRequest {
    if (file == null) {
      throw new LarkRequestValidationException("file", LarkRequestValidationException.Rule.REQUIRED,
          "required form field is not set");
    }
    if (file != null && file.length() > 1048576L) {
      throw new LarkRequestValidationException("file", LarkRequestValidationException.Rule.MAX_BYTES, file.length()
          + " bytes is more than the maximum of 1048576 bytes");
    }
    if (fileName == null || fileName.isEmpty()) {
      throw new LarkRequestValidationException("file_name", LarkRequestValidationException.Rule.REQUIRED,
          "required form field is not set");
    }
    if (fileName != null && fileName.codePointCount(0, fileName.length()) > 100) {
      throw new LarkRequestValidationException("file_name", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + fileName + "\" is longer than the maximum length 100");
    }
    if (expireDays != null && expireDays.longValue() < 1L) {
      throw new LarkRequestValidationException("expire_days", LarkRequestValidationException.Rule.MINIMUM, expireDays
          + " is less than the minimum 1");
    }
    if (expireDays != null && expireDays.longValue() > 30L) {
      throw new LarkRequestValidationException("expire_days", LarkRequestValidationException.Rule.MAXIMUM, expireDays
          + " is greater than the maximum 30");
    }
  }

  /**
   * A builder with every parameter unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void encode(CreateAttachmentRequest request, RequestParams params) {
  }

  /**
   * Builder of {@link CreateAttachmentRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable FilePart file;

    private @Nullable String fileName;

    private @Nullable AttachmentKind kind;

    private @Nullable Integer expireDays;

    private Builder() {
    }

    private Builder(CreateAttachmentRequest source) {
      this.file = source.file();
      this.fileName = source.fileName();
      this.kind = source.kind();
      this.expireDays = source.expireDays();
    }

    /**
     * Sets {@link CreateAttachmentRequest#file()}: {@code file}.
     *
     * @param file the value, or null to unset
     * @return this builder
     */
    public Builder file(@Nullable FilePart file) {
      this.file = file;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#fileName()}: {@code file_name}.
     *
     * @param fileName the value, or null to unset
     * @return this builder
     */
    public Builder fileName(@Nullable String fileName) {
      this.fileName = fileName;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#kind()}: {@code kind}.
     *
     * @param kind the value, or null to unset
     * @return this builder
     */
    public Builder kind(@Nullable AttachmentKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#expireDays()}: {@code expire_days}.
     *
     * @param expireDays the value, or null to unset
     * @return this builder
     */
    public Builder expireDays(@Nullable Integer expireDays) {
      this.expireDays = expireDays;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public CreateAttachmentRequest build() {
      return new CreateAttachmentRequest(file, fileName, kind, expireDays);
    }
  }
}
