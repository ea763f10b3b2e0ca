package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_CALCULATE_TYPE =
      new SerializedString("calculate_type");

  private static final SerializedString FIELD_SCORE = new SerializedString("score");

  private static final SerializedString FIELD_FULL_SCORE = new SerializedString("full_score");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_CALCULATE_TYPE, FIELD_SCORE,
      FIELD_FULL_SCORE};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final AssessmentScoreInfoCodec INSTANCE = new AssessmentScoreInfoCodec();

  private AssessmentScoreInfoCodec() {
  }

  @Override
  public @Nullable AssessmentScoreInfo read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "AssessmentScoreInfo")) {
      return null;
    }
    CalculateType calculateType = null;
    Double score = null;
    Long fullScore = null;
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
        case 0 -> calculateType = JsonValues.readIntEnum(parser, CalculateType::of);
        case 1 -> score = JsonValues.readDouble(parser);
        case 2 -> fullScore = JsonValues.readLong(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new AssessmentScoreInfo(calculateType, score, fullScore, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "calculate_type" -> 0;
      case "score" -> 1;
      case "full_score" -> 2;
      default -> -1;
    };
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
