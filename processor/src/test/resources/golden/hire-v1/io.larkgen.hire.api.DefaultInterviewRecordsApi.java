package io.larkgen.hire.api;

import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link InterviewRecordsApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link InterviewRecordsOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
final class DefaultInterviewRecordsApi implements InterviewRecordsApi {
  private final LarkClient client;

  DefaultInterviewRecordsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public Page<InterviewRecord> list(ListInterviewRecordsRequest request, RequestOptions options) {
    return client.execute(InterviewRecordsOperations.LIST_INTERVIEW_RECORDS, request, options);
  }

  @Override
  public CompletableFuture<Page<InterviewRecord>> listAsync(ListInterviewRecordsRequest request,
      RequestOptions options) {
    return client.executeAsync(InterviewRecordsOperations.LIST_INTERVIEW_RECORDS, request, options);
  }

  @Override
  public Paginator<InterviewRecord, Page<InterviewRecord>> listAll(
      ListInterviewRecordsRequest request, RequestOptions options) {
    return client.paginate(InterviewRecordsOperations.LIST_INTERVIEW_RECORDS,
        InterviewRecordsOperations.LIST_INTERVIEW_RECORDS_PAGING, request, options);
  }

  @Override
  public GetInterviewRecordResponse get(GetInterviewRecordRequest request, RequestOptions options) {
    return client.execute(InterviewRecordsOperations.GET_INTERVIEW_RECORD, request, options);
  }

  @Override
  public CompletableFuture<GetInterviewRecordResponse> getAsync(GetInterviewRecordRequest request,
      RequestOptions options) {
    return client.executeAsync(InterviewRecordsOperations.GET_INTERVIEW_RECORD, request, options);
  }
}
