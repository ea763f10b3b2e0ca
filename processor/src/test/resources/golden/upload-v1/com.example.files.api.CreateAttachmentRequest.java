package com.example.files.api;

import com.example.files.model.AttachmentKind;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * Request of {@link AttachmentsApi#create}: 上传附件 / Upload an attachment.
 *
 * <p>{@code POST} {@code /open-apis/files/v1/attachments}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link IllegalArgumentException}
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
public record CreateAttachmentRequest(FilePart file, String fileName, AttachmentKind kind,
    Integer expireDays) {
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
   * @throws IllegalArgumentException naming the parameter, its value and the rule it breaks
   */
  public CreateAttachmentRequest {
    if (file == null) {
      throw new IllegalArgumentException("file: required form field is not set");
    }
    if (file != null && file.length() > 1048576L) {
      throw new IllegalArgumentException("file: " + file.length() + " bytes is more than the maximum of 1048576 bytes");
    }
    if (fileName == null || fileName.isEmpty()) {
      throw new IllegalArgumentException("file_name: required form field is not set");
    }
    if (fileName != null && fileName.codePointCount(0, fileName.length()) > 100) {
      throw new IllegalArgumentException("file_name: \"" + fileName + "\" is longer than the maximum length 100");
    }
    if (expireDays != null && expireDays.longValue() < 1L) {
      throw new IllegalArgumentException("expire_days: " + expireDays + " is less than the minimum 1");
    }
    if (expireDays != null && expireDays.longValue() > 30L) {
      throw new IllegalArgumentException("expire_days: " + expireDays + " is greater than the maximum 30");
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
    private FilePart file;

    private String fileName;

    private AttachmentKind kind;

    private Integer expireDays;

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
    public Builder file(FilePart file) {
      this.file = file;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#fileName()}: {@code file_name}.
     *
     * @param fileName the value, or null to unset
     * @return this builder
     */
    public Builder fileName(String fileName) {
      this.fileName = fileName;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#kind()}: {@code kind}.
     *
     * @param kind the value, or null to unset
     * @return this builder
     */
    public Builder kind(AttachmentKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentRequest#expireDays()}: {@code expire_days}.
     *
     * @param expireDays the value, or null to unset
     * @return this builder
     */
    public Builder expireDays(Integer expireDays) {
      this.expireDays = expireDays;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws IllegalArgumentException naming the parameter, its value and the rule it breaks
     */
    public CreateAttachmentRequest build() {
      return new CreateAttachmentRequest(file, fileName, kind, expireDays);
    }
  }
}
