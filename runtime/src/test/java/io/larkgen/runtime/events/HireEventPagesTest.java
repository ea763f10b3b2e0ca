package io.larkgen.runtime.events;

import static io.larkgen.runtime.events.FeishuPush.ENCRYPT_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.events.HireEvents.OfferStatusChanged;
import io.larkgen.runtime.events.HireEvents.StageChanged;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The examples of two Hire event pages, delivered plain and encrypted with a signature: every
 * documented field reaches the typed handler. The pages are read from the shared doc directory
 * next to the repository; the test is skipped when it is absent.
 */
class HireEventPagesTest {
  private static final String EVENTS = "hire-v1/candidate-management/delivery-process-management";

  @Test
  void applicationStageChanged() throws Exception {
    Map<String, Object> example = example(EVENTS + "/application/events/stage_changed.md");
    Map<?, ?> event = (Map<?, ?>) example.get("event");
    for (StageChanged got : deliver(example, HireEvents.STAGE_CHANGED, StageChanged::read)) {
      assertEquals(event.get("application_id"), got.applicationId());
      assertEquals(event.get("origin_stage_id"), got.originStageId());
      assertEquals(event.get("target_stage_id"), got.targetStageId());
      assertEquals(event.get("update_time"), got.updateTime());
    }
  }

  @Test
  void offerStatusChanged() throws Exception {
    Map<String, Object> example = example(EVENTS + "/offer/events/status_changed.md");
    Map<?, ?> event = (Map<?, ?>) example.get("event");
    for (OfferStatusChanged got :
        deliver(example, HireEvents.OFFER_STATUS_CHANGED, OfferStatusChanged::read)) {
      assertEquals(event.get("offer_id"), got.offerId());
    }
  }

  /** Delivers the example plain and encrypted; returns what the handler got each time. */
  private static <T> List<T> deliver(Map<String, Object> example, String type,
      JsonReader<T> reader) throws Exception {
    Map<?, ?> header = (Map<?, ?>) example.get("header");
    String token = (String) header.get("token");
    String json = (String) example.get("json");
    List<T> got = new ArrayList<>();
    List<EventHeader> headers = new ArrayList<>();
    Function<EventDispatcher.Builder, EventDispatcher> build = b -> b.verificationToken(token)
        .on(type, reader, (h, e) -> {
          headers.add(h);
          got.add(e);
        }).build();

    byte[] plain = json.getBytes(StandardCharsets.UTF_8);
    assertEquals(200, build.apply(EventDispatcher.builder())
        .handle(EventRequest.of(Map.of(), plain)).status());

    byte[] encrypted = FeishuPush.encrypted(ENCRYPT_KEY, json, FeishuPush.iv(40))
        .getBytes(StandardCharsets.UTF_8);
    EventResponse r = build.apply(EventDispatcher.builder().encryptKey(ENCRYPT_KEY))
        .handle(EventRequest.of(FeishuPush.signedHeaders(System.currentTimeMillis() / 1000,
            "nonce", encrypted), encrypted));
    assertEquals(200, r.status(), r.body());

    assertEquals(2, got.size());
    EventHeader expected = new EventHeader(EventHeader.Schema.V2,
        (String) header.get("event_id"), (String) header.get("event_type"),
        (String) header.get("create_time"), token, (String) header.get("app_id"),
        (String) header.get("tenant_key"));
    assertEquals(type, expected.eventType());
    assertEquals(List.of(expected, expected), headers);
    return got;
  }

  /**
   * The JSON under the page's "事件体示例" heading, parsed, with the text itself under {@code
   * "json"}.
   */
  private static Map<String, Object> example(String page) throws IOException {
    Path file = docs().resolve(page);
    assumeTrue(Files.isRegularFile(file), "Feishu doc page not found, skipping: " + file);
    String text = Files.readString(file);
    int heading = text.indexOf("### 事件体示例");
    assertTrue(heading >= 0, file + ": no 事件体示例 heading");
    int start = text.indexOf("```json", heading) + "```json".length();
    String json = text.substring(start, text.indexOf("```", start)).strip();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      @SuppressWarnings("unchecked")
      Map<String, Object> parsed = (Map<String, Object>) JsonValues.readValue(p);
      Map<String, Object> withText = new LinkedHashMap<>(parsed);
      withText.put("json", json);
      return withText;
    }
  }

  /** {@code feishu-docs} in the shared directory beside the reactor root. */
  private static Path docs() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path pom = d.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>")) {
          return d.resolveSibling("shared").resolve("feishu-docs");
        }
      } catch (IOException e) {
        break;
      }
    }
    return dir.resolve("feishu-docs");
  }
}
