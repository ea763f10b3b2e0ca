package com.example.notes.v2.codec;

import com.example.notes.v2.model.Note;
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
 * Streaming JSON codec of {@link Note}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Note#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class NoteCodec implements JsonCodec<Note> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_BODY_MARKDOWN = new SerializedString("body_markdown");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_BODY_MARKDOWN};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCodec INSTANCE = new NoteCodec();

  private NoteCodec() {
  }

  @Override
  public @Nullable Note read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Note")) {
      return null;
    }
    String id = null;
    String bodyMarkdown = null;
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
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> bodyMarkdown = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Note(id, bodyMarkdown, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "body_markdown" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(Note value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    String bodyMarkdown = value.bodyMarkdown();
    if (bodyMarkdown != null) {
      generator.writeFieldName(FIELD_BODY_MARKDOWN);
      generator.writeString(bodyMarkdown);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
