package io.larkgen.processor;

import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.http.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A transport for running generated clients in tests: answers the tenant token request itself,
 * every other request with the next queued JSON answer, and records those requests.
 */
final class RecordingTransport implements Transport {
  private final Deque<String> answers = new ArrayDeque<>();
  private final List<TransportRequest> sent = new ArrayList<>();

  /** Queues the body of the next API answer (status 200). */
  RecordingTransport answer(String json) {
    answers.add(json);
    return this;
  }

  /** The API requests sent so far (the token request left out). */
  synchronized List<TransportRequest> sent() {
    return List.copyOf(sent);
  }

  /** A client of a self-built app sending through this transport, without retries. */
  DefaultLarkClient client() {
    return DefaultLarkClient.builder()
        .appId("cli_test")
        .appSecret("secret")
        .transport(this)
        .clientRateLimiting(false)
        .build();
  }

  @Override
  public synchronized TransportResponse send(TransportRequest request) {
    String json;
    if (request.uri().getPath().endsWith("/tenant_access_token/internal")) {
      json = "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-token\",\"expire\":7200}";
    } else {
      sent.add(request);
      json = answers.isEmpty() ? "{\"code\":0,\"msg\":\"ok\",\"data\":{}}" : answers.poll();
    }
    return new TransportResponse(
        200, Map.of("Content-Type", List.of("application/json")), json.getBytes(StandardCharsets.UTF_8));
  }
}
