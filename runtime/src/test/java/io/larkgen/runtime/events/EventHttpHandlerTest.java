package io.larkgen.runtime.events;

import static io.larkgen.runtime.events.FeishuPush.ENCRYPT_KEY;
import static io.larkgen.runtime.events.FeishuPush.TOKEN;
import static io.larkgen.runtime.events.HireEvents.STAGE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.larkgen.runtime.events.HireEvents.StageChanged;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatcher behind a real JDK HTTP server on a loopback port, called over HTTP. */
class EventHttpHandlerTest {
  private final List<StageChanged> stages = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer server;
  private URI url;

  @BeforeEach
  void start() throws Exception {
    EventDispatcher dispatcher = EventDispatcher.builder()
        .encryptKey(ENCRYPT_KEY)
        .verificationToken(TOKEN)
        .on(STAGE_CHANGED, StageChanged::read, (header, event) -> {
          if (event.applicationId().equals("boom")) {
            throw new IllegalStateException("handler failed");
          }
          stages.add(event);
        })
        .build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/webhook/event", new EventHttpHandler(dispatcher, 4096));
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook/event");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> post(String body, boolean sign) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (sign) {
      long now = System.currentTimeMillis() / 1000;
      for (Map.Entry<String, List<String>> h :
          FeishuPush.signedHeaders(now, "n-" + now, bytes).entrySet()) {
        request.header(h.getKey(), h.getValue().get(0));
      }
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String stage(String eventId, String applicationId) throws Exception {
    return FeishuPush.encrypted(ENCRYPT_KEY, FeishuPush.v2(eventId, STAGE_CHANGED, TOKEN,
        "{\"application_id\":\"" + applicationId + "\",\"origin_stage_id\":\"s1\","
            + "\"target_stage_id\":\"s2\",\"update_time\":1652806656258}"),
        FeishuPush.iv(11));
  }

  @Test
  void anEncryptedSignedEventIsHandledOnceOverHttp() throws Exception {
    HttpResponse<String> first = post(stage("http-1", "6891470273284114702"), true);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals("{\"msg\":\"success\"}", first.body());
    assertTrue(first.headers().firstValue("Content-Type").orElseThrow().startsWith(
        "application/json"));
    assertEquals(200, post(stage("http-1", "6891470273284114702"), true).statusCode());
    assertEquals(List.of(new StageChanged("6891470273284114702", "s1", "s2", 1652806656258L)),
        stages);
  }

  @Test
  void theChallengeIsAnsweredOverHttp() throws Exception {
    String challenge = FeishuPush.encrypted(ENCRYPT_KEY,
        "{\"challenge\":\"ajls384kdj\",\"token\":\"" + TOKEN + "\",\"type\":\"url_verification\"}",
        FeishuPush.iv(12));
    HttpResponse<String> r = post(challenge, false);
    assertEquals(200, r.statusCode());
    assertEquals("{\"challenge\":\"ajls384kdj\"}", r.body());
  }

  @Test
  void refusalsAndFailuresGetTheirStatus() throws Exception {
    assertEquals(401, post(stage("http-2", "a"), false).statusCode());
    assertEquals(400, post("{\"encrypt\":\"AAAA\"}", true).statusCode());
    assertEquals(500, post(stage("http-3", "boom"), true).statusCode());
    assertEquals(List.of(), stages);
  }

  @Test
  void onlyPostsOfBoundedSizeAreRead() throws Exception {
    HttpResponse<String> get = http.send(HttpRequest.newBuilder(url).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
    HttpResponse<String> big = post("{\"pad\":\"" + "x".repeat(5000) + "\"}", true);
    assertEquals(413, big.statusCode());
  }
}
