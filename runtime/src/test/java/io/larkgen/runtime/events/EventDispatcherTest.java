package io.larkgen.runtime.events;

import static io.larkgen.runtime.events.FeishuPush.ENCRYPT_KEY;
import static io.larkgen.runtime.events.FeishuPush.TOKEN;
import static io.larkgen.runtime.events.HireEvents.STAGE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.auth.AppTicketHolder;
import io.larkgen.runtime.events.HireEvents.StageChanged;
import io.larkgen.runtime.json.JsonValues;
import io.larkgen.runtime.testing.CapturingLoggerProvider;
import io.larkgen.runtime.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class EventDispatcherTest {
  private static final long NOW = 1_700_000_000L;
  private static final String STAGE_BODY = "{\"application_id\":\"6891470273284114702\","
      + "\"origin_stage_id\":\"6891470273281123213\",\"target_stage_id\":\"6891470273281123214\","
      + "\"update_time\":1652806656258}";
  private static final StageChanged STAGE = new StageChanged("6891470273284114702",
      "6891470273281123213", "6891470273281123214", 1652806656258L);

  private final FakeClock clock = new FakeClock(Instant.ofEpochSecond(NOW));
  private final List<String> calls = new ArrayList<>();
  private final List<StageChanged> stages = new ArrayList<>();
  private final List<EventHeader> headers = new ArrayList<>();

  private EventDispatcher.Builder secured() {
    return EventDispatcher.builder()
        .encryptKey(ENCRYPT_KEY)
        .verificationToken(TOKEN)
        .clock(clock)
        .on(STAGE_CHANGED, StageChanged::read, (header, event) -> {
          calls.add(header.eventId());
          headers.add(header);
          stages.add(event);
        });
  }

  private static EventRequest signed(String body, long epochSeconds) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return EventRequest.of(FeishuPush.signedHeaders(epochSeconds, "nonce-1", bytes), bytes);
  }

  private static EventRequest plain(String body) {
    return EventRequest.of(Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static String stageEvent(String eventId, String token) {
    return FeishuPush.v2(eventId, STAGE_CHANGED, token, STAGE_BODY);
  }

  private EventRequest encryptedStage(String eventId) throws Exception {
    return signed(FeishuPush.encrypted(ENCRYPT_KEY, stageEvent(eventId, TOKEN), FeishuPush.iv(7)),
        NOW);
  }

  private static EventOutcome.Rejected rejected(EventResponse response, Rejection reason) {
    EventOutcome.Rejected r = assertInstanceOf(EventOutcome.Rejected.class, response.outcome());
    assertEquals(reason, r.reason(), r.detail());
    assertEquals(reason.status(), response.status());
    assertTrue(response.body().contains(reason.name()), response.body());
    return r;
  }

  @Test
  void answersAPlainChallenge() {
    EventDispatcher d = EventDispatcher.builder().verificationToken(TOKEN).build();
    EventResponse r = d.handle(plain("{\"challenge\":\"ajls384kdj\",\"token\":\"" + TOKEN
        + "\",\"type\":\"url_verification\"}"));
    assertEquals(200, r.status());
    assertEquals("{\"challenge\":\"ajls384kdj\"}", r.body());
    assertEquals(new EventOutcome.Challenge("ajls384kdj"), r.outcome());
  }

  @Test
  void answersAnEncryptedUnsignedChallenge() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, "{\"challenge\":\"c-\\\"2\\\"\",\"token\":\""
        + TOKEN + "\",\"type\":\"url_verification\"}", FeishuPush.iv(3));
    EventResponse r = secured().build().handle(plain(body));
    assertEquals(200, r.status());
    assertEquals("{\"challenge\":\"c-\\\"2\\\"\"}", r.body(), "the challenge is JSON-escaped");
  }

  @Test
  void refusesAChallengeWithAnotherToken() {
    EventResponse r = secured().build().handle(plain(
        "{\"challenge\":\"x\",\"token\":\"forged\",\"type\":\"url_verification\"}"));
    rejected(r, Rejection.BAD_TOKEN);
  }

  @Test
  void deliversAnEncryptedSignedEventWithEveryField() throws Exception {
    EventResponse r = secured().build().handle(encryptedStage("ev-1"));
    assertEquals(200, r.status(), r.body());
    assertEquals("{\"msg\":\"success\"}", r.body());
    assertEquals(List.of(STAGE), stages);
    EventHeader h = headers.get(0);
    assertEquals(new EventHeader(EventHeader.Schema.V2, "ev-1", STAGE_CHANGED, "1608725989000",
        TOKEN, "cli_test", "tk_test"), h);
    assertEquals(Instant.ofEpochMilli(1608725989000L), h.createdAt().orElseThrow());
    assertEquals(new EventOutcome.Handled(h), r.outcome());
  }

  @Test
  void deliversAPlainEventWithoutAnEncryptKey() {
    List<StageChanged> got = new ArrayList<>();
    EventDispatcher d = EventDispatcher.builder().verificationToken(TOKEN)
        .on(STAGE_CHANGED, StageChanged::read, (h, e) -> got.add(e)).build();
    assertEquals(200, d.handle(plain(stageEvent("ev-2", TOKEN))).status());
    assertEquals(List.of(STAGE), got);
  }

  @Test
  void refusesAWrongSignatureWithoutCallingTheHandler() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-3", TOKEN), FeishuPush.iv(1));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> h = new HashMap<>(
        FeishuPush.signedHeaders(NOW, "nonce-1", bytes));
    h.put("x-lark-signature", List.of(FeishuPush.sign(Long.toString(NOW), "nonce-1",
        "another key", bytes)));
    h.remove("X-Lark-Signature");
    rejected(secured().build().handle(EventRequest.of(h, bytes)), Rejection.BAD_SIGNATURE);
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesAnUnsignedEventWhenAnEncryptKeyIsConfigured() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-4", TOKEN), FeishuPush.iv(1));
    rejected(secured().build().handle(plain(body)), Rejection.MISSING_SIGNATURE);
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesAWrongOrMissingToken() throws Exception {
    EventDispatcher d = secured().build();
    rejected(d.handle(signed(FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-5", "forged"),
        FeishuPush.iv(1)), NOW)), Rejection.BAD_TOKEN);
    String noToken = "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"ev-6\",\"event_type\":\""
        + STAGE_CHANGED + "\"},\"event\":" + STAGE_BODY + "}";
    rejected(d.handle(signed(noToken, NOW)), Rejection.BAD_TOKEN);
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesATimestampBeyondTheReplayWindowEitherWay() throws Exception {
    EventDispatcher d = secured().build();
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-7", TOKEN), FeishuPush.iv(1));
    EventOutcome.Rejected old = rejected(d.handle(signed(body, NOW - 301)),
        Rejection.STALE_TIMESTAMP);
    assertTrue(old.detail().contains("301 s old"), old.detail());
    rejected(d.handle(signed(body, NOW + 301)), Rejection.STALE_TIMESTAMP);
    assertEquals(List.of(), calls);
    assertEquals(200, d.handle(signed(body, NOW - 299)).status());
    assertEquals(List.of("ev-7"), calls);

    EventDispatcher lenient = secured().replayWindow(Duration.ofHours(1)).build();
    String other = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-8", TOKEN), FeishuPush.iv(1));
    assertEquals(200, lenient.handle(signed(other, NOW - 3000)).status());
  }

  @Test
  void refusesAMissingTimestamp() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-9", TOKEN), FeishuPush.iv(1));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    EventRequest request = EventRequest.of(Map.of("X-Lark-Request-Nonce", List.of("n"),
        "X-Lark-Signature", List.of(FeishuPush.sign("", "n", ENCRYPT_KEY, bytes))), bytes);
    rejected(secured().build().handle(request), Rejection.STALE_TIMESTAMP);
  }

  @Test
  void refusesATamperedCiphertextEvenWhenItIsSigned() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-10", TOKEN), FeishuPush.iv(1));
    String value = body.substring("{\"encrypt\":\"".length(), body.length() - 2);
    byte[] raw = Base64.getDecoder().decode(value);
    raw[raw.length - 1] ^= 0x21;
    String tampered = "{\"encrypt\":\"" + Base64.getEncoder().encodeToString(raw) + "\"}";
    rejected(secured().build().handle(signed(tampered, NOW)), Rejection.BAD_CIPHERTEXT);
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesAnEncryptedBodyWithoutAnEncryptKey() throws Exception {
    String body = FeishuPush.encrypted(ENCRYPT_KEY, stageEvent("ev-11", TOKEN), FeishuPush.iv(1));
    rejected(EventDispatcher.builder().build().handle(plain(body)), Rejection.NO_ENCRYPT_KEY);
  }

  @Test
  void refusesBadJsonWithoutQuotingIt() throws Exception {
    EventDispatcher d = EventDispatcher.builder().build();
    EventOutcome.Rejected r = rejected(d.handle(plain("{\"schema\": secret-value")),
        Rejection.MALFORMED_JSON);
    assertTrue(r.detail().contains("line 1"), r.detail());
    assertFalse(r.detail().contains("secret-value"), r.detail());
    rejected(d.handle(plain("[1,2]")), Rejection.MALFORMED_JSON);
    rejected(d.handle(plain("")), Rejection.MALFORMED_JSON);
    rejected(d.handle(plain("{} {}")), Rejection.MALFORMED_JSON);

    String encryptedGarbage = FeishuPush.encrypted(ENCRYPT_KEY, "private text", FeishuPush.iv(2));
    EventOutcome.Rejected inner = rejected(secured().build().handle(signed(encryptedGarbage, NOW)),
        Rejection.MALFORMED_JSON);
    assertFalse(inner.detail().contains("private"), inner.detail());
  }

  @Test
  void refusesJsonThatIsNoEvent() throws Exception {
    EventDispatcher d = EventDispatcher.builder().build();
    rejected(d.handle(plain("{\"hello\":1}")), Rejection.MALFORMED_EVENT);
    rejected(d.handle(plain("{\"schema\":\"2.0\",\"header\":{\"event_type\":\"t\"},\"event\":{}}")),
        Rejection.MALFORMED_EVENT);
    rejected(d.handle(plain("{\"schema\":\"2.0\",\"header\":{\"event_id\":\"e\"},\"event\":{}}")),
        Rejection.MALFORMED_EVENT);
    rejected(d.handle(plain("{\"schema\":\"2.0\",\"header\":{\"event_id\":\"e\",\"event_type\":"
        + "\"t\"}}")), Rejection.MALFORMED_EVENT);
    rejected(d.handle(plain("{\"header\":[],\"event\":{}}")), Rejection.MALFORMED_EVENT);
    rejected(d.handle(plain("{\"challenge\":null,\"type\":\"url_verification\"}")),
        Rejection.MALFORMED_EVENT);
  }

  @Test
  void refusesABodyItsReaderRefusesNamingTheFieldNotTheValue() throws Exception {
    String body = FeishuPush.v2("ev-12", STAGE_CHANGED, TOKEN,
        "{\"application_id\":\"a\",\"update_time\":\"not-a-number\"}");
    EventOutcome.Rejected r = rejected(secured().build().handle(signed(body, NOW)),
        Rejection.MALFORMED_EVENT);
    assertTrue(r.detail().contains("/event/update_time"), r.detail());
    assertFalse(r.detail().contains("not-a-number"), r.detail());
    assertEquals(List.of(), calls);

    EventDispatcher throwing = EventDispatcher.builder()
        .on("t", p -> {
          throw new IllegalStateException("reader bug");
        }, (h, e) -> calls.add("never")).build();
    rejected(throwing.handle(plain(FeishuPush.v2("ev-13", "t", TOKEN, "{}"))),
        Rejection.MALFORMED_EVENT);
    assertEquals(List.of(), calls);
  }

  @Test
  void handsADuplicateEventIdToTheHandlerOnce() throws Exception {
    EventDispatcher d = secured().build();
    assertInstanceOf(EventOutcome.Handled.class, d.handle(encryptedStage("ev-14")).outcome());
    EventResponse again = d.handle(encryptedStage("ev-14"));
    assertEquals(200, again.status());
    assertInstanceOf(EventOutcome.Duplicate.class, again.outcome());
    // the same event, delivered plain this time, is still the same event
    assertInstanceOf(EventOutcome.Duplicate.class,
        d.handle(signed(stageEvent("ev-14", TOKEN), NOW)).outcome());
    assertEquals(List.of("ev-14"), calls);
  }

  @Test
  void aFailingHandlerGives500AndItsRedeliveryIsHandled() throws Exception {
    CapturingLoggerProvider.clear();
    int[] attempts = {0};
    List<StageChanged> got = new ArrayList<>();
    EventDispatcher d = EventDispatcher.builder().encryptKey(ENCRYPT_KEY).clock(clock)
        .on(STAGE_CHANGED, StageChanged::read, (h, e) -> {
          if (attempts[0]++ == 0) {
            throw new IllegalStateException("database down");
          }
          got.add(e);
        }).build();
    EventResponse first = d.handle(encryptedStage("ev-15"));
    assertEquals(500, first.status());
    EventOutcome.Failed failed = assertInstanceOf(EventOutcome.Failed.class, first.outcome());
    assertEquals("database down", failed.error().getMessage());
    assertFalse(first.body().contains("database"), "the answer does not show the error");

    EventResponse second = d.handle(encryptedStage("ev-15"));
    assertInstanceOf(EventOutcome.Handled.class, second.outcome());
    assertEquals(List.of(STAGE), got);

    List<CapturingLoggerProvider.Event> logged = CapturingLoggerProvider.events().stream()
        .filter(e -> e.logger().equals(EventDispatcher.class.getName())).toList();
    assertTrue(logged.stream().anyMatch(e -> e.level() == Level.ERROR
        && e.message().contains("ev-15") && e.message().contains(STAGE_CHANGED)
        && e.text().contains("database down")), logged.toString());
    for (CapturingLoggerProvider.Event e : CapturingLoggerProvider.events()) {
      for (String secret : List.of("6891470273284114702", "1652806656258", ENCRYPT_KEY, TOKEN)) {
        assertFalse(e.text().contains(secret), "logged " + secret + ": " + e.text());
      }
    }
  }

  @Test
  void aFailingStoreGives500InsteadOfAnException() throws Exception {
    EventIdStore down = new EventIdStore() {
      @Override
      public boolean markSeen(String eventId) {
        throw new IllegalStateException("store unreachable");
      }

      @Override
      public void forget(String eventId) {
        throw new IllegalStateException("store unreachable");
      }
    };
    EventResponse r = secured().eventIdStore(down).build().handle(encryptedStage("ev-19"));
    assertEquals(500, r.status());
    assertEquals("store unreachable",
        assertInstanceOf(EventOutcome.Failed.class, r.outcome()).error().getMessage());
    assertEquals(List.of(), calls);
  }

  @Test
  void controlCharactersOfAnUnsignedEventDoNotReachTheLog() {
    CapturingLoggerProvider.clear();
    EventDispatcher d = EventDispatcher.builder()
        .on("t", p -> null, (h, e) -> {}).build();
    EventResponse r = d.handle(plain(FeishuPush.v2("line\\nFORGED", "t", TOKEN, "{}")));
    EventOutcome.Rejected rejected = rejected(r, Rejection.MALFORMED_EVENT);
    assertEquals("event line?FORGED (t): the reader returned no event", rejected.detail());
    assertTrue(CapturingLoggerProvider.events().stream()
        .noneMatch(e -> e.message().contains("\n")));
  }

  @Test
  void anUnknownTypeReachesTheUnknownHandlerWithItsRawJson() throws Exception {
    String json = FeishuPush.v2("ev-16", "hire.something.new_v9", TOKEN,
        "{\"thing_id\":\"42\",\"nested\":{\"a\":[1,2]}}");
    List<String> raw = new ArrayList<>();
    EventResponse r = secured().onUnknown((h, j) -> raw.add(h.eventType() + " " + j)).build()
        .handle(signed(FeishuPush.encrypted(ENCRYPT_KEY, json, FeishuPush.iv(9)), NOW));
    assertEquals(200, r.status());
    assertInstanceOf(EventOutcome.Unknown.class, r.outcome());
    assertEquals(List.of("hire.something.new_v9 " + json), raw);
    assertEquals(List.of(), calls);

    EventResponse silent = secured().build().handle(signed(FeishuPush.v2("ev-17", "x.y_v1", TOKEN,
        "{}"), NOW));
    assertEquals(200, silent.status(), "without an unknown handler the event is acknowledged");
  }

  @Test
  void readsTheSchema1Shape() {
    String v1 = "{\"ts\":\"1502199207.7171419\",\"uuid\":\"bc447199585340d1f3728d26b1c0297a\","
        + "\"token\":\"" + TOKEN + "\",\"type\":\"event_callback\",\"event\":{\"app_id\":"
        + "\"cli_9c8609450f78d102\",\"chat_id\":\"oc_26b6\",\"tenant_key\":\"736588c9260f175c\","
        + "\"type\":\"p2p_chat_create\",\"user\":{\"name\":\"user_name\"}}}";
    List<EventHeader> got = new ArrayList<>();
    List<Object> bodies = new ArrayList<>();
    EventDispatcher d = EventDispatcher.builder().verificationToken(TOKEN)
        .on("p2p_chat_create", JsonValues::readValue, (h, e) -> {
          got.add(h);
          bodies.add(e);
        }).build();
    assertEquals(200, d.handle(plain(v1)).status());
    EventHeader h = got.get(0);
    assertEquals(new EventHeader(EventHeader.Schema.V1, "bc447199585340d1f3728d26b1c0297a",
        "p2p_chat_create", "1502199207.7171419", TOKEN, "cli_9c8609450f78d102",
        "736588c9260f175c"), h);
    assertEquals(Instant.ofEpochSecond(1502199207L, 717141900L), h.createdAt().orElseThrow());
    assertEquals(Map.of("name", "user_name"), ((Map<?, ?>) bodies.get(0)).get("user"));
    assertInstanceOf(EventOutcome.Duplicate.class, d.handle(plain(v1)).outcome(),
        "1.0 events are deduplicated by uuid");
  }

  @Test
  void keepsTheAppTicketOfAStoreApp() throws Exception {
    AppTicketHolder holder = new AppTicketHolder();
    EventDispatcher d = EventDispatcher.builder().encryptKey(ENCRYPT_KEY).clock(clock)
        .verificationToken(TOKEN).onAppTicket(holder).build();
    String v1 = "{\"ts\":\"1700000000.1\",\"uuid\":\"u-1\",\"token\":\"" + TOKEN + "\","
        + "\"type\":\"event_callback\",\"event\":{\"app_id\":\"cli_x\",\"app_ticket\":"
        + "\"ticket-value-1\",\"type\":\"app_ticket\"}}";
    assertEquals(200,
        d.handle(signed(FeishuPush.encrypted(ENCRYPT_KEY, v1, FeishuPush.iv(5)), NOW)).status());
    assertEquals("ticket-value-1", holder.get());
  }

  @Test
  void createdAtReadsMillisecondsMicrosecondsAndSeconds() {
    assertEquals(Instant.ofEpochMilli(1608725989000L), header("1608725989000").createdAt().get());
    assertEquals(Instant.ofEpochMilli(1603977298000L), header("1603977298000000").createdAt()
        .get());
    assertTrue(header("soon").createdAt().isEmpty());
    assertTrue(header(null).createdAt().isEmpty());
  }

  private static EventHeader header(String createTime) {
    return new EventHeader(EventHeader.Schema.V2, "e", "t", createTime, null, null, null);
  }

  @Test
  void aSharedStoreDeduplicatesAcrossDispatchers() throws Exception {
    InMemoryEventIdStore store = new InMemoryEventIdStore();
    EventDispatcher a = secured().eventIdStore(store).build();
    EventDispatcher b = secured().eventIdStore(store).build();
    a.handle(encryptedStage("ev-18"));
    assertInstanceOf(EventOutcome.Duplicate.class, b.handle(encryptedStage("ev-18")).outcome());
    assertEquals(List.of("ev-18"), calls);
  }

  @Test
  void theInMemoryStoreIsBounded() {
    InMemoryEventIdStore store = new InMemoryEventIdStore(2);
    assertTrue(store.markSeen("a"));
    assertTrue(store.markSeen("b"));
    assertFalse(store.markSeen("a"));
    assertTrue(store.markSeen("c"));
    assertEquals(2, store.size());
    assertTrue(store.markSeen("a"), "the oldest id was forgotten");
    assertFalse(store.markSeen("c"));
    store.forget("c");
    assertTrue(store.markSeen("c"));
    assertThrows(IllegalArgumentException.class, () -> new InMemoryEventIdStore(0));
  }

  @Test
  void theConfigurationIsCheckedAndNeverShowsItsSecrets() {
    assertThrows(IllegalArgumentException.class, () -> EventDispatcher.builder().encryptKey(" "));
    assertThrows(IllegalArgumentException.class,
        () -> EventDispatcher.builder().replayWindow(Duration.ZERO));
    EventDispatcher.Builder b = secured();
    assertThrows(IllegalArgumentException.class,
        () -> b.on(STAGE_CHANGED, StageChanged::read, (h, e) -> {}));
    String text = b.toString() + b.build() + new EventHeader(EventHeader.Schema.V2, "e", "t",
        null, TOKEN, null, null);
    assertFalse(text.contains(ENCRYPT_KEY), text);
    assertFalse(text.contains(TOKEN), text);
    assertTrue(text.contains(STAGE_CHANGED), text);
  }

  @Test
  void headersAreMatchedIgnoringCase() {
    EventRequest r = EventRequest.of(Map.of("x-lark-signature", List.of("s1", "s2")), new byte[0]);
    assertEquals("s1", r.header("X-Lark-Signature"));
    assertNull(r.header("X-Lark-Request-Nonce"));
    assertEquals("v", EventRequest.of(name -> name.equals("A") ? "v" : null, new byte[0])
        .header("A"));
  }
}
