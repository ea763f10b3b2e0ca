package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.DimensionType;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewDimensionAssessment;
import io.larkgen.hire.model.InterviewDimensionScore;
import io.larkgen.hire.model.InterviewQuestion;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link InterviewDimensionAssessment}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewDimensionAssessment#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class InterviewDimensionAssessmentCodec implements JsonCodec<InterviewDimensionAssessment> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewDimensionAssessmentCodec INSTANCE = new InterviewDimensionAssessmentCodec();

  private InterviewDimensionAssessmentCodec() {
  }

  @Override
  public InterviewDimensionAssessment read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewDimensionAssessment")) {
      return null;
    }
    String id = null;
    I18n name = null;
    Integer fullScore = null;
    String content = null;
    String dimensionId = null;
    InterviewDimensionScore dimensionScore = null;
    List<InterviewDimensionScore> dimensionScoreList = null;
    Integer dimensionCustomScore = null;
    List<Ability> abilityList = null;
    List<InterviewQuestion> questionList = null;
    DimensionType dimensionType = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "name" -> name = I18nCodec.INSTANCE.read(parser);
        case "full_score" -> fullScore = JsonValues.readInteger(parser);
        case "content" -> content = JsonValues.readString(parser);
        case "dimension_id" -> dimensionId = JsonValues.readString(parser);
        case "dimension_score" -> dimensionScore = InterviewDimensionScoreCodec.INSTANCE.read(parser);
        case "dimension_score_list" -> dimensionScoreList = JsonValues.readList(parser, InterviewDimensionScoreCodec.INSTANCE);
        case "dimension_custom_score" -> dimensionCustomScore = JsonValues.readInteger(parser);
        case "ability_list" -> abilityList = JsonValues.readList(parser, AbilityCodec.INSTANCE);
        case "question_list" -> questionList = JsonValues.readList(parser, InterviewQuestionCodec.INSTANCE);
        case "dimension_type" -> dimensionType = parser.currentToken() == JsonToken.VALUE_NULL ? null : DimensionType.of(parser.getIntValue());
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new InterviewDimensionAssessment(id, name, fullScore, content, dimensionId, dimensionScore, dimensionScoreList, dimensionCustomScore, abilityList, questionList, dimensionType, extraProperties);
  }

  @Override
  public void write(InterviewDimensionAssessment value, JsonGenerator generator) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeStringField("id", id);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName("name");
      I18nCodec.INSTANCE.write(name, generator);
    }
    Integer fullScore = value.fullScore();
    if (fullScore != null) {
      generator.writeNumberField("full_score", fullScore.intValue());
    }
    String content = value.content();
    if (content != null) {
      generator.writeStringField("content", content);
    }
    String dimensionId = value.dimensionId();
    if (dimensionId != null) {
      generator.writeStringField("dimension_id", dimensionId);
    }
    InterviewDimensionScore dimensionScore = value.dimensionScore();
    if (dimensionScore != null) {
      generator.writeFieldName("dimension_score");
      InterviewDimensionScoreCodec.INSTANCE.write(dimensionScore, generator);
    }
    List<InterviewDimensionScore> dimensionScoreList = value.dimensionScoreList();
    if (!dimensionScoreList.isEmpty()) {
      generator.writeFieldName("dimension_score_list");
      JsonValues.writeList(dimensionScoreList, InterviewDimensionScoreCodec.INSTANCE, generator);
    }
    Integer dimensionCustomScore = value.dimensionCustomScore();
    if (dimensionCustomScore != null) {
      generator.writeNumberField("dimension_custom_score", dimensionCustomScore.intValue());
    }
    List<Ability> abilityList = value.abilityList();
    if (!abilityList.isEmpty()) {
      generator.writeFieldName("ability_list");
      JsonValues.writeList(abilityList, AbilityCodec.INSTANCE, generator);
    }
    List<InterviewQuestion> questionList = value.questionList();
    if (!questionList.isEmpty()) {
      generator.writeFieldName("question_list");
      JsonValues.writeList(questionList, InterviewQuestionCodec.INSTANCE, generator);
    }
    DimensionType dimensionType = value.dimensionType();
    if (dimensionType != null) {
      generator.writeNumberField("dimension_type", dimensionType.code());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
