package io.larkgen.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the server said about one answer besides its {@code data}: the HTTP status, the log id
 * Feishu support asks for, and the response headers (e.g. {@code x-ogw-ratelimit-*}).
 *
 * @param operationId the operation that was called
 * @param httpStatus the HTTP status of the answer
 * @param logId {@code X-Tt-Logid} (or {@code X-Request-Id}); null when the server sent neither
 * @param headers the response headers as received; names keep the server's spelling, look them
 *     up with {@link #header(String)}
 * @param attempts how many attempts the call made, this answer's included
 */
public record ResponseMetadata(
    String operationId, int httpStatus, @Nullable String logId, Map<String, List<String>> headers,
    int attempts) {

  /**
   * Checks and copies the components.
   *
   * @param operationId the operation that was called
   * @param httpStatus the HTTP status of the answer
   * @param logId the log id, or null
   * @param headers the response headers as received
   * @param attempts how many attempts the call made
   * @throws NullPointerException when {@code operationId} or {@code headers} is null
   */
  public ResponseMetadata {
    Objects.requireNonNull(operationId, "operationId");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }

  /**
   * The first value of a header, its name compared ignoring case.
   *
   * @param name a header name, e.g. {@code x-ogw-ratelimit-limit}
   * @return the first value, empty when the answer has no such header
   */
  public Optional<String> header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }
}
