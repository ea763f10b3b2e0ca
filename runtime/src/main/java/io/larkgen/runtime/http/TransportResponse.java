package io.larkgen.runtime.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One complete HTTP response.
 *
 * @param status HTTP status code
 * @param headers header name to values (names case-insensitive when looked up via {@link
 *     #header(String)}); entries with a null name are dropped
 * @param body the whole body; empty when there was none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {

  /**
   * Copies the headers, dropping entries with a null name.
   *
   * @param status HTTP status code
   * @param headers header name to values
   * @param body the whole body
   */
  public TransportResponse {
    headers = Headers.copy(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(body, "body");
  }

  /**
   * The first value of a header (case-insensitive name), or null.
   *
   * @param name the header name, in any case
   * @return the value, or null when the header is absent
   */
  public @Nullable String header(String name) {
    return Headers.first(headers, name);
  }

  /**
   * The server's request log id: {@code X-Tt-Logid}, else {@code X-Request-Id}, else null.
   *
   * @return the log id, or null
   */
  public @Nullable String logId() {
    String id = header("X-Tt-Logid");
    return id != null ? id : header("X-Request-Id");
  }

  /**
   * How long Feishu asks the client to wait after a 429: {@code x-ogw-ratelimit-reset} seconds,
   * or empty when the header is absent, negative or not a number.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> rateLimitReset() {
    String value = header("x-ogw-ratelimit-reset");
    if (value == null) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "TransportResponse[" + status + ", " + body.length + " bytes]";
  }
}
