package io.larkgen.hire.api;

import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code interviews} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewsApi {
  /**
   * 获取面试信息 / List interviews: {@code GET} {@code /open-apis/hire/v1/interviews}.
   */
  public static final Operation<ListInterviewsRequest, Page<Interview>> LIST_INTERVIEWS =
      Operation.<ListInterviewsRequest, Page<Interview>>builder(
          "hire.v1.interviews.list", HttpMethod.GET, "/open-apis/hire/v1/interviews")
      .encoder(ListInterviewsRequest.ENCODER)
      .dataReader(Page.codec(InterviewCodec.INSTANCE))
      .errorCodes(ErrorCodes.withCommon(
          new ErrorCode(1002001, 500, "系统错误",
              "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support", ErrorCode.Retry.BACKOFF),
          new ErrorCode(1002002, 400, "参数错误", "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
              ErrorCode.Retry.NEVER)))
      .rateLimit(new RateLimit("listInterviews", 50))
      .build();

  /**
   * How {@link #LIST_INTERVIEWS} pages.
   */
  public static final Paging<ListInterviewsRequest, Page<Interview>, Interview> LIST_INTERVIEWS_PAGING =
      Page.paging(ListInterviewsRequest::withPageToken);

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public InterviewsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
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
  public Page<Interview> list(ListInterviewsRequest request) {
    return client.execute(LIST_INTERVIEWS, request);
  }

  /**
   * {@link #list(ListInterviewsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public Page<Interview> list(ListInterviewsRequest request, RequestOptions options) {
    return client.execute(LIST_INTERVIEWS, request, options);
  }

  /**
   * {@link #list(ListInterviewsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<Interview>> listAsync(ListInterviewsRequest request) {
    return client.executeAsync(LIST_INTERVIEWS, request);
  }

  /**
   * {@link #list(ListInterviewsRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<Interview>> listAsync(ListInterviewsRequest request,
      RequestOptions options) {
    return client.executeAsync(LIST_INTERVIEWS, request, options);
  }

  /**
   * Every item of {@link #list(ListInterviewsRequest)}, fetched page by page while the server says more
   * follow. Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  public Paginator<Interview, Page<Interview>> listAll(ListInterviewsRequest request) {
    return client.paginate(LIST_INTERVIEWS, LIST_INTERVIEWS_PAGING, request);
  }

  /**
   * Every item of {@link #list(ListInterviewsRequest, RequestOptions)}, fetched page by page.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  public Paginator<Interview, Page<Interview>> listAll(ListInterviewsRequest request,
      RequestOptions options) {
    return client.paginate(LIST_INTERVIEWS, LIST_INTERVIEWS_PAGING, request, options);
  }
}
