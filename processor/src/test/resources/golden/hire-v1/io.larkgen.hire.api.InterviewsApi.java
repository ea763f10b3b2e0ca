package io.larkgen.hire.api;

import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code interviews} resource.
 *
 * <p>{@link #create(LarkClient)} sends each call through a {@link LarkClient}. Per call shape
 * (blocking, asynchronous, paged) one method is abstract and every overload is a default
 * method ending in it, so a test double implements those alone.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public interface InterviewsApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static InterviewsApi create(LarkClient client) {
    return new DefaultInterviewsApi(client);
  }

  /**
   * 获取面试信息 / List interviews.
   *
   * <p>获取面试信息。可通过「投递 ID」、「面试 ID」以及「面试开始时间」进行条件筛选，筛选条件不能同时为空。
   * Lists interviews, filtered by application ID, interview ID and interview start time; the
   * filters may not all be empty.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/hire/v1/interviews}
   *   <li>Rate limit: 50 requests per second (budget {@code listInterviews})
   *   <li>Access tokens: {@code tenant_access_token}
   *   <li>Scopes (any one of): {@code hire:interview:readonly}, {@code hire:interview}
   *   <li>Field scope {@code contact:user.employee_id:readonly} when {@code user_id_type=user_id}:
   *       获取用户 user ID / needed to receive user_id values
   *   <li>App types: {@code custom}, {@code isv}
   * </ul>
   *
   * <p>Documented error codes:
   * <ul>
   *   <li>{@code 1002001} (HTTP 500, retry {@code backoff}): 系统错误，根据实际报错信息定位或咨询技术支持 / system error;
   *       check the message or contact support
   *   <li>{@code 1002002} (HTTP 400, retry {@code never}): 参数错误，检查参数是否正确，例如类型，大小 / invalid
   *       parameter; check types and sizes
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default Page<Interview> list(ListInterviewsRequest request) {
    return list(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListInterviewsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  Page<Interview> list(ListInterviewsRequest request, RequestOptions options);

  /**
   * {@link #list(ListInterviewsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<Page<Interview>> listAsync(ListInterviewsRequest request) {
    return listAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListInterviewsRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<Page<Interview>> listAsync(ListInterviewsRequest request,
      RequestOptions options);

  /**
   * Every item of {@link #list(ListInterviewsRequest)}, fetched page by page.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  default Paginator<Interview, Page<Interview>> listAll(ListInterviewsRequest request) {
    return listAll(request, RequestOptions.DEFAULT);
  }

  /**
   * Every item of {@link #list(ListInterviewsRequest)}, fetched page by page,
   * with per-call options.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  Paginator<Interview, Page<Interview>> listAll(ListInterviewsRequest request,
      RequestOptions options);
}
