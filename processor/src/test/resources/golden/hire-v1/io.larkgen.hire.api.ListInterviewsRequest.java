package io.larkgen.hire.api;

import io.larkgen.hire.model.JobLevelIdType;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.RequestRules;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link InterviewsApi#list}: 获取面试信息 / List interviews.
 *
 * <p>{@code GET} {@code /open-apis/hire/v1/interviews}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * <p>At least one of {@code application_id}, {@code interview_id}, {@code start_time},
 * {@code end_time} must be set (不允许 application_id、interview_id、start_time、end_time 同时为空 /
 * application_id, interview_id, start_time and end_time may not all be empty).
 *
 * @param pageSize 分页大小 / page size (query {@code page_size}; default {@code 10}; maximum 100)
 * @param pageToken 分页标记，第一次请求不填，表示从头开始遍历；分页查询结果还有更多项时会同时返回新的 page_token，下次遍历可采用该 page_token 获取查询结果。
 * Page cursor: leave empty on the first request; when more results exist, the response
 * carries a new page_token for the next request. (query {@code page_token})
 * @param applicationId 投递 ID，可通过「获取投递列表」接口获取（不允许 application_id、interview_id、start_time、end_time 同时为空）。
 * Application ID, from the list-applications API (application_id, interview_id,
 * start_time and end_time may not all be empty). (query {@code application_id})
 * @param interviewId 面试 ID（不允许 application_id、interview_id、start_time、end_time 同时为空）。
 * Interview ID (application_id, interview_id, start_time and end_time may not all be
 * empty). (query {@code interview_id})
 * @param startTime 面试最早开始时间，毫秒时间戳，必须大于 0（不允许 application_id、interview_id、start_time、end_time 同时为空）。
 * Earliest interview start time, epoch milliseconds, greater than 0 (application_id,
 * interview_id, start_time and end_time may not all be empty). (query {@code start_time}; sent as
 * milliseconds since the epoch; greater than 0)
 * @param endTime 面试最晚开始时间，毫秒时间戳，必须大于 0（不允许 application_id、interview_id、start_time、end_time 同时为空）。
 * Latest interview start time (the filter applies to the start time), epoch
 * milliseconds, greater than 0 (application_id, interview_id, start_time and end_time
 * may not all be empty). (query {@code end_time}; sent as milliseconds since the epoch; greater than 0)
 * @param jobLevelIdType 此次调用中使用的「职级 ID」的类型 / type of the job level IDs used in this call (query
 *     {@code job_level_id_type}; default {@code people_admin_job_level_id})
 * @param userIdType 用户 ID 类型 / type of the user IDs in the request and response (query
 *     {@code user_id_type}; default {@code open_id})
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record ListInterviewsRequest(@Nullable Integer pageSize, @Nullable String pageToken,
    @Nullable String applicationId, @Nullable String interviewId, @Nullable Instant startTime,
    @Nullable Instant endTime, @Nullable JobLevelIdType jobLevelIdType,
    @Nullable UserIdType userIdType) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<ListInterviewsRequest> ENCODER = ListInterviewsRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param pageSize {@code page_size}
   * @param pageToken {@code page_token}
   * @param applicationId {@code application_id}
   * @param interviewId {@code interview_id}
   * @param startTime {@code start_time}
   * @param endTime {@code end_time}
   * @param jobLevelIdType {@code job_level_id_type}
   * @param userIdType {@code user_id_type}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public ListInterviewsRequest {
    if (pageSize != null && pageSize.longValue() > 100L) {
      throw new LarkRequestValidationException("page_size", LarkRequestValidationException.Rule.MAXIMUM, pageSize
          + " is greater than the maximum 100");
    }
    if (startTime != null) {
      RequestRules.epochMillis("start_time", startTime);
    }
    if (startTime != null && startTime.toEpochMilli() <= 0L) {
      throw new LarkRequestValidationException("start_time", LarkRequestValidationException.Rule.EXCLUSIVE_MINIMUM,
          startTime.toEpochMilli() + " (" + startTime + ") is not greater than the exclusive minimum 0");
    }
    if (endTime != null) {
      RequestRules.epochMillis("end_time", endTime);
    }
    if (endTime != null && endTime.toEpochMilli() <= 0L) {
      throw new LarkRequestValidationException("end_time", LarkRequestValidationException.Rule.EXCLUSIVE_MINIMUM,
          endTime.toEpochMilli() + " (" + endTime + ") is not greater than the exclusive minimum 0");
    }
    if ((applicationId == null || applicationId.isEmpty())
        && (interviewId == null || interviewId.isEmpty())
        && (startTime == null)
        && (endTime == null)) {
      throw new LarkRequestValidationException(List.of("application_id", "interview_id", "start_time", "end_time"),
          "不允许 application_id、interview_id、start_time、end_time 同时为空 / application_id, interview_id, start_time and end_time may not all be empty");
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

  /**
   * This request asking for another page; every other parameter is kept.
   *
   * @param pageToken the {@code page_token} returned by the previous page, or null for the first page
   * @return the request of that page
   */
  public ListInterviewsRequest withPageToken(@Nullable String pageToken) {
    return new ListInterviewsRequest(pageSize, pageToken, applicationId, interviewId, startTime,
        endTime, jobLevelIdType, userIdType);
  }

  private static void encode(ListInterviewsRequest request, RequestParams params) {
    params.query("page_size", request.pageSize());
    params.query("page_token", request.pageToken());
    params.query("application_id", request.applicationId());
    params.query("interview_id", request.interviewId());
    params.query("start_time", request.startTime() == null ? null : String.valueOf(request.startTime().toEpochMilli()));
    params.query("end_time", request.endTime() == null ? null : String.valueOf(request.endTime().toEpochMilli()));
    params.query("job_level_id_type", request.jobLevelIdType() == null ? null : request.jobLevelIdType().value());
    params.query("user_id_type", request.userIdType() == null ? null : request.userIdType().value());
  }

  /**
   * Builder of {@link ListInterviewsRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable Integer pageSize;

    private @Nullable String pageToken;

    private @Nullable String applicationId;

    private @Nullable String interviewId;

    private @Nullable Instant startTime;

    private @Nullable Instant endTime;

    private @Nullable JobLevelIdType jobLevelIdType;

    private @Nullable UserIdType userIdType;

    private Builder() {
    }

    private Builder(ListInterviewsRequest source) {
      this.pageSize = source.pageSize();
      this.pageToken = source.pageToken();
      this.applicationId = source.applicationId();
      this.interviewId = source.interviewId();
      this.startTime = source.startTime();
      this.endTime = source.endTime();
      this.jobLevelIdType = source.jobLevelIdType();
      this.userIdType = source.userIdType();
    }

    /**
     * Sets {@link ListInterviewsRequest#pageSize()}: {@code page_size}.
     *
     * @param pageSize the value, or null to unset
     * @return this builder
     */
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#pageToken()}: {@code page_token}.
     *
     * @param pageToken the value, or null to unset
     * @return this builder
     */
    public Builder pageToken(@Nullable String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#applicationId()}: {@code application_id}.
     *
     * @param applicationId the value, or null to unset
     * @return this builder
     */
    public Builder applicationId(@Nullable String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#interviewId()}: {@code interview_id}.
     *
     * @param interviewId the value, or null to unset
     * @return this builder
     */
    public Builder interviewId(@Nullable String interviewId) {
      this.interviewId = interviewId;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#startTime()}: {@code start_time}.
     *
     * @param startTime the value, or null to unset
     * @return this builder
     */
    public Builder startTime(@Nullable Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#endTime()}: {@code end_time}.
     *
     * @param endTime the value, or null to unset
     * @return this builder
     */
    public Builder endTime(@Nullable Instant endTime) {
      this.endTime = endTime;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#jobLevelIdType()}: {@code job_level_id_type}.
     *
     * @param jobLevelIdType the value, or null to unset
     * @return this builder
     */
    public Builder jobLevelIdType(@Nullable JobLevelIdType jobLevelIdType) {
      this.jobLevelIdType = jobLevelIdType;
      return this;
    }

    /**
     * Sets {@link ListInterviewsRequest#userIdType()}: {@code user_id_type}.
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
    public ListInterviewsRequest build() {
      return new ListInterviewsRequest(pageSize, pageToken, applicationId, interviewId, startTime,
          endTime, jobLevelIdType, userIdType);
    }
  }
}
