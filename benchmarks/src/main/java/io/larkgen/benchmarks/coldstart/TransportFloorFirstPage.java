package io.larkgen.benchmarks.coldstart;

import io.larkgen.benchmarks.export.TransportFloorExport;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
    byte[] login = send(http, HttpRequest.newBuilder(
            URI.create(args[0] + "/open-apis/auth/v3/tenant_access_token/internal"))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"app_id\":\"" + args[1] + "\",\"app_secret\":\"" + args[2] + "\"}")));
    String token = TransportFloorExport.stringField(login, "tenant_access_token");
    byte[] page = send(http, HttpRequest.newBuilder(URI.create(args[0]
            + "/open-apis/hire/v1/interviews?page_size=100&start_time=" + TimeRange.START_MILLIS
            + "&end_time=" + TimeRange.END_MILLIS))
        .header("Authorization", "Bearer " + token).GET());
    System.out.println(ColdStartBench.MARKER + " " + TransportFloorExport.items(page));
  }

  private static byte[] send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
    }
    return response.body();
  }
}
