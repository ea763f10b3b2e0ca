package io.larkgen.runtime.http;

import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.internal.error.Redactor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the runtime hands it to a {@link Transport}.
 *
 * @param method the HTTP method
 * @param uri absolute URI, query included
 * @param headers header name to values; names as the runtime writes them
 * @param body request body, or null for none
 * @param timeout the longest the transport may wait for the complete response
 */
public record TransportRequest(
    HttpMethod method,
    URI uri,
    Map<String, List<String>> headers,
    @Nullable RequestContent body,
    Duration timeout) {

  /**
   * Copies the headers.
   *
   * @param method the HTTP method
   * @param uri absolute URI, query included
   * @param headers header name to values
   * @param body request body, or null for none
   * @param timeout the longest wait for the complete response
   */
  public TransportRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(timeout, "timeout");
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
   * The same request sent to another URI, without a body when {@code method} changes.
   *
   * @param target the absolute URI the redirect names
   * @param newMethod the method to send with, e.g. {@code GET} after a 303
   * @param newTimeout the time left for the redirected request
   * @return a copy with the same headers
   */
  public TransportRequest redirectTo(URI target, HttpMethod newMethod, Duration newTimeout) {
    return new TransportRequest(
        newMethod, target, headers, newMethod == method ? body : null, newTimeout);
  }

  @Override
  public String toString() {
    return "TransportRequest[" + method + " " + Redactor.redactUri(uri) + "]";
  }
}
