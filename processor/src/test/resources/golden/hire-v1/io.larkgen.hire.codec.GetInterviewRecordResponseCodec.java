package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonFields;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetInterviewRecordResponseCodec INSTANCE = new GetInterviewRecordResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("GetInterviewRecordResponse")
      .add("interview_record", InterviewRecordCodec.INSTANCE)
      .build();

  private GetInterviewRecordResponseCodec() {
  }

  @Override
  public @Nullable GetInterviewRecordResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, GetInterviewRecordResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static GetInterviewRecordResponse construct(@Nullable Object[] values) {
    return new GetInterviewRecordResponse((InterviewRecord) values[0],
        (Map<String, Object>) values[1]);
  }

  @Override
  public void write(GetInterviewRecordResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.interviewRecord());
  }
}
