package io.larkgen.sandbox;

import static io.larkgen.sandbox.SpecDrivenTest.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventHeader;
import io.larkgen.runtime.events.EventHttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events pushed by the sandbox arrive at the runtime's {@link EventDispatcher} on a loopback
 * server: encrypted and signed with an Encrypt Key, plain without, with the verification token,
 * generated from the events test spec, deterministic per seed.
 */
class EventPushTest {

  static final String EVENTS = "events-hire-v1.yaml";
  private static final String KEY = "kx7Gq2LrVb9TzM4p";
  private static final String TOKEN = "vt-3f9a1c";

  private record Received(EventHeader header, JsonNode json) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private URI receiver(String encryptKey, String token) throws IOException {
    EventDispatcher.Builder b = EventDispatcher.builder()
        .onUnknown((header, json) -> received.add(new Received(header, Http.MAPPER.readTree(json))));
    if (encryptKey != null) {
      b.encryptKey(encryptKey);
    }
    if (token != null) {
      b.verificationToken(token);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/events", new EventHttpHandler(b.build()));
    server.start();
    open.add(() -> server.stop(0));
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
  }

  private FeishuSandbox sandbox(long seed, String encryptKey, String token) {
    FeishuSandbox.Builder b = FeishuSandbox.builder().seed(seed).interviews(100).rateLimits(false)
        .specs(V1, EVENTS);
    if (encryptKey != null) {
      b.encryptKey(encryptKey);
    }
    if (token != null) {
      b.verificationToken(token);
    }
    FeishuSandbox sandbox = b.start();
    open.add(sandbox);
    return sandbox;
  }

  @Test
  void encryptedSignedEventsReachTheDispatcherWithTheirGeneratedBodies() throws IOException {
    URI url = receiver(KEY, TOKEN);
    FeishuSandbox sandbox = sandbox(21L, KEY, TOKEN);
    assertEquals(List.of("hire.application.stage_changed_v1", "hire.offer.status_changed_v1"),
        sandbox.eventTypes());
    assertTrue(sandbox.verifyEventUrl(url), "the challenge is echoed");

    EventDelivery stage = sandbox.pushEvent(url, "hire.application.stage_changed_v1");
    EventDelivery offer = sandbox.pushEvent(url, "hire.offer.status_changed_v1");
    assertEquals(200, stage.status(), stage.body());
    assertEquals(200, offer.status(), offer.body());
    assertEquals(2, received.size());

    Received first = received.get(0);
    assertEquals(stage.eventId(), first.header().eventId());
    assertEquals("hire.application.stage_changed_v1", first.header().eventType());
    assertEquals(sandbox.appId(), first.header().appId());
    assertEquals(sandbox.tenantKey(), first.header().tenantKey());
    assertEquals("2.0", first.json().path("schema").asText());
    JsonNode event = first.json().path("event");
    assertTrue(event.path("update_time").isNumber(), event::toString);
    assertTrue(sandbox.dataset().interviewsOfApplication(event.path("application_id").asText())
        .length > 0, "the application is one of the data set's: " + event);

    JsonNode offered = received.get(1).json().path("event");
    assertTrue(List.of(1, 2, 3, 4).contains(offered.path("offer_status").asInt()), offered::toString);
    Http http = new Http(sandbox);
    assertEquals(0, http.get(sandbox.issueUserAccessToken(),
        "/open-apis/hire_conventions/v1/offers/" + offered.path("offer_id").asText()).code(),
        "the offer id is one the sandbox serves");
  }

  @Test
  void plainEventsWithoutAnEncryptKey() throws IOException {
    URI url = receiver(null, TOKEN);
    FeishuSandbox sandbox = sandbox(21L, null, TOKEN);
    assertTrue(sandbox.verifyEventUrl(url));
    assertEquals(200, sandbox.pushEvent(url, "hire.offer.status_changed_v1").status());
    assertEquals(1, received.size());
  }

  @Test
  void aWrongTokenOrKeyIsRefusedByTheReceiver() throws IOException {
    URI url = receiver(KEY, TOKEN);
    FeishuSandbox wrongToken = sandbox(21L, KEY, "vt-other");
    assertFalse(wrongToken.verifyEventUrl(url));
    assertNotEquals(200, wrongToken.pushEvent(url, "hire.offer.status_changed_v1").status());
    FeishuSandbox wrongKey = sandbox(21L, "another-key-123", TOKEN);
    assertNotEquals(200, wrongKey.pushEvent(url, "hire.offer.status_changed_v1").status());
    assertTrue(received.isEmpty());
  }

  @Test
  void eventsAreDeterministicPerSeed() throws IOException {
    URI url = receiver(KEY, null);
    URI other = receiver(KEY, null);
    String type = "hire.application.stage_changed_v1";
    EventDelivery a = sandbox(5L, KEY, null).pushEvent(url, type);
    EventDelivery b = sandbox(5L, KEY, null).pushEvent(other, type);
    EventDelivery c = sandbox(6L, KEY, null).pushEvent(url, type);
    assertEquals(a.eventId(), b.eventId());
    assertNotEquals(a.eventId(), c.eventId());
    assertEquals(3, received.size());
    assertEquals(received.get(0).json().path("event"), received.get(1).json().path("event"));
    assertNotEquals(received.get(0).json().path("event"), received.get(2).json().path("event"));

    EventDelivery again = sandbox(5L, KEY, null).pushEvent(url, type);
    assertEquals(200, again.status(), "a repeated event is acknowledged");
    assertEquals(3, received.size(), "and not handled again: the dispatcher saw its id");
  }

  @Test
  void anUnknownEventTypeIsNamed() throws IOException {
    URI url = receiver(null, null);
    FeishuSandbox sandbox = sandbox(21L, null, null);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> sandbox.pushEvent(url, "hire.talent.deleted_v1"));
    assertTrue(e.getMessage().contains("hire.talent.deleted_v1"), e.getMessage());
  }
}
