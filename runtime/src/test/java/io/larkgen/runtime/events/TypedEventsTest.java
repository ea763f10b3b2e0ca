package io.larkgen.runtime.events;

import static io.larkgen.runtime.events.FeishuPush.ENCRYPT_KEY;
import static io.larkgen.runtime.events.FeishuPush.TOKEN;
import static io.larkgen.runtime.events.HireEvents.OFFER_STATUS_CHANGED;
import static io.larkgen.runtime.events.HireEvents.STAGE_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.events.HireEvents.OfferStatusChanged;
import io.larkgen.runtime.events.HireEvents.StageChanged;
import io.larkgen.runtime.testing.CapturingLoggerProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Typed dispatch through an {@link EventRegistry}, with hand-written records shaped as the
 * processor generates them: a sealed type, one record per event type holding the header and the
 * decoded body, and an {@code Unknown} record keeping the raw JSON.
 */
class TypedEventsTest {
  private static final String STAGE_BODY = "{\"application_id\":\"6891470273284114702\","
      + "\"origin_stage_id\":\"s1\",\"target_stage_id\":\"s2\",\"update_time\":1652806656258}";

  sealed interface TestEvent permits Stage, Offer, Unknown {
    EventHeader header();
  }

  record Stage(EventHeader header, StageChanged event) implements TestEvent {}

  record Offer(EventHeader header, OfferStatusChanged event) implements TestEvent {}

  record Unknown(EventHeader header, String json) implements TestEvent {}

  static final EventRegistry<TestEvent> REGISTRY =
      EventRegistry.builder(TestEvent.class, Unknown.class, Unknown::new)
          .add(STAGE_CHANGED, Stage.class, (h, p) -> new Stage(h, StageChanged.read(p)))
          .add(OFFER_STATUS_CHANGED, Offer.class,
              (h, p) -> new Offer(h, OfferStatusChanged.read(p)))
          .build();

  private final List<TestEvent> got = new ArrayList<>();

  private static EventRequest plain(String body) {
    return EventRequest.of(Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  private static EventRequest stage(String eventId) {
    return plain(FeishuPush.v2(eventId, STAGE_CHANGED, TOKEN, STAGE_BODY));
  }

  private static EventRequest offer(String eventId) {
    return plain(FeishuPush.v2(eventId, OFFER_STATUS_CHANGED, TOKEN, "{\"offer_id\":\"o-9\"}"));
  }

  @Test
  void oneHandlerGetsEveryEventAsItsRecord() throws Exception {
    EventDispatcher d = EventDispatcher.builder().encryptKey(ENCRYPT_KEY)
        .events(REGISTRY, got::add).build();
    String unknownJson = FeishuPush.v2("ev-3", "hire.something.new_v9", TOKEN, "{\"x\":[1]}");
    byte[] encrypted = FeishuPush.encrypted(ENCRYPT_KEY,
        FeishuPush.v2("ev-1", STAGE_CHANGED, TOKEN, STAGE_BODY), FeishuPush.iv(1))
        .getBytes(StandardCharsets.UTF_8);
    long now = System.currentTimeMillis() / 1000;
    List<EventOutcome> outcomes = List.of(
        d.handle(EventRequest.of(FeishuPush.signedHeaders(now, "n", encrypted), encrypted))
            .outcome(),
        d.handle(offerSigned("ev-2", now)).outcome(),
        d.handle(signedPlain(unknownJson, now)).outcome());

    assertInstanceOf(EventOutcome.Handled.class, outcomes.get(0));
    assertInstanceOf(EventOutcome.Handled.class, outcomes.get(1));
    assertInstanceOf(EventOutcome.Unknown.class, outcomes.get(2));
    EventHeader stageHeader = new EventHeader(EventHeader.Schema.V2, "ev-1", STAGE_CHANGED,
        "1608725989000", TOKEN, "cli_test", "tk_test");
    assertEquals(new Stage(stageHeader, new StageChanged("6891470273284114702", "s1", "s2",
        1652806656258L)), got.get(0));
    assertEquals(new OfferStatusChanged("o-9"), assertInstanceOf(Offer.class, got.get(1)).event());
    Unknown unknown = assertInstanceOf(Unknown.class, got.get(2));
    assertEquals("hire.something.new_v9", unknown.header().eventType());
    assertEquals(unknownJson, unknown.json());
    assertEquals(3, got.size());
  }

  private static EventRequest offerSigned(String id, long now) throws Exception {
    return signedPlain(FeishuPush.v2(id, OFFER_STATUS_CHANGED, TOKEN, "{\"offer_id\":\"o-9\"}"),
        now);
  }

  private static EventRequest signedPlain(String json, long now) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return EventRequest.of(FeishuPush.signedHeaders(now, "n", bytes), bytes);
  }

  @Test
  void handlersPerRecordTakeTheirTypesAndAKnownTypeWithoutOneIsOnlyAcknowledged() {
    List<String> unknown = new ArrayList<>();
    EventDispatcher d = EventDispatcher.builder()
        .events(REGISTRY)
        .on(Stage.class, got::add)
        .on(Unknown.class, u -> unknown.add(u.header().eventId()))
        .build();
    assertInstanceOf(EventOutcome.Handled.class, d.handle(stage("ev-4")).outcome());
    EventResponse offer = d.handle(offer("ev-5"));
    assertEquals(200, offer.status());
    assertInstanceOf(EventOutcome.Unknown.class, offer.outcome());
    assertInstanceOf(EventOutcome.Unknown.class,
        d.handle(plain(FeishuPush.v2("ev-6", "hire.new_v2", TOKEN, "{}"))).outcome());
    assertInstanceOf(EventOutcome.Duplicate.class, d.handle(offer("ev-5")).outcome(),
        "an acknowledged event is remembered like a handled one");

    assertEquals(1, got.size());
    assertEquals("ev-4", got.get(0).header().eventId());
    assertEquals(List.of("ev-6"), unknown, "only the type the registry does not know");
  }

  @Test
  void theSealedTypeItselfTakesEveryEvent() {
    EventDispatcher d = EventDispatcher.builder().events(REGISTRY).on(TestEvent.class, got::add)
        .build();
    d.handle(stage("ev-7"));
    d.handle(offer("ev-8"));
    d.handle(plain(FeishuPush.v2("ev-9", "hire.new_v2", TOKEN, "{}")));
    assertEquals(List.of(Stage.class, Offer.class, Unknown.class),
        got.stream().map(Object::getClass).toList());
  }

  @Test
  void aDuplicateIsHandledOnceAndAFailingHandlerGives500WithTheIdLoggedNotTheBody() {
    CapturingLoggerProvider.clear();
    int[] attempts = {0};
    EventDispatcher d = EventDispatcher.builder().events(REGISTRY, e -> {
      if (attempts[0]++ == 0) {
        throw new IllegalStateException("database down");
      }
      got.add(e);
    }).build();
    EventResponse failed = d.handle(stage("ev-10"));
    assertEquals(500, failed.status());
    assertInstanceOf(EventOutcome.Failed.class, failed.outcome());
    assertInstanceOf(EventOutcome.Handled.class, d.handle(stage("ev-10")).outcome());
    assertInstanceOf(EventOutcome.Duplicate.class, d.handle(stage("ev-10")).outcome());
    assertEquals(1, got.size());

    List<CapturingLoggerProvider.Event> logged = CapturingLoggerProvider.events().stream()
        .filter(e -> e.logger().equals(EventDispatcher.class.getName())).toList();
    assertTrue(logged.stream().anyMatch(e -> e.level() == Level.ERROR
        && e.message().contains("ev-10")), logged.toString());
    assertTrue(logged.stream().noneMatch(e -> e.text().contains("6891470273284114702")),
        logged.toString());
  }

  @Test
  void aBodyItsDecoderRefusesIsRejectedBeforeAnyHandler() {
    EventDispatcher d = EventDispatcher.builder().events(REGISTRY, got::add).build();
    EventResponse r = d.handle(plain(FeishuPush.v2("ev-11", STAGE_CHANGED, TOKEN,
        "{\"update_time\":\"soon\"}")));
    EventOutcome.Rejected rejected = assertInstanceOf(EventOutcome.Rejected.class, r.outcome());
    assertEquals(Rejection.MALFORMED_EVENT, rejected.reason());
    assertTrue(rejected.detail().contains("/event/update_time"), rejected.detail());
    assertEquals(List.of(), got);
  }

  @Test
  void theRegistryListsItsTypesAndRecords() {
    assertEquals(List.of(STAGE_CHANGED, OFFER_STATUS_CHANGED), List.copyOf(REGISTRY.eventTypes()));
    assertEquals(Optional.of(Offer.class), REGISTRY.recordType(OFFER_STATUS_CHANGED));
    assertEquals(Optional.empty(), REGISTRY.recordType("hire.new_v2"));
    assertEquals(TestEvent.class, REGISTRY.eventType());
    assertEquals(Unknown.class, REGISTRY.unknownType());
    assertEquals(Set.of(STAGE_CHANGED, OFFER_STATUS_CHANGED), REGISTRY.eventTypes());
  }

  @Test
  void mistakesInTheRegistrationAreRefusedNamingThem() {
    EventRegistry.Builder<TestEvent> builder =
        EventRegistry.builder(TestEvent.class, Unknown.class, Unknown::new)
            .add("a.b_v1", Offer.class, (h, p) -> null);
    assertEquals("event type a.b_v1 is already added", assertThrows(
        IllegalArgumentException.class, () -> builder.add("a.b_v1", Offer.class, (h, p) -> null))
        .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> builder.add("a.c_v1", Unknown.class, (h, p) -> null)).getMessage()
        .contains("unknown-event record"));

    IllegalStateException noRegistry = assertThrows(IllegalStateException.class,
        () -> EventDispatcher.builder().on(Stage.class, e -> {}));
    assertTrue(noRegistry.getMessage().contains("events(registry)"), noRegistry.getMessage());

    EventDispatcher.Builder d = EventDispatcher.builder().events(REGISTRY).on(Stage.class, e -> {});
    assertTrue(assertThrows(IllegalArgumentException.class, () -> d.on(String.class, e -> {}))
        .getMessage().contains("is no event of"));
    assertEquals("event type " + STAGE_CHANGED + " already has a handler",
        assertThrows(IllegalArgumentException.class, () -> d.on(TestEvent.class, e -> {}))
            .getMessage());
    d.on(Unknown.class, e -> {});
    assertThrows(IllegalArgumentException.class, () -> d.on(Unknown.class, e -> {}));
    EventRegistry<TestEvent> other =
        EventRegistry.builder(TestEvent.class, Unknown.class, Unknown::new).build();
    assertThrows(IllegalStateException.class, () -> d.events(other));
    assertFalse(d.toString().isEmpty());
  }
}
