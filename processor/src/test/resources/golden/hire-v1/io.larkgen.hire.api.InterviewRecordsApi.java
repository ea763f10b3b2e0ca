package io.larkgen.hire.api;

import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code interview_records} resource.
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
public interface InterviewRecordsApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static InterviewRecordsApi create(LarkClient client) {
    return new DefaultInterviewRecordsApi(client);
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
  default Page<InterviewRecord> list(ListInterviewRecordsRequest request) {
    return list(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListInterviewRecordsRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  Page<InterviewRecord> list(ListInterviewRecordsRequest request, RequestOptions options);

  /**
   * {@link #list(ListInterviewRecordsRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<Page<InterviewRecord>> listAsync(ListInterviewRecordsRequest request) {
    return listAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListInterviewRecordsRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<Page<InterviewRecord>> listAsync(ListInterviewRecordsRequest request,
      RequestOptions options);

  /**
   * Every item of {@link #list(ListInterviewRecordsRequest)}, fetched page by page.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @return the items, and the pages
   */
  default Paginator<InterviewRecord, Page<InterviewRecord>> listAll(
      ListInterviewRecordsRequest request) {
    return listAll(request, RequestOptions.DEFAULT);
  }

  /**
   * Every item of {@link #list(ListInterviewRecordsRequest)}, fetched page by page,
   * with per-call options.
   * Lazy: nothing is sent until iteration starts.
   *
   * @param request the first page's request
   * @param options per-call options, for every page
   * @return the items, and the pages
   */
  Paginator<InterviewRecord, Page<InterviewRecord>> listAll(ListInterviewRecordsRequest request,
      RequestOptions options);

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
  default GetInterviewRecordResponse get(GetInterviewRecordRequest request) {
    return get(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetInterviewRecordRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  GetInterviewRecordResponse get(GetInterviewRecordRequest request, RequestOptions options);

  /**
   * {@link #get(GetInterviewRecordRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<GetInterviewRecordResponse> getAsync(
      GetInterviewRecordRequest request) {
    return getAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #get(GetInterviewRecordRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<GetInterviewRecordResponse> getAsync(GetInterviewRecordRequest request,
      RequestOptions options);
}
