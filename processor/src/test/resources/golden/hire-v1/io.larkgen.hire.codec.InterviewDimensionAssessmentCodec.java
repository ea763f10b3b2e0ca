package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.DimensionType;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewDimensionAssessment;
import io.larkgen.hire.model.InterviewDimensionScore;
import io.larkgen.hire.model.InterviewQuestion;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewDimensionAssessmentCodec INSTANCE = new InterviewDimensionAssessmentCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewDimensionAssessment")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .add("full_score", JsonCodecs.INTEGER)
      .add("content", JsonCodecs.STRING)
      .add("dimension_id", JsonCodecs.STRING)
      .add("dimension_score", InterviewDimensionScoreCodec.INSTANCE)
      .add("dimension_score_list", JsonCodecs.listOf(InterviewDimensionScoreCodec.INSTANCE))
      .add("dimension_custom_score", JsonCodecs.INTEGER)
      .add("ability_list", JsonCodecs.listOf(AbilityCodec.INSTANCE))
      .add("question_list", JsonCodecs.listOf(InterviewQuestionCodec.INSTANCE))
      .add("dimension_type", JsonCodecs.intEnum(DimensionType::of, DimensionType::code))
      .build();

  private InterviewDimensionAssessmentCodec() {
  }

  @Override
  public @Nullable InterviewDimensionAssessment read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewDimensionAssessmentCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewDimensionAssessment construct(@Nullable Object[] values) {
    return new InterviewDimensionAssessment((String) values[0], (I18n) values[1],
        (Integer) values[2], (String) values[3], (String) values[4],
        (InterviewDimensionScore) values[5], (List<InterviewDimensionScore>) values[6],
        (Integer) values[7], (List<Ability>) values[8], (List<InterviewQuestion>) values[9],
        (DimensionType) values[10], (Map<String, Object>) values[11]);
  }

  @Override
  public void write(InterviewDimensionAssessment value, JsonGenerator generator) throws
      IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name(), value.fullScore(),
        value.content(), value.dimensionId(), value.dimensionScore(), value.dimensionScoreList(),
        value.dimensionCustomScore(), value.abilityList(), value.questionList(),
        value.dimensionType());
  }
}
