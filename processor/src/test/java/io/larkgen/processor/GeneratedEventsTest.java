package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventOutcome;
import io.larkgen.runtime.events.EventRegistry;
import io.larkgen.runtime.events.EventRequest;
import io.larkgen.runtime.events.EventResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event types generated from {@code notes-v1.yaml}'s {@code x-lark-events}, loaded and run:
 * the registry decodes each event type to its record through the body's codec (enum, list of
 * objects, epoch-millis, unknown fields), an unknown type to the {@code Unknown} record, and
 * {@code type()} gives the event-type constant.
 */
class GeneratedEventsTest {
  private static final String CREATED = "notes.note.created_v1";
  private static ClassLoader loader;
  private static EventRegistry<?> registry;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = SpecCompiler.loader(compilation);
    registry = (EventRegistry<?>) loader.loadClass("com.example.notes.events.NotesEvents")
        .getMethod("registry").invoke(null);
  }

  private static EventRequest push(String eventId, String type, String body) {
    String json = "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"" + eventId + "\",\"event_type\":\""
        + type + "\",\"create_time\":\"1724642318000\",\"token\":\"t\",\"app_id\":\"cli_1\","
        + "\"tenant_key\":\"tk\"},\"event\":" + body + "}";
    return EventRequest.of(Map.of(), json.getBytes(StandardCharsets.UTF_8));
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  @Test
  void theRegistryKnowsEveryEventOfTheSpecAndItsRecord() throws Exception {
    assertEquals(List.of(CREATED, "notes.note.deleted_v1"), List.copyOf(registry.eventTypes()));
    assertEquals(Optional.of(loader.loadClass("com.example.notes.events.NotesNoteCreatedV1")),
        registry.recordType(CREATED));
    assertEquals(loader.loadClass("com.example.notes.events.NotesEvent"), registry.eventType());
    assertEquals(loader.loadClass("com.example.notes.events.NotesEvent$Unknown"),
        registry.unknownType());
  }

  @Test
  void eachEventArrivesAsItsRecordWithTypedFieldsAndAnUnknownTypeAsUnknown() throws Exception {
    List<Object> got = new ArrayList<>();
    EventDispatcher dispatcher = dispatcher(got);
    String newType = "{\"x\":1}";
    List<EventResponse> responses = List.of(
        dispatcher.handle(push("ev-1", CREATED, "{\"note_id\":\"n-1\",\"privacy\":2,"
            + "\"mentions\":[{\"user_id\":\"ou_1\",\"offset\":3}],\"create_time\":1724642318123,"
            + "\"added_later\":\"kept\"}")),
        dispatcher.handle(push("ev-2", "notes.note.deleted_v1", "{\"note_id\":\"n-2\"}")),
        dispatcher.handle(push("ev-3", "notes.note.archived_v2", newType)),
        dispatcher.handle(push("ev-1", CREATED, "{\"note_id\":\"n-1\"}")));
    assertEquals(List.of(EventOutcome.Handled.class, EventOutcome.Handled.class,
            EventOutcome.Unknown.class, EventOutcome.Duplicate.class),
        responses.stream().map(r -> r.outcome().getClass()).toList());
    assertEquals(3, got.size());

    Object created = got.get(0);
    assertEquals("NotesNoteCreatedV1", created.getClass().getSimpleName());
    assertEquals("ev-1", call(created, "eventId"));
    assertEquals("NOTE_CREATED_V1", call(created, "type").toString());
    assertEquals(CREATED, created.getClass().getField("EVENT_TYPE").get(null));
    Object body = call(created, "event");
    assertEquals("n-1", call(body, "noteId"));
    assertEquals("PUBLIC", call(body, "privacy").toString());
    assertEquals(Optional.of(Instant.ofEpochMilli(1724642318123L)), call(body, "createTimeInstant"));
    List<?> mentions = (List<?>) call(body, "mentions");
    assertEquals("ou_1", call(mentions.get(0), "userId"));
    assertEquals(3, call(mentions.get(0), "offset"));
    assertEquals(Map.of("added_later", "kept"), call(body, "extraProperties"));

    assertEquals("n-2", call(call(got.get(1), "event"), "noteId"));
    assertEquals("NOTE_DELETED_V1", call(got.get(1), "type").toString());

    Object unknown = got.get(2);
    assertEquals("Unknown", unknown.getClass().getSimpleName());
    assertTrue(((String) call(unknown, "json")).endsWith("\"event\":" + newType + "}"));
    Object unknownType = call(unknown, "type");
    assertEquals("notes.note.archived_v2", call(unknownType, "value"));
    assertEquals(Optional.empty(), call(unknownType, "known"));
  }

  @SuppressWarnings("unchecked")
  private static <E> EventDispatcher dispatcher(List<Object> got) {
    return EventDispatcher.builder().events((EventRegistry<E>) registry, got::add).build();
  }
}
