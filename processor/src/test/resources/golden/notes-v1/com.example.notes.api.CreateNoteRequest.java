package com.example.notes.api;

import com.example.notes.codec.CreateNoteRequestBodyCodec;
import com.example.notes.model.CreateNoteRequestBody;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.RequestRules;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link NotesApi#create}: 创建备注 / Create a note.
 *
 * <p>{@code POST} {@code /open-apis/notes/v1/notes}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param userIdType 用户 ID 类型 / user ID type (query {@code user_id_type}; matching the pattern
 *     {@code ^(open_id|union_id|user_id)$})
 * @param body (the JSON request body; required)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record CreateNoteRequest(@Nullable String userIdType, CreateNoteRequestBody body) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<CreateNoteRequest> ENCODER = CreateNoteRequest::encode;

  private static final Pattern USER_ID_TYPE_PATTERN = Pattern.compile("^(open_id|union_id|user_id)$");

  /**
   * Checks every rule the spec states.
   *
   * @param userIdType {@code user_id_type}
   * @param body {@code body}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public CreateNoteRequest {
    RequestRules.pattern("user_id_type", userIdType, USER_ID_TYPE_PATTERN);
    if (body == null) {
      throw new LarkRequestValidationException("body", LarkRequestValidationException.Rule.REQUIRED,
          "required request body is not set");
    }
    CreateNoteRequestBodyCodec.check("body", body);
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

  private static void encode(CreateNoteRequest request, RequestParams params) {
    params.query("user_id_type", request.userIdType());
  }

  /**
   * Builder of {@link CreateNoteRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable String userIdType;

    private @Nullable CreateNoteRequestBody body;

    private Builder() {
    }

    private Builder(CreateNoteRequest source) {
      this.userIdType = source.userIdType();
      this.body = source.body();
    }

    /**
     * Sets {@link CreateNoteRequest#userIdType()}: {@code user_id_type}.
     *
     * @param userIdType the value, or null to unset
     * @return this builder
     */
    public Builder userIdType(@Nullable String userIdType) {
      this.userIdType = userIdType;
      return this;
    }

    /**
     * Sets {@link CreateNoteRequest#body()}: {@code body}.
     *
     * @param body the value, or null to unset
     * @return this builder
     */
    public Builder body(@Nullable CreateNoteRequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public CreateNoteRequest build() {
      return new CreateNoteRequest(userIdType, body);
    }
  }
}
