package com.example.notes.codec;

import com.example.notes.model.EventHeader;
import com.example.notes.model.NoteCreatedV1Event;
import com.example.notes.model.NoteCreatedV1EventBody;
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
 * Streaming JSON codec of {@link NoteCreatedV1Event}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteCreatedV1Event#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCreatedV1EventCodec implements JsonCodec<NoteCreatedV1Event> {
  private static final SerializedString FIELD_SCHEMA = new SerializedString("schema");

  private static final SerializedString FIELD_HEADER = new SerializedString("header");

  private static final SerializedString FIELD_EVENT = new SerializedString("event");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_SCHEMA, FIELD_HEADER, FIELD_EVENT};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCreatedV1EventCodec INSTANCE = new NoteCreatedV1EventCodec();

  private NoteCreatedV1EventCodec() {
  }

  @Override
  public @Nullable NoteCreatedV1Event read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "NoteCreatedV1Event")) {
      return null;
    }
    String schema = null;
    EventHeader header = null;
    NoteCreatedV1EventBody event = null;
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
        case 0 -> schema = JsonValues.readString(parser);
        case 1 -> header = EventHeaderCodec.INSTANCE.read(parser);
        case 2 -> event = NoteCreatedV1EventBodyCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new NoteCreatedV1Event(schema, header, event, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "schema" -> 0;
      case "header" -> 1;
      case "event" -> 2;
      default -> -1;
    };
  }

  @Override
  public void write(NoteCreatedV1Event value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String schema = value.schema();
    if (schema != null) {
      generator.writeFieldName(FIELD_SCHEMA);
      generator.writeString(schema);
    }
    EventHeader header = value.header();
    if (header != null) {
      generator.writeFieldName(FIELD_HEADER);
      EventHeaderCodec.INSTANCE.write(header, generator);
    }
    NoteCreatedV1EventBody event = value.event();
    if (event != null) {
      generator.writeFieldName(FIELD_EVENT);
      NoteCreatedV1EventBodyCodec.INSTANCE.write(event, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
