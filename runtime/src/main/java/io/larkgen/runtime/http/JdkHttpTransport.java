package io.larkgen.runtime.http;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Transport} on {@link java.net.http.HttpClient}. Redirects are never followed here. The
 * request's timeout bounds the whole exchange, headers and body: a server that sends headers and
 * then stalls the body still times out. A response body longer than {@link #maxResponseBytes()}
 * (default {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes, 64 MiB) is refused with {@link
 * ResponseTooLargeException}: before reading when its {@code Content-Length} says so, else as
 * soon as that many bytes have arrived. Request bodies are sent with their length known up
 * front; a streamed body is read while it is sent.
 */
public final class JdkHttpTransport implements Transport {
  /** The default limit of a response body: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  /** Headers {@link HttpRequest.Builder} refuses to set. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private static final AtomicInteger TRANSPORTS = new AtomicInteger();
  /** How long {@link #close()} waits for the client's selector thread to end. */
  private static final long SELECTOR_STOP_MILLIS = 1_000;

  private final HttpClient client;
  private final long maxResponseBytes;
  private final ExecutorService ownedExecutor;

  /**
   * A transport whose connections must be established within {@code connectTimeout}.
   *
   * @param connectTimeout the connect timeout, positive
   */
  public JdkHttpTransport(Duration connectTimeout) {
    this(connectTimeout, DEFAULT_MAX_RESPONSE_BYTES);
  }

  /**
   * A transport whose connections must be established within {@code connectTimeout} and which
   * accepts response bodies of at most {@code maxResponseBytes}. It owns its {@link HttpClient}
   * and the client's threads: {@link #close()} releases them.
   *
   * @param connectTimeout the connect timeout, positive
   * @param maxResponseBytes the limit, positive
   */
  public JdkHttpTransport(Duration connectTimeout, long maxResponseBytes) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.maxResponseBytes = requirePositive(maxResponseBytes);
    int transport = TRANSPORTS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.ownedExecutor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "larkgen-http-" + transport + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(ownedExecutor)
            .build();
  }

  /**
   * A transport on a caller-configured client. Its redirect policy must be {@code NEVER}: the
   * runtime follows only same-origin redirects itself, while a client following redirects would
   * carry the {@code Authorization} header to whatever host a redirect names. The client stays
   * the caller's: {@link #close()} leaves it open.
   *
   * @param client the client to send with; its redirect policy {@code NEVER}
   * @throws IllegalArgumentException when the client follows redirects
   */
  public JdkHttpTransport(HttpClient client) {
    this(client, DEFAULT_MAX_RESPONSE_BYTES);
  }

  /**
   * As {@link #JdkHttpTransport(HttpClient)}, accepting response bodies of at most {@code
   * maxResponseBytes}.
   *
   * @param client the client to send with; its redirect policy {@code NEVER}
   * @param maxResponseBytes the limit, positive
   * @throws IllegalArgumentException when the client follows redirects or the limit is not
   *     positive
   */
  public JdkHttpTransport(HttpClient client, long maxResponseBytes) {
    this.client = Objects.requireNonNull(client, "client");
    if (client.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the HttpClient must not follow redirects (it is "
          + client.followRedirects() + "; build it with followRedirects(Redirect.NEVER))");
    }
    this.maxResponseBytes = requirePositive(maxResponseBytes);
    this.ownedExecutor = null;
  }

  private static long requirePositive(long maxResponseBytes) {
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException(
          "maxResponseBytes must be positive, was " + maxResponseBytes);
    }
    return maxResponseBytes;
  }

  /**
   * The underlying client.
   *
   * @return the client requests are sent with
   */
  public HttpClient httpClient() {
    return client;
  }

  /**
   * The longest response body accepted, in bytes.
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Releases what this transport created: the {@link HttpClient} and its threads. From Java 21
   * the client is closed; before that, its selector thread is stopped (see {@link
   * #stopSelectorThread}). A caller-supplied client is left alone.
   */
  @Override
  public void close() {
    if (ownedExecutor == null) {
      return;
    }
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing is best effort: the executor below still stops the threads.
      }
    } else {
      stopSelectorThread(client);
    }
    ownedExecutor.shutdownNow();
  }

  /**
   * Stops the selector thread of a client that cannot be closed (Java 17 to 20), so that it does
   * not outlive the transport blocked in {@code epoll_wait}. A JVM exiting while any thread is in
   * native code waits up to 300 ms for it; the selector thread of an idle client is always there,
   * so every short-lived program on this transport paid that much after its last line. The thread
   * is {@code HttpClient-<id>-SelectorManager}, {@code <id>} being what the client's {@code
   * toString()} ends with in parentheses (the JDK's own tests find it that way); it stops when
   * interrupted, failing whatever exchange is still in flight, as closing would. When the name
   * cannot be found (another JDK), nothing happens and the thread ends with the client.
   */
  static void stopSelectorThread(HttpClient client) {
    String text = client.toString();
    int open = text.lastIndexOf('(');
    if (open < 0 || !text.endsWith(")")) {
      return;
    }
    String name = "HttpClient-" + text.substring(open + 1, text.length() - 1) + "-SelectorManager";
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 8];
    int n = root.enumerate(threads, true);
    for (int i = 0; i < n; i++) {
      if (threads[i].getName().equals(name)) {
        threads[i].interrupt();
        try {
          threads[i].join(SELECTOR_STOP_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
    }
  }

  @Override
  public TransportResponse send(TransportRequest request)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri())
            .timeout(request.timeout())
            .method(request.method().name(), publisher(request.body()));
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      if (RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    if (request.body() != null && request.header("Content-Type") == null) {
      b.header("Content-Type", request.body().contentType());
    }
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(b.build(), BoundedBodySubscriber.handler(maxResponseBytes));
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
      for (Throwable c = cause; c != null; c = c.getCause()) {
        if (c instanceof ResponseTooLargeException tooLarge) {
          throw tooLarge;
        }
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException(cause == null ? e.toString() : cause.toString(), cause);
    }
    return new TransportResponse(
        response.statusCode(), response.headers().map(), response.body());
  }

  private static HttpRequest.BodyPublisher publisher(RequestContent body) {
    if (body == null) {
      return HttpRequest.BodyPublishers.noBody();
    }
    if (body instanceof RequestContent.Bytes bytes) {
      return HttpRequest.BodyPublishers.ofByteArray(bytes.bytes());
    }
    // Read while sending; the known length goes out as Content-Length, not chunked.
    return HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(() -> {
          try {
            return body.open();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }),
        body.length());
  }

  @Override
  public String toString() {
    return "JdkHttpTransport[connectTimeout=" + client.connectTimeout().orElse(null)
        + ", maxResponseBytes=" + maxResponseBytes + "]";
  }
}
