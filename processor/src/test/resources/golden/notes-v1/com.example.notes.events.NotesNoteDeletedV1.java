package com.example.notes.events;

import com.example.notes.model.NoteDeletedV1EventBody;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.events.EventHeader;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * 删除备注（事件 notes.note.deleted_v1）
 *
 * <ul>
 *   <li>Event type: {@code notes.note.deleted_v1}
 *   <li>App types: {@code custom}
 *   <li>Scopes (any one of): {@code notes:note:readonly}
 * </ul>
 *
 * @param header the event's header
 * @param event the event body ({@code event})
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record NotesNoteDeletedV1(EventHeader header,
    NoteDeletedV1EventBody event) implements NotesEvent {
  /**
   * The event type string, {@code header.event_type}.
   */
  public static final String EVENT_TYPE = "notes.note.deleted_v1";

  /**
   * An event of this type.
   *
   * @param header not null
   * @param event not null
   */
  public NotesNoteDeletedV1 {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public NotesEventType type() {
    return NotesEventType.NOTE_DELETED_V1;
  }
}
