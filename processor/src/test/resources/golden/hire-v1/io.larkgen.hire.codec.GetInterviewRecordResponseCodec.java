package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link GetInterviewRecordResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link GetInterviewRecordResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class GetInterviewRecordResponseCodec implements JsonCodec<GetInterviewRecordResponse> {
  private static final SerializedString FIELD_INTERVIEW_RECORD =
      new SerializedString("interview_record");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_INTERVIEW_RECORD};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetInterviewRecordResponseCodec INSTANCE = new GetInterviewRecordResponseCodec();

  private GetInterviewRecordResponseCodec() {
  }

  @Override
  public @Nullable GetInterviewRecordResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "GetInterviewRecordResponse")) {
      return null;
    }
    InterviewRecord interviewRecord = null;
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
        case 0 -> interviewRecord = InterviewRecordCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new GetInterviewRecordResponse(interviewRecord, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "interview_record" -> 0;
      default -> -1;
    };
  }

  @Override
  public void write(GetInterviewRecordResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    InterviewRecord interviewRecord = value.interviewRecord();
    if (interviewRecord != null) {
      generator.writeFieldName(FIELD_INTERVIEW_RECORD);
      InterviewRecordCodec.INSTANCE.write(interviewRecord, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
