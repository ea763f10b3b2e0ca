package io.larkgen.runtime.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One complete HTTP response.
 *
 * @param status HTTP status code
 * @param headers header name to values (names case-insensitive when looked up via {@link
 *     #header(String)})
 * @param body the whole body; empty when there was none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public TransportResponse {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(body, "body");
  }

  /** The first value of a header (case-insensitive name), or null. */
  public String header(String name) {
    return Headers.first(headers, name);
  }

  /** The server's request log id: {@code X-Tt-Logid}, else {@code X-Request-Id}, else null. */
  public String logId() {
    String id = header("X-Tt-Logid");
    return id != null ? id : header("X-Request-Id");
  }

  @Override
  public String toString() {
    return "TransportResponse[" + status + ", " + body.length + " bytes]";
  }
}
