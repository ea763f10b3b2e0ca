package io.larkgen.hire.api;

import io.larkgen.hire.model.UserIdType;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.RequestRules;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link InterviewRecordsApi#list}: 批量获取面试评价详细信息 / List interview records.
 *
 * <p>{@code GET} {@code /open-apis/hire/v1/interview_records}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param pageSize 分页大小 / page size (query {@code page_size}; default {@code 10}; maximum 100)
 * @param pageToken 分页标记，第一次请求不填，表示从头开始遍历；分页查询结果还有更多项时会同时返回新的 page_token，下次遍历可采用该 page_token 获取查询结果。
 * Page cursor: leave empty on the first request; when more results exist, the response
 * carries a new page_token for the next request. (query {@code page_token})
 * @param ids 面试评价 ID 列表，可通过「获取面试信息」接口获取，使用该筛选项时不会分页。
 * Interview record IDs, from the list-interviews API; the answer is not paged when
 * this filter is used. (query {@code ids}; sent as repeated keys; never null; at most 100 items)
 * @param userIdType 用户 ID 类型 / type of the user IDs in the request and response (query
 *     {@code user_id_type}; default {@code open_id})
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record ListInterviewRecordsRequest(@Nullable Integer pageSize, @Nullable String pageToken,
    List<String> ids, @Nullable UserIdType userIdType) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<ListInterviewRecordsRequest> ENCODER = ListInterviewRecordsRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param pageSize {@code page_size}
   * @param pageToken {@code page_token}
   * @param ids {@code ids}
   * @param userIdType {@code user_id_type}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public ListInterviewRecordsRequest {
    ids = RequestRules.copyOf("ids", ids);
    if (pageSize != null && pageSize.longValue() > 100L) {
      throw new LarkRequestValidationException("page_size", LarkRequestValidationException.Rule.MAXIMUM, pageSize
          + " is greater than the maximum 100");
    }
    if (ids.size() > 100) {
      throw new LarkRequestValidationException("ids", LarkRequestValidationException.Rule.MAX_ITEMS, ids.size()
          + " items is more than the maximum of 100 items");
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
  public ListInterviewRecordsRequest withPageToken(@Nullable String pageToken) {
    return new ListInterviewRecordsRequest(pageSize, pageToken, ids, userIdType);
  }

  private static void encode(ListInterviewRecordsRequest request, RequestParams params) {
    params.query("page_size", request.pageSize());
    params.query("page_token", request.pageToken());
    params.query("ids", request.ids());
    params.query("user_id_type", request.userIdType() == null ? null : request.userIdType().value());
  }

  /**
   * Builder of {@link ListInterviewRecordsRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable Integer pageSize;

    private @Nullable String pageToken;

    private @Nullable List<String> ids;

    private @Nullable UserIdType userIdType;

    private Builder() {
    }

    private Builder(ListInterviewRecordsRequest source) {
      this.pageSize = source.pageSize();
      this.pageToken = source.pageToken();
      this.ids = source.ids();
      this.userIdType = source.userIdType();
    }

    /**
     * Sets {@link ListInterviewRecordsRequest#pageSize()}: {@code page_size}.
     *
     * @param pageSize the value, or null to unset
     * @return this builder
     */
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsRequest#pageToken()}: {@code page_token}.
     *
     * @param pageToken the value, or null to unset
     * @return this builder
     */
    public Builder pageToken(@Nullable String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsRequest#ids()}: {@code ids}.
     *
     * @param ids the value, or null to unset
     * @return this builder
     */
    public Builder ids(@Nullable List<String> ids) {
      this.ids = ids;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsRequest#userIdType()}: {@code user_id_type}.
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
    public ListInterviewRecordsRequest build() {
      return new ListInterviewRecordsRequest(pageSize, pageToken, ids, userIdType);
    }
  }
}
