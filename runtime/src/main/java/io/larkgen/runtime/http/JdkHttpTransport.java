package io.larkgen.runtime.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Transport} on {@link java.net.http.HttpClient}. Redirects are never followed here. The
 * request's timeout bounds the whole exchange, headers and body: a server that sends headers and
 * then stalls the body still times out.
 */
public final class JdkHttpTransport implements Transport {
  /** Headers {@link HttpRequest.Builder} refuses to set. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;

  /** A transport whose connections must be established within {@code connectTimeout}. */
  public JdkHttpTransport(Duration connectTimeout) {
    this(
        HttpClient.newBuilder()
            .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /**
   * A transport on a caller-configured client. Its redirect policy should be {@code NEVER}; the
   * runtime follows safe redirects itself.
   */
  public JdkHttpTransport(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The underlying client. */
  public HttpClient httpClient() {
    return client;
  }

  @Override
  public TransportResponse send(TransportRequest request)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(
                request.method().name(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      if (RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> response;
    try {
      // HttpRequest.timeout stops at the response headers; this bounds the body too.
      response = future.get(request.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new HttpTimeoutException("response not complete within " + request.timeout());
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
    }
    return new TransportResponse(
        response.statusCode(), response.headers().map(), response.body());
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[connectTimeout=" + client.connectTimeout().orElse(null) + "]";
  }
}
