package com.example.notes.events;

import com.example.notes.codec.NoteCreatedV1EventBodyCodec;
import com.example.notes.codec.NoteDeletedV1EventBodyCodec;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.events.EventRegistry;
import javax.annotation.processing.Generated;

/**
 * The events of Notes: each event type string mapped to its record and the codec of its body.
 *
 * <pre>{@code
 * EventDispatcher events = EventDispatcher.builder()
 *     .events(NotesEvents.registry(), event -> System.out.println(event.type()))
 *     .build();
 * }</pre>
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NotesEvents {
  private static final EventRegistry<NotesEvent> REGISTRY = EventRegistry.builder(
          NotesEvent.class, NotesEvent.Unknown.class, NotesEvent.Unknown::new)
      .add(NotesNoteCreatedV1.EVENT_TYPE, NotesNoteCreatedV1.class,
          (header, parser) -> new NotesNoteCreatedV1(header, NoteCreatedV1EventBodyCodec.INSTANCE.read(parser)))
      .add(NotesNoteDeletedV1.EVENT_TYPE, NotesNoteDeletedV1.class,
          (header, parser) -> new NotesNoteDeletedV1(header, NoteDeletedV1EventBodyCodec.INSTANCE.read(parser)))
      .build();

  private NotesEvents() {
  }

  /**
   * The registry of every event type of the spec; immutable.
   *
   * @return the registry, for {@code EventDispatcher.Builder.events}
   */
  public static EventRegistry<NotesEvent> registry() {
    return REGISTRY;
  }
}
