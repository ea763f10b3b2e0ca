package com.example.notes.events;

import com.example.notes.model.NoteCreatedV1EventBody;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.events.EventHeader;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * 创建备注（事件 notes.note.created_v1） / a note was created
 *
 * <ul>
 *   <li>Event type: {@code notes.note.created_v1}
 *   <li>Feishu doc: <a
 *       href="https://open.feishu.cn/document/uAjLw4CM/notes-v1/note/events/created">https://open.feishu.cn/document/uAjLw4CM/notes-v1/note/events/created</a>
 *   <li>App types: {@code custom}, {@code isv}
 *   <li>Scopes (any one of): {@code notes:note:readonly}, {@code notes:note}
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
public record NotesNoteCreatedV1(EventHeader header,
    NoteCreatedV1EventBody event) implements NotesEvent {
  /**
   * The event type string, {@code header.event_type}.
   */
  public static final String EVENT_TYPE = "notes.note.created_v1";

  /**
   * An event of this type.
   *
   * @param header not null
   * @param event not null
   */
  public NotesNoteCreatedV1 {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(event, "event");
  }

  @Override
  public NotesEventType type() {
    return NotesEventType.NOTE_CREATED_V1;
  }
}
