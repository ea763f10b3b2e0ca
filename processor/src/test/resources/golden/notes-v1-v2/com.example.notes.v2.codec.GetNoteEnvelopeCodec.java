package com.example.notes.v2.codec;

import com.example.notes.v2.model.GetNoteEnvelope;
import com.example.notes.v2.model.GetNoteResponse;
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

/**
 * Streaming JSON codec of {@link GetNoteEnvelope}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link GetNoteEnvelope#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class GetNoteEnvelopeCodec implements JsonCodec<GetNoteEnvelope> {
  private static final SerializedString FIELD_CODE = new SerializedString("code");

  private static final SerializedString FIELD_MSG = new SerializedString("msg");

  private static final SerializedString FIELD_DATA = new SerializedString("data");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_CODE, FIELD_MSG, FIELD_DATA};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetNoteEnvelopeCodec INSTANCE = new GetNoteEnvelopeCodec();

  private GetNoteEnvelopeCodec() {
  }

  @Override
  public GetNoteEnvelope read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "GetNoteEnvelope")) {
      return null;
    }
    Integer code = null;
    String msg = null;
    GetNoteResponse data = null;
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
        case 0 -> code = JsonValues.readInteger(parser);
        case 1 -> msg = JsonValues.readString(parser);
        case 2 -> data = GetNoteResponseCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(), JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new GetNoteEnvelope(code, msg, data, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "code" -> 0;
      case "msg" -> 1;
      case "data" -> 2;
      default -> -1;
    };
  }

  @Override
  public void write(GetNoteEnvelope value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    Integer code = value.code();
    if (code != null) {
      generator.writeFieldName(FIELD_CODE);
      generator.writeNumber(code.intValue());
    }
    String msg = value.msg();
    if (msg != null) {
      generator.writeFieldName(FIELD_MSG);
      generator.writeString(msg);
    }
    GetNoteResponse data = value.data();
    if (data != null) {
      generator.writeFieldName(FIELD_DATA);
      GetNoteResponseCodec.INSTANCE.write(data, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
