package com.example.notes.codec;

import com.example.notes.model.NoteDeletedV1EventBody;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link NoteDeletedV1EventBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteDeletedV1EventBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteDeletedV1EventBodyCodec implements JsonCodec<NoteDeletedV1EventBody> {
  private static final SerializedString FIELD_NOTE_ID = new SerializedString("note_id");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_NOTE_ID};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteDeletedV1EventBodyCodec INSTANCE = new NoteDeletedV1EventBodyCodec();

  private NoteDeletedV1EventBodyCodec() {
  }

  @Override
  public @Nullable NoteDeletedV1EventBody read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "NoteDeletedV1EventBody")) {
      return null;
    }
    String noteId = null;
    Map<String, Object> extraProperties = null;
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> noteId = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new NoteDeletedV1EventBody(noteId, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "note_id" -> 0;
      default -> -1;
    };
  }

  @Override
  public void write(NoteDeletedV1EventBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String noteId = value.noteId();
    if (noteId != null) {
      generator.writeFieldName(FIELD_NOTE_ID);
      generator.writeString(noteId);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
