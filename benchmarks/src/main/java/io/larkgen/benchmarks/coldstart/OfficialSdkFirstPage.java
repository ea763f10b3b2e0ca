package io.larkgen.benchmarks.coldstart;

import com.lark.oapi.Client;
import com.lark.oapi.service.hire.v1.model.ListInterviewReq;
import com.lark.oapi.service.hire.v1.model.ListInterviewResp;
import io.larkgen.benchmarks.harness.TimeRange;

/**
 * Cold start with the official SDK: build a client, fetch the first page of 100 interviews,
 * print {@code first-page <items>} and exit. Runs with the SDK's runtime closure only.
 */
public final class OfficialSdkFirstPage {
  private OfficialSdkFirstPage() {}

  /** Usage: {@code OfficialSdkFirstPage BASE_URL APP_ID APP_SECRET}. */
  public static void main(String[] args) throws Exception {
    Client client = Client.newBuilder(args[1], args[2]).openBaseUrl(args[0]).build();
    ListInterviewResp page =
        client.hire().v1().interview().list(
            ListInterviewReq.newBuilder()
                .pageSize(100)
                .startTime(Long.toString(TimeRange.START_MILLIS))
                .endTime(Long.toString(TimeRange.END_MILLIS))
                .build());
    if (!page.success()) {
      throw new IllegalStateException("code " + page.getCode() + ": " + page.getMsg());
    }
    System.out.println(ColdStartBench.MARKER + " " + page.getData().getItems().length);
  }
}
