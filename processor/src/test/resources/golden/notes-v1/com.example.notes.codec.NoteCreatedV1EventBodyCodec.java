package com.example.notes.codec;

import com.example.notes.model.Mention;
import com.example.notes.model.NoteCreatedV1EventBody;
import com.example.notes.model.NotePrivacy;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link NoteCreatedV1EventBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteCreatedV1EventBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCreatedV1EventBodyCodec implements JsonCodec<NoteCreatedV1EventBody> {
  private static final SerializedString FIELD_NOTE_ID = new SerializedString("note_id");

  private static final SerializedString FIELD_PRIVACY = new SerializedString("privacy");

  private static final SerializedString FIELD_MENTIONS = new SerializedString("mentions");

  private static final SerializedString FIELD_CREATE_TIME = new SerializedString("create_time");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_NOTE_ID, FIELD_PRIVACY, FIELD_MENTIONS,
      FIELD_CREATE_TIME};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCreatedV1EventBodyCodec INSTANCE = new NoteCreatedV1EventBodyCodec();

  private NoteCreatedV1EventBodyCodec() {
  }

  @Override
  public @Nullable NoteCreatedV1EventBody read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "NoteCreatedV1EventBody")) {
      return null;
    }
    String noteId = null;
    NotePrivacy privacy = null;
    List<Mention> mentions = null;
    Long createTime = null;
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
        case 1 -> privacy = JsonValues.readIntEnum(parser, NotePrivacy::of);
        case 2 -> mentions = JsonValues.readList(parser, MentionCodec.INSTANCE);
        case 3 -> createTime = JsonValues.readLong(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new NoteCreatedV1EventBody(noteId, privacy, mentions, createTime, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "note_id" -> 0;
      case "privacy" -> 1;
      case "mentions" -> 2;
      case "create_time" -> 3;
      default -> -1;
    };
  }

  @Override
  public void write(NoteCreatedV1EventBody value, JsonGenerator generator) throws IOException {
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
    NotePrivacy privacy = value.privacy();
    if (privacy != null) {
      generator.writeFieldName(FIELD_PRIVACY);
      generator.writeNumber(privacy.code());
    }
    List<Mention> mentions = value.mentions();
    if (!mentions.isEmpty()) {
      generator.writeFieldName(FIELD_MENTIONS);
      JsonValues.writeList(mentions, MentionCodec.INSTANCE, generator);
    }
    Long createTime = value.createTime();
    if (createTime != null) {
      generator.writeFieldName(FIELD_CREATE_TIME);
      generator.writeNumber(createTime.longValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
