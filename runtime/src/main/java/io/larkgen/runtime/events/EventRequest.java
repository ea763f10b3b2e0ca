package io.larkgen.runtime.events;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request Feishu sent to the app's event URL: its headers and the raw body bytes, as
 * received (the signature covers the exact bytes, so do not re-encode a parsed body).
 */
public final class EventRequest {
  private final UnaryOperator<String> headers;
  private final byte[] body;

  private EventRequest(UnaryOperator<String> headers, byte[] body) {
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A request from a header map whose names are matched ignoring case (e.g. the JDK server's
   * {@code Headers}, Spring's {@code HttpHeaders}, or any {@code Map.of(...)}).
   *
   * @param headers the request's headers, by name
   * @param body the raw body, as received
   * @return the request
   */
  public static EventRequest of(Map<String, ? extends Collection<String>> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    return new EventRequest(name -> first(headers, name), body);
  }

  /**
   * A request from a function giving a header's first value, or null when it is absent (e.g. a
   * Servlet request's {@code getHeader}).
   *
   * @param header gives a header's first value by name, or null
   * @param body the raw body, as received
   * @return the request
   */
  public static EventRequest of(UnaryOperator<String> header, byte[] body) {
    return new EventRequest(header, body);
  }

  /**
   * The first value of the header {@code name}, or null when it is absent.
   *
   * @param name the header name, in any case
   * @return the value, or null
   */
  public @Nullable String header(String name) {
    return headers.apply(name);
  }

  /**
   * The raw body. The array is the request's own: do not change it.
   *
   * @return the body bytes
   */
  public byte[] body() {
    return body;
  }

  @Override
  public String toString() {
    return "EventRequest[" + body.length + " bytes]";
  }

  private static String first(Map<String, ? extends Collection<String>> headers, String name) {
    Collection<String> values = headers.get(name);
    if (values == null) {
      for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          values = e.getValue();
          break;
        }
      }
    }
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
