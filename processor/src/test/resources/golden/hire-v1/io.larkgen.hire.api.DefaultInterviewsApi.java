package io.larkgen.hire.api;

import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link InterviewsApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link InterviewsOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
final class DefaultInterviewsApi implements InterviewsApi {
  private final LarkClient client;

  DefaultInterviewsApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public Page<Interview> list(ListInterviewsRequest request, RequestOptions options) {
    return client.execute(InterviewsOperations.LIST_INTERVIEWS, request, options);
  }

  @Override
  public CompletableFuture<Page<Interview>> listAsync(ListInterviewsRequest request,
      RequestOptions options) {
    return client.executeAsync(InterviewsOperations.LIST_INTERVIEWS, request, options);
  }

  @Override
  public Paginator<Interview, Page<Interview>> listAll(ListInterviewsRequest request,
      RequestOptions options) {
    return client.paginate(InterviewsOperations.LIST_INTERVIEWS,
        InterviewsOperations.LIST_INTERVIEWS_PAGING, request, options);
  }
}
