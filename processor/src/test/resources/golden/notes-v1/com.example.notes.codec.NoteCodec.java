package com.example.notes.codec;

import com.example.notes.model.Note;
import com.example.notes.model.NotePrivacy;
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
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCodec implements JsonCodec<Note> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_APPLICATION_ID =
      new SerializedString("application_id");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_PRIVACY = new SerializedString("privacy");

  private static final SerializedString FIELD_CREATE_TIME = new SerializedString("create_time");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_APPLICATION_ID, FIELD_CONTENT,
      FIELD_PRIVACY, FIELD_CREATE_TIME};

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
    String applicationId = null;
    String content = null;
    NotePrivacy privacy = null;
    String createTime = null;
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
        case 1 -> applicationId = JsonValues.readString(parser);
        case 2 -> content = JsonValues.readString(parser);
        case 3 -> privacy = JsonValues.readIntEnum(parser, NotePrivacy::of);
        case 4 -> createTime = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Note(id, applicationId, content, privacy, createTime, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "application_id" -> 1;
      case "content" -> 2;
      case "privacy" -> 3;
      case "create_time" -> 4;
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
    String applicationId = value.applicationId();
    if (applicationId != null) {
      generator.writeFieldName(FIELD_APPLICATION_ID);
      generator.writeString(applicationId);
    }
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
    }
    NotePrivacy privacy = value.privacy();
    if (privacy != null) {
      generator.writeFieldName(FIELD_PRIVACY);
      generator.writeNumber(privacy.code());
    }
    String createTime = value.createTime();
    if (createTime != null) {
      generator.writeFieldName(FIELD_CREATE_TIME);
      generator.writeString(createTime);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
