package io.larkgen.hire.api;

import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link InterviewRecordsApi#get}: 获取面试评价详细信息 / Get an interview record.
 *
 * <p>{@code GET} {@code /open-apis/hire/v1/interview_records/{interview_record_id}}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param interviewRecordId 面试评价 ID，可通过「获取面试信息」接口获取 / interview record ID, from the list-interviews
 *     API (path {@code interview_record_id}; required)
 * @param userIdType 用户 ID 类型 / type of the user IDs in the request and response (query
 *     {@code user_id_type}; default {@code open_id})
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record GetInterviewRecordRequest(String interviewRecordId, @Nullable UserIdType userIdType) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<GetInterviewRecordRequest> ENCODER = GetInterviewRecordRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param interviewRecordId {@code interview_record_id}
   * @param userIdType {@code user_id_type}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public GetInterviewRecordRequest {
    if (interviewRecordId == null || interviewRecordId.isEmpty()) {
      throw new LarkRequestValidationException("interview_record_id", LarkRequestValidationException.Rule.REQUIRED,
          "required path parameter is not set");
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

  private static void encode(GetInterviewRecordRequest request, RequestParams params) {
    params.path("interview_record_id", request.interviewRecordId());
    params.query("user_id_type", request.userIdType() == null ? null : request.userIdType().value());
  }

  /**
   * Builder of {@link GetInterviewRecordRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable String interviewRecordId;

    private @Nullable UserIdType userIdType;

    private Builder() {
    }

    private Builder(GetInterviewRecordRequest source) {
      this.interviewRecordId = source.interviewRecordId();
      this.userIdType = source.userIdType();
    }

    /**
     * Sets {@link GetInterviewRecordRequest#interviewRecordId()}: {@code interview_record_id}.
     *
     * @param interviewRecordId the value, or null to unset
     * @return this builder
     */
    public Builder interviewRecordId(@Nullable String interviewRecordId) {
      this.interviewRecordId = interviewRecordId;
      return this;
    }

    /**
     * Sets {@link GetInterviewRecordRequest#userIdType()}: {@code user_id_type}.
     *
     * @param userIdType the value, or null to unset
     * @return this builder
     */
    public Builder userIdType(@Nullable UserIdType userIdType) {
      this.userIdType = userIdType;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public GetInterviewRecordRequest build() {
      return new GetInterviewRecordRequest(interviewRecordId, userIdType);
    }
  }
}
