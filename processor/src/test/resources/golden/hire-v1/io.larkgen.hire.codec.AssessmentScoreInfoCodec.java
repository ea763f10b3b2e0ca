package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link AssessmentScoreInfo}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link AssessmentScoreInfo#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class AssessmentScoreInfoCodec implements JsonCodec<AssessmentScoreInfo> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final AssessmentScoreInfoCodec INSTANCE = new AssessmentScoreInfoCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("AssessmentScoreInfo")
      .add("calculate_type", JsonCodecs.intEnum(CalculateType::of, CalculateType::code))
      .add("score", JsonCodecs.DOUBLE)
      .add("full_score", JsonCodecs.LONG)
      .build();

  private AssessmentScoreInfoCodec() {
  }

  @Override
  public @Nullable AssessmentScoreInfo read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, AssessmentScoreInfoCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static AssessmentScoreInfo construct(@Nullable Object[] values) {
    return new AssessmentScoreInfo((CalculateType) values[0], (Double) values[1], (Long) values[2],
        (Map<String, Object>) values[3]);
  }

  @Override
  public void write(AssessmentScoreInfo value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.calculateType(), value.score(),
        value.fullScore());
  }
}
