package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link AssessmentScoreInfo}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link AssessmentScoreInfo#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class AssessmentScoreInfoCodec implements JsonCodec<AssessmentScoreInfo> {
  private static final SerializedString FIELD_CALCULATE_TYPE = new SerializedString("calculate_type");

  private static final SerializedString FIELD_SCORE = new SerializedString("score");

  private static final SerializedString FIELD_FULL_SCORE = new SerializedString("full_score");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final AssessmentScoreInfoCodec INSTANCE = new AssessmentScoreInfoCodec();

  private AssessmentScoreInfoCodec() {
  }

  @Override
  public AssessmentScoreInfo read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "AssessmentScoreInfo")) {
      return null;
    }
    CalculateType calculateType = null;
    Double score = null;
    Long fullScore = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "calculate_type" -> calculateType = JsonValues.readIntEnum(parser, CalculateType::of);
        case "score" -> score = JsonValues.readDouble(parser);
        case "full_score" -> fullScore = JsonValues.readLong(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new AssessmentScoreInfo(calculateType, score, fullScore, extraProperties);
  }

  @Override
  public void write(AssessmentScoreInfo value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    CalculateType calculateType = value.calculateType();
    if (calculateType != null) {
      generator.writeFieldName(FIELD_CALCULATE_TYPE);
      generator.writeNumber(calculateType.code());
    }
    Double score = value.score();
    if (score != null) {
      generator.writeFieldName(FIELD_SCORE);
      generator.writeNumber(score.doubleValue());
    }
    Long fullScore = value.fullScore();
    if (fullScore != null) {
      generator.writeFieldName(FIELD_FULL_SCORE);
      generator.writeNumber(fullScore.longValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
