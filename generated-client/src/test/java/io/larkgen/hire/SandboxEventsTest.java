package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.larkgen.hire.events.HireApplicationStageChangedV1;
import io.larkgen.hire.events.HireEvent;
import io.larkgen.hire.events.HireEvents;
import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventHttpHandler;
import io.larkgen.sandbox.EventDelivery;
import io.larkgen.sandbox.FeishuSandbox;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every event type of the spec, pushed by the sandbox plain and encrypted, arrives through
 * {@link EventDispatcher} and {@link EventHttpHandler} as its generated record with its body
 * decoded; an event type the spec does not have arrives as {@link HireEvent.Unknown}.
 */
class SandboxEventsTest {
  private static final String KEY = "client-test-encrypt-key";
  private static final String TOKEN = "client-test-token";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyEventTypeArrivesAsItsRecord(boolean encrypted) throws Exception {
    List<HireEvent> got = Collections.synchronizedList(new ArrayList<>());
    EventDispatcher.Builder b = EventDispatcher.builder().verificationToken(TOKEN)
        .events(HireEvents.registry(), got::add);
    FeishuSandbox.Builder sb = FeishuSandbox.builder().seed(11L).interviews(20).verificationToken(TOKEN);
    if (encrypted) {
      b.encryptKey(KEY);
      sb.encryptKey(KEY);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/events", new EventHttpHandler(b.build()));
    server.start();
    try (FeishuSandbox sandbox = sb.start()) {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
      assertTrue(sandbox.verifyEventUrl(url));
      assertEquals(List.copyOf(HireEvents.registry().eventTypes()), sandbox.eventTypes());
      List<EventDelivery> sent = new ArrayList<>();
      for (String type : sandbox.eventTypes()) {
        EventDelivery d = sandbox.pushEvent(url, type);
        assertEquals(200, d.status(), type + ": " + d.body());
        sent.add(d);
      }
      assertEquals(sent.size(), got.size());
      for (int i = 0; i < sent.size(); i++) {
        HireEvent event = got.get(i);
        String type = sandbox.eventTypes().get(i);
        assertEquals(sent.get(i).eventId(), event.eventId());
        assertEquals(type, event.header().eventType());
        assertEquals(type, event.type().value());
        assertTrue(event.type().known().isPresent(), type);
        assertEquals(HireEvents.registry().recordType(type).orElseThrow(), event.getClass());
        assertEquals(sandbox.appId(), event.header().appId());
      }
      HireApplicationStageChangedV1 stage = (HireApplicationStageChangedV1) got.get(
          sandbox.eventTypes().indexOf(HireApplicationStageChangedV1.EVENT_TYPE));
      assertFalse(stage.event().applicationId().isEmpty());
      assertTrue(stage.event().updateTimeInstant().isPresent());

      if (!encrypted) {
        String json = "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"ev-new\",\"event_type\":"
            + "\"hire.something.new_v9\",\"token\":\"" + TOKEN + "\"},\"event\":{\"x\":1}}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        HireEvent.Unknown unknown = assertInstanceOf(HireEvent.Unknown.class, got.get(got.size() - 1));
        assertEquals(json, unknown.json());
        assertTrue(unknown.type().known().isEmpty());
      }
    } finally {
      server.stop(0);
    }
  }
}
