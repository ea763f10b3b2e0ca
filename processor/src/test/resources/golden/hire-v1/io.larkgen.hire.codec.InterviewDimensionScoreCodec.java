package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewDimensionScore;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link InterviewDimensionScore}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewDimensionScore#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class InterviewDimensionScoreCodec implements JsonCodec<InterviewDimensionScore> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_SCORE_VAL = new SerializedString("score_val");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewDimensionScoreCodec INSTANCE = new InterviewDimensionScoreCodec();

  private InterviewDimensionScoreCodec() {
  }

  @Override
  public InterviewDimensionScore read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewDimensionScore")) {
      return null;
    }
    String id = null;
    I18n name = null;
    Integer scoreVal = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "name" -> name = I18nCodec.INSTANCE.read(parser);
        case "score_val" -> scoreVal = JsonValues.readInteger(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new InterviewDimensionScore(id, name, scoreVal, extraProperties);
  }

  @Override
  public void write(InterviewDimensionScore value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName(FIELD_NAME);
      I18nCodec.INSTANCE.write(name, generator);
    }
    Integer scoreVal = value.scoreVal();
    if (scoreVal != null) {
      generator.writeFieldName(FIELD_SCORE_VAL);
      generator.writeNumber(scoreVal.intValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
