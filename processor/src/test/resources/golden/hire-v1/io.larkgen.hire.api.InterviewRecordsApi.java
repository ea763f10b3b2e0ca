package io.larkgen.hire.api;

import io.larkgen.hire.codec.GetInterviewRecordResponseCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
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
 * Operations on the {@code interview_records} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewRecordsApi {
  /**
   * 批量获取面试评价详细信息 / List interview records: {@code GET} {@code /open-apis/hire/v1/interview_records}.
   */
  public static final Operation<ListInterviewRecordsRequest, Page<InterviewRecord>> LIST_INTERVIEW_RECORDS =
      Operation.<ListInterviewRecordsRequest, Page<InterviewRecord>>builder(
          "hire.v1.interview_records.list", HttpMethod.GET, "/open-apis/hire/v1/interview_records")
      .encoder(ListInterviewRecordsRequest.ENCODER)
      .dataReader(Page.codec(InterviewRecordCodec.INSTANCE))
      .errorCodes(ErrorCodes.withCommon(
          new ErrorCode(1002001, 500, "系统错误",
              "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support", ErrorCode.Retry.BACKOFF),
          new ErrorCode(1002002, 400, "参数错误", "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
              ErrorCode.Retry.NEVER)))
      .rateLimit(new RateLimit("listInterviewRecords", 10))
      .build();

  /**
   * How {@link #LIST_INTERVIEW_RECORDS} pages.
   */
  public static final Paging<ListInterviewRecordsRequest, Page<InterviewRecord>,
      InterviewRecord> LIST_INTERVIEW_RECORDS_PAGING = Page.paging(ListInterviewRecordsRequest::withPageToken);

  /**
   * 获取面试评价详细信息 / Get an interview record: {@code GET}
   * {@code /open-apis/hire/v1/interview_records/{interview_record_id}}.
   */
  public static final Operation<GetInterviewRecordRequest, GetInterviewRecordResponse> GET_INTERVIEW_RECORD =
      Operation.<GetInterviewRecordRequest, GetInterviewRecordResponse>builder(
          "hire.v1.interview_records.get", HttpMethod.GET, "/open-apis/hire/v1/interview_records/{interview_record_id}")
      .encoder(GetInterviewRecordRequest.ENCODER)
      .dataReader(GetInterviewRecordResponseCodec.INSTANCE)
      .errorCodes(ErrorCodes.withCommon(
          new ErrorCode(1002001, 500, "系统错误",
              "系统错误，根据实际报错信息定位或咨询技术支持 / system error; check the message or contact support", ErrorCode.Retry.BACKOFF),
          new ErrorCode(1002002, 400, "参数错误", "参数错误，检查参数是否正确，例如类型，大小 / invalid parameter; check types and sizes",
              ErrorCode.Retry.NEVER)))
      .rateLimit(new RateLimit("getInterviewRecord", 20))
      .build();

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public InterviewRecordsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * 批量获取面试评价详细信息 / List interview records.
   *
   * <p>批量获取面试评价详细信息，如面试结论、面试得分和面试官等信息。返回结果默认按照 id 排序。
   * Lists interview records (interview feedback) in detail: conclusion, score, interviewer
   * and more. Results are ordered by id.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/hire/v1/interview_records}
   *   <li>Rate limit: 10 requests per second (budget {@code listInterviewRecords})
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
  public Page<InterviewRecord> list(ListInterviewRecordsRequest request) {
    return client.execute(LIST_INTERVIEW_RECORDS, request);
  }

  /**
   * {@link #list(ListInterviewRecordsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public Page<InterviewRecord> list(ListInterviewRecordsRequest request, RequestOptions options) {
    return client.execute(LIST_INTERVIEW_RECORDS, request, options);
  }

  /**
   * {@link #list(ListInterviewRecordsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<InterviewRecord>> listAsync(ListInterviewRecordsRequest request) {
    return client.executeAsync(LIST_INTERVIEW_RECORDS, request);
  }

  /**
   * {@link #list(ListInterviewRecordsRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<Page<InterviewRecord>> listAsync(ListInterviewRecordsRequest request,
      RequestOptions options) {
    return client.executeAsync(LIST_INTERVIEW_RECORDS, request, options);
  }

  /**
   * Every item of {@link #list(ListInterviewRecordsRequest)}, fetched page by page while the server says more
   * follow. Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  public Paginator<InterviewRecord, Page<InterviewRecord>> listAll(
      ListInterviewRecordsRequest request) {
    return client.paginate(LIST_INTERVIEW_RECORDS, LIST_INTERVIEW_RECORDS_PAGING, request);
  }

  /**
   * Every item of {@link #list(ListInterviewRecordsRequest, RequestOptions)}, fetched page by page.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  public Paginator<InterviewRecord, Page<InterviewRecord>> listAll(
      ListInterviewRecordsRequest request, RequestOptions options) {
    return client.paginate(LIST_INTERVIEW_RECORDS, LIST_INTERVIEW_RECORDS_PAGING, request, options);
  }

  /**
   * 获取面试评价详细信息 / Get an interview record.
   *
   * <p>获取面试评价详细信息，如面试结论、面试得分和面试官等信息。
   * Gets one interview record (interview feedback) in detail: conclusion, score,
   * interviewer and more.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/hire/v1/interview_records/{interview_record_id}}
   *   <li>Rate limit: 20 requests per second (budget {@code getInterviewRecord})
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
  public GetInterviewRecordResponse get(GetInterviewRecordRequest request) {
    return client.execute(GET_INTERVIEW_RECORD, request);
  }

  /**
   * {@link #get(GetInterviewRecordRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public GetInterviewRecordResponse get(GetInterviewRecordRequest request, RequestOptions options) {
    return client.execute(GET_INTERVIEW_RECORD, request, options);
  }

  /**
   * {@link #get(GetInterviewRecordRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetInterviewRecordResponse> getAsync(GetInterviewRecordRequest request) {
    return client.executeAsync(GET_INTERVIEW_RECORD, request);
  }

  /**
   * {@link #get(GetInterviewRecordRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<GetInterviewRecordResponse> getAsync(GetInterviewRecordRequest request,
      RequestOptions options) {
    return client.executeAsync(GET_INTERVIEW_RECORD, request, options);
  }
}
