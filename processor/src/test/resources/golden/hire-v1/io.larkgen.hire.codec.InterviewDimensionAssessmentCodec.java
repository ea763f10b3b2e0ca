package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewDimensionAssessment}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewDimensionAssessment#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewDimensionAssessmentCodec implements JsonCodec<InterviewDimensionAssessment> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_FULL_SCORE = new SerializedString("full_score");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_DIMENSION_ID = new SerializedString("dimension_id");

  private static final SerializedString FIELD_DIMENSION_SCORE =
      new SerializedString("dimension_score");

  private static final SerializedString FIELD_DIMENSION_SCORE_LIST =
      new SerializedString("dimension_score_list");

  private static final SerializedString FIELD_DIMENSION_CUSTOM_SCORE =
      new SerializedString("dimension_custom_score");

  private static final SerializedString FIELD_ABILITY_LIST = new SerializedString("ability_list");

  private static final SerializedString FIELD_QUESTION_LIST = new SerializedString("question_list");

  private static final SerializedString FIELD_DIMENSION_TYPE =
      new SerializedString("dimension_type");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_NAME, FIELD_FULL_SCORE,
      FIELD_CONTENT, FIELD_DIMENSION_ID, FIELD_DIMENSION_SCORE, FIELD_DIMENSION_SCORE_LIST,
      FIELD_DIMENSION_CUSTOM_SCORE, FIELD_ABILITY_LIST, FIELD_QUESTION_LIST, FIELD_DIMENSION_TYPE};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewDimensionAssessmentCodec INSTANCE = new InterviewDimensionAssessmentCodec();

  private InterviewDimensionAssessmentCodec() {
  }

  @Override
  public @Nullable InterviewDimensionAssessment read(JsonParser parser) throws IOException {
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
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> name = I18nCodec.INSTANCE.read(parser);
        case 2 -> fullScore = JsonValues.readInteger(parser);
        case 3 -> content = JsonValues.readString(parser);
        case 4 -> dimensionId = JsonValues.readString(parser);
        case 5 -> dimensionScore = InterviewDimensionScoreCodec.INSTANCE.read(parser);
        case 6 -> dimensionScoreList =
            JsonValues.readList(parser, InterviewDimensionScoreCodec.INSTANCE);
        case 7 -> dimensionCustomScore = JsonValues.readInteger(parser);
        case 8 -> abilityList = JsonValues.readList(parser, AbilityCodec.INSTANCE);
        case 9 -> questionList = JsonValues.readList(parser, InterviewQuestionCodec.INSTANCE);
        case 10 -> dimensionType = JsonValues.readIntEnum(parser, DimensionType::of);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewDimensionAssessment(id, name, fullScore, content, dimensionId,
        dimensionScore, dimensionScoreList, dimensionCustomScore, abilityList, questionList,
        dimensionType, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "name" -> 1;
      case "full_score" -> 2;
      case "content" -> 3;
      case "dimension_id" -> 4;
      case "dimension_score" -> 5;
      case "dimension_score_list" -> 6;
      case "dimension_custom_score" -> 7;
      case "ability_list" -> 8;
      case "question_list" -> 9;
      case "dimension_type" -> 10;
      default -> -1;
    };
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
