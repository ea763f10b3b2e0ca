package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.ListInterviewsEnvelope;
import io.larkgen.hire.model.ListInterviewsResponse;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link ListInterviewsEnvelope}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link ListInterviewsEnvelope#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class ListInterviewsEnvelopeCodec implements JsonCodec<ListInterviewsEnvelope> {
  private static final SerializedString FIELD_CODE = new SerializedString("code");

  private static final SerializedString FIELD_MSG = new SerializedString("msg");

  private static final SerializedString FIELD_DATA = new SerializedString("data");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final ListInterviewsEnvelopeCodec INSTANCE = new ListInterviewsEnvelopeCodec();

  private ListInterviewsEnvelopeCodec() {
  }

  @Override
  public ListInterviewsEnvelope read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "ListInterviewsEnvelope")) {
      return null;
    }
    Integer code = null;
    String msg = null;
    ListInterviewsResponse data = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "code" -> code = JsonValues.readInteger(parser);
        case "msg" -> msg = JsonValues.readString(parser);
        case "data" -> data = ListInterviewsResponseCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new ListInterviewsEnvelope(code, msg, data, extraProperties);
  }

  @Override
  public void write(ListInterviewsEnvelope value, JsonGenerator generator) throws IOException {
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
    ListInterviewsResponse data = value.data();
    if (data != null) {
      generator.writeFieldName(FIELD_DATA);
      ListInterviewsResponseCodec.INSTANCE.write(data, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
