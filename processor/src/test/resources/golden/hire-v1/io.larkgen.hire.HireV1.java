package io.larkgen.hire;

import io.larkgen.hire.api.InterviewRecordsApi;
import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Hire}: one service per resource.
 *
 * <p>A service is a stateless view of the client: each accessor creates it when called, so
 * an application loads the classes of the resources it uses only.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class HireV1 {
  private final LarkClient client;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public HireV1(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Operations on {@code interviews}.
   *
   * @return the service
   */
  public InterviewsApi interviews() {
    return InterviewsApi.create(client);
  }

  /**
   * Operations on {@code interview_records}.
   *
   * @return the service
   */
  public InterviewRecordsApi interviewRecords() {
    return InterviewRecordsApi.create(client);
  }
}
