package com.example.notes.events;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventHeader;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * An event of Notes that Feishu pushes to the app's event URL: one record per event type of
 * the spec, and {@link Unknown} for any other type, keeping its raw JSON. Decode through
 * {@link NotesEvents#registry()} with {@link EventDispatcher}.
 *
 * <p>On Java 21, switch over the sealed type:
 *
 * <pre>{@code
 * switch (event) {
 *   case NotesNoteCreatedV1 e -> handle(e.event());
 *   // … one case per record
 *   case NotesEvent.Unknown u -> log(u.header().eventType());
 * }
 * }</pre>
 *
 * <p>On Java 17, switch over the constants of {@link #type()}; the compiler checks that a
 * switch expression misses none:
 *
 * <pre>{@code
 * String summary = event.type().known().map(type -> switch (type) {
 *   case NOTE_CREATED_V1 -> ((NotesNoteCreatedV1) event).event().toString();
 *   // … one case per constant
 * }).orElse("unknown type " + event.header().eventType());
 * }</pre>
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public sealed interface NotesEvent permits NotesNoteCreatedV1, NotesNoteDeletedV1, NotesEvent.Unknown {
  /**
   * The event's header: {@code event_id}, {@code event_type}, {@code create_time}, {@code token},
   * {@code app_id} and {@code tenant_key}.
   *
   * @return the header, never null
   */
  EventHeader header();

  /**
   * The event type, a constant for every type of the spec.
   *
   * @return the type; {@code NotesEventType.Unknown} for an event of another type
   */
  NotesEventType type();

  /**
   * The event id, the same for every delivery of one event.
   *
   * @return {@code header().eventId()}
   */
  default String eventId() {
    return header().eventId();
  }

  /**
   * An event of a type this client does not know yet, kept as Feishu sent it.
   *
   * @param header the event's header
   * @param json the whole decrypted JSON of the event
   */
  record Unknown(EventHeader header, String json) implements NotesEvent {
    /**
     * Keeps an event.
     *
     * @param header not null, with an event type
     * @param json not null
     */
    public Unknown {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(header.eventType(), "header.eventType");
      Objects.requireNonNull(json, "json");
    }

    @Override
    public NotesEventType type() {
      return NotesEventType.of(header.eventType());
    }
  }
}
