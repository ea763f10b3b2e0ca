package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.GetInterviewRecordEnvelope;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link GetInterviewRecordEnvelope}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link GetInterviewRecordEnvelope#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class GetInterviewRecordEnvelopeCodec implements JsonCodec<GetInterviewRecordEnvelope> {
  private static final SerializedString FIELD_CODE = new SerializedString("code");

  private static final SerializedString FIELD_MSG = new SerializedString("msg");

  private static final SerializedString FIELD_DATA = new SerializedString("data");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetInterviewRecordEnvelopeCodec INSTANCE = new GetInterviewRecordEnvelopeCodec();

  private GetInterviewRecordEnvelopeCodec() {
  }

  @Override
  public GetInterviewRecordEnvelope read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "GetInterviewRecordEnvelope")) {
      return null;
    }
    Integer code = null;
    String msg = null;
    GetInterviewRecordResponse data = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "code" -> code = JsonValues.readInteger(parser);
        case "msg" -> msg = JsonValues.readString(parser);
        case "data" -> data = GetInterviewRecordResponseCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new GetInterviewRecordEnvelope(code, msg, data, extraProperties);
  }

  @Override
  public void write(GetInterviewRecordEnvelope value, JsonGenerator generator) throws IOException {
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
    GetInterviewRecordResponse data = value.data();
    if (data != null) {
      generator.writeFieldName(FIELD_DATA);
      GetInterviewRecordResponseCodec.INSTANCE.write(data, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
