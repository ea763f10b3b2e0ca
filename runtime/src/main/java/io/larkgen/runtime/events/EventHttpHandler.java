package io.larkgen.runtime.events;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Serves an {@link EventDispatcher} on the JDK's {@code com.sun.net.httpserver.HttpServer}:
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/webhook/event", new EventHttpHandler(dispatcher));
 * server.start();
 * }</pre>
 *
 * <p>Only {@code POST} is accepted (405 otherwise); a body over the size limit is answered 413
 * without being read to the end.
 */
public final class EventHttpHandler implements HttpHandler {
  /** The body size limit of {@link #EventHttpHandler(EventDispatcher)}: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private final EventDispatcher dispatcher;
  private final int maxBodyBytes;

  /**
   * Serves {@code dispatcher}, refusing bodies over {@value #DEFAULT_MAX_BODY_BYTES} bytes.
   *
   * @param dispatcher checks, decodes and dispatches each request
   */
  public EventHttpHandler(EventDispatcher dispatcher) {
    this(dispatcher, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Serves {@code dispatcher}, refusing bodies over {@code maxBodyBytes} bytes.
   *
   * @param dispatcher checks, decodes and dispatches each request
   * @param maxBodyBytes the largest body read, positive
   */
  public EventHttpHandler(EventDispatcher dispatcher, int maxBodyBytes) {
    this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, "{\"msg\":\"events are POSTed\"}");
        return;
      }
      byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes);
      if (body == null) {
        send(exchange, 413, "{\"msg\":\"the body is larger than " + maxBodyBytes + " bytes\"}");
        return;
      }
      EventResponse response =
          dispatcher.handle(EventRequest.of(exchange.getRequestHeaders(), body));
      send(exchange, response.status(), response.body());
    }
  }

  /** The whole stream, or null when it holds more than {@code limit} bytes. */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      if (out.size() + n > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", EventResponse.CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public String toString() {
    return "EventHttpHandler[" + dispatcher + ", maxBodyBytes=" + maxBodyBytes + "]";
  }
}
