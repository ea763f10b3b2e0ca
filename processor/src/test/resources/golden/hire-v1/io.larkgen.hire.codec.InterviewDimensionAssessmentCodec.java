package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
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
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_FULL_SCORE = new SerializedString("full_score");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_DIMENSION_ID = new SerializedString("dimension_id");

  private static final SerializedString FIELD_DIMENSION_SCORE = new SerializedString("dimension_score");

  private static final SerializedString FIELD_DIMENSION_SCORE_LIST = new SerializedString("dimension_score_list");

  private static final SerializedString FIELD_DIMENSION_CUSTOM_SCORE = new SerializedString("dimension_custom_score");

  private static final SerializedString FIELD_ABILITY_LIST = new SerializedString("ability_list");

  private static final SerializedString FIELD_QUESTION_LIST = new SerializedString("question_list");

  private static final SerializedString FIELD_DIMENSION_TYPE = new SerializedString("dimension_type");

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
        case "dimension_type" -> dimensionType = JsonValues.readIntEnum(parser, DimensionType::of);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new InterviewDimensionAssessment(id, name, fullScore, content, dimensionId,
        dimensionScore, dimensionScoreList, dimensionCustomScore, abilityList, questionList,
        dimensionType, extraProperties);
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
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName(FIELD_NAME);
      I18nCodec.INSTANCE.write(name, generator);
    }
    Integer fullScore = value.fullScore();
    if (fullScore != null) {
      generator.writeFieldName(FIELD_FULL_SCORE);
      generator.writeNumber(fullScore.intValue());
    }
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
    }
    String dimensionId = value.dimensionId();
    if (dimensionId != null) {
      generator.writeFieldName(FIELD_DIMENSION_ID);
      generator.writeString(dimensionId);
    }
    InterviewDimensionScore dimensionScore = value.dimensionScore();
    if (dimensionScore != null) {
      generator.writeFieldName(FIELD_DIMENSION_SCORE);
      InterviewDimensionScoreCodec.INSTANCE.write(dimensionScore, generator);
    }
    List<InterviewDimensionScore> dimensionScoreList = value.dimensionScoreList();
    if (!dimensionScoreList.isEmpty()) {
      generator.writeFieldName(FIELD_DIMENSION_SCORE_LIST);
      JsonValues.writeList(dimensionScoreList, InterviewDimensionScoreCodec.INSTANCE, generator);
    }
    Integer dimensionCustomScore = value.dimensionCustomScore();
    if (dimensionCustomScore != null) {
      generator.writeFieldName(FIELD_DIMENSION_CUSTOM_SCORE);
      generator.writeNumber(dimensionCustomScore.intValue());
    }
    List<Ability> abilityList = value.abilityList();
    if (!abilityList.isEmpty()) {
      generator.writeFieldName(FIELD_ABILITY_LIST);
      JsonValues.writeList(abilityList, AbilityCodec.INSTANCE, generator);
    }
    List<InterviewQuestion> questionList = value.questionList();
    if (!questionList.isEmpty()) {
      generator.writeFieldName(FIELD_QUESTION_LIST);
      JsonValues.writeList(questionList, InterviewQuestionCodec.INSTANCE, generator);
    }
    DimensionType dimensionType = value.dimensionType();
    if (dimensionType != null) {
      generator.writeFieldName(FIELD_DIMENSION_TYPE);
      generator.writeNumber(dimensionType.code());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
