package io.larkgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing a transport that owns its client leaves none of the client's threads behind (a
 * thread blocked in native code delays the JVM's exit), and leaves a caller's client alone.
 */
class JdkHttpTransportCloseTest {
  private HttpServer server;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = "{\"code\":0}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private TransportResponse get(JdkHttpTransport transport) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ping");
    return transport.send(new TransportRequest(
        io.larkgen.runtime.HttpMethod.GET, uri, Map.of(), null, Duration.ofSeconds(10)));
  }

  /** Live threads whose name names {@code client}'s selector. */
  private static List<Thread> selectorThreads(HttpClient client) {
    String text = client.toString();
    String id = text.substring(text.lastIndexOf('(') + 1, text.length() - 1);
    String name = "HttpClient-" + id + "-SelectorManager";
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name) && t.isAlive())
        .toList();
  }

  @Test
  void closingAnOwnedClientStopsItsSelectorThread() throws Exception {
    JdkHttpTransport transport = new JdkHttpTransport(Duration.ofSeconds(5));
    assertEquals(200, get(transport).status());
    assertEquals(1, selectorThreads(transport.httpClient()).size(),
        "the client runs one selector thread while open");
    transport.close();
    assertEquals(List.of(), selectorThreads(transport.httpClient()));
  }

  @Test
  void closingLeavesACallersClientRunning() throws Exception {
    HttpClient own = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    JdkHttpTransport transport = new JdkHttpTransport(own);
    assertEquals(200, get(transport).status());
    transport.close();
    assertEquals(1, selectorThreads(own).size());
    assertEquals(200, get(transport).status(), "the caller's client still works");
    assertTrue(transport.httpClient() == own);
  }
}
