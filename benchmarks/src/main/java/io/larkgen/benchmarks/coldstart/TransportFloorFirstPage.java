package io.larkgen.benchmarks.coldstart;

import io.larkgen.benchmarks.export.TransportFloorExport;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.IOException;
import java.net.http.HttpClient;

/**
 * The floor of a cold start: a bare {@code java.net.http} client logs in and fetches the first
 * page of 100 interviews, each answer only tokenized with jackson-core, then prints {@code
 * first-page <items>}. No client library, no objects: the least any client on the JDK's HTTP
 * client can do before it holds the page. Runs on the Larkgen closure (it needs jackson-core).
 */
public final class TransportFloorFirstPage {
  private TransportFloorFirstPage() {}

  /** Usage: {@code TransportFloorFirstPage BASE_URL APP_ID APP_SECRET}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String token = TransportFloorExport.login(http, args[0], args[1], args[2]);
    byte[] page = TransportFloorExport.get(http, args[0]
        + "/open-apis/hire/v1/interviews?page_size=100&start_time=" + TimeRange.START_MILLIS
        + "&end_time=" + TimeRange.END_MILLIS, token);
    System.out.println(ColdStartBench.MARKER + " " + TransportFloorExport.items(page));
  }
}
