package io.larkgen.benchmarks.coldstart;

import io.larkgen.benchmarks.harness.TimeRange;
import io.larkgen.hire.Hire;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.Page;
import java.time.Instant;

/**
 * Cold start with Larkgen: build a client, fetch the first page of 100 interviews, print
 * {@code first-page <items>} and exit. Runs with the Larkgen runtime closure only (runtime,
 * generated Hire client, jackson-core, slf4j-api).
 */
public final class LarkgenFirstPage {
  private LarkgenFirstPage() {}

  /** Usage: {@code LarkgenFirstPage BASE_URL APP_ID APP_SECRET}. */
  public static void main(String[] args) {
    try (DefaultLarkClient client = DefaultLarkClient.builder()
        .appId(args[1]).appSecret(args[2]).baseUrl(args[0]).build()) {
      Page<Interview> page = Hire.of(client).v1().interviews().list(
          ListInterviewsRequest.builder()
              .pageSize(100)
              .startTime(Instant.ofEpochMilli(TimeRange.START_MILLIS))
              .endTime(Instant.ofEpochMilli(TimeRange.END_MILLIS))
              .build());
      System.out.println(ColdStartBench.MARKER + " " + page.items().size());
    }
  }
}
