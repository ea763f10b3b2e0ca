package io.larkgen.runtime.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server scripted per path, standing in for Feishu in tests. It records every
 * request. The token endpoint answers with {@link #tenantToken} unless scripted otherwise.
 */
public final class FakeFeishu implements AutoCloseable {
  /** The self-built token endpoint. */
  public static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";

  /** A request as received. */
  public record Received(String method, URI uri, Map<String, List<String>> headers, String body) {
    public String path() {
      return uri.getPath();
    }

    public String query() {
      return uri.getRawQuery();
    }

    public String authorization() {
      List<String> v = headers.get("Authorization");
      return v == null ? null : v.get(0);
    }
  }

  /** An answer. */
  public record Reply(int status, Map<String, String> headers, byte[] body, long delayMillis,
      boolean stallBody) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json", "X-Tt-Logid",
          "log-" + status), body.getBytes(StandardCharsets.UTF_8), 0, false);
    }

    public static Reply ok(String data) {
      return json(200, "{\"code\":0,\"msg\":\"success\",\"data\":" + data + "}");
    }

    public static Reply error(int status, int code, String msg) {
      return json(status, "{\"code\":" + code + ",\"msg\":\"" + msg + "\"}");
    }

    public Reply withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMillis, stallBody);
    }

    public Reply withoutHeader(String name) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.remove(name);
      return new Reply(status, h, body, delayMillis, stallBody);
    }

    /** Waits before sending the headers. */
    public Reply delayed(long millis) {
      return new Reply(status, headers, body, millis, stallBody);
    }

    /** Sends the headers and half the body, then stalls. */
    public Reply stalled() {
      return new Reply(status, headers, body, delayMillis, true);
    }
  }

  /** Decides the answer to the {@code n}-th (1-based) request on one path. */
  @FunctionalInterface
  public interface Script {
    Reply reply(Received request, int n);
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new ArrayList<>();
  private final Map<String, Script> scripts = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** The token the default token endpoint issues; {@code expire} 7200. */
  public volatile String tenantToken = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZFIRSTTOKEN";

  public FakeFeishu() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    script(TOKEN_PATH, (r, n) -> Reply.json(200,
        "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"" + tenantToken
            + "\",\"expire\":7200}"));
    server.start();
  }

  /** Base URL of this server, {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Sets the answers for one path. */
  public FakeFeishu script(String path, Script script) {
    scripts.put(path, script);
    return this;
  }

  /** Hands every request below {@code path} to {@code handler} instead of a script. */
  public FakeFeishu raw(String path, com.sun.net.httpserver.HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  /** Answers the n-th request with {@code replies[n-1]}, repeating the last one. */
  public FakeFeishu sequence(String path, Reply... replies) {
    return script(path, (r, n) -> replies[Math.min(n, replies.length) - 1]);
  }

  /** Restarts the numbering of requests on {@code path}, so a new sequence starts at its first reply. */
  public FakeFeishu reset(String path) {
    counts.remove(path);
    return this;
  }

  /** All requests so far. */
  public synchronized List<Received> requests() {
    return List.copyOf(received);
  }

  /** Requests so far on one path. */
  public List<Received> requests(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  /** How many requests the token endpoint got. */
  public int tokenRequests() {
    return requests(TOKEN_PATH).size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
          Map.copyOf(exchange.getRequestHeaders()), body);
      synchronized (this) {
        received.add(r);
      }
      String path = r.path();
      Script script = scripts.get(path);
      int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Reply reply = script == null ? Reply.json(404, "404 page not found") : script.reply(r, n);
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      if (reply.body().length > 0) {
        OutputStream out = exchange.getResponseBody();
        if (reply.stallBody()) {
          out.write(reply.body(), 0, reply.body().length / 2);
          out.flush();
          Thread.sleep(30_000);
        }
        out.write(reply.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
