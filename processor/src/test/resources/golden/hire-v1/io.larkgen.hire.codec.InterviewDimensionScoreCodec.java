package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewDimensionScore;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewDimensionScore}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewDimensionScore#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewDimensionScoreCodec implements JsonCodec<InterviewDimensionScore> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewDimensionScoreCodec INSTANCE = new InterviewDimensionScoreCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewDimensionScore")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .add("score_val", JsonCodecs.INTEGER)
      .build();

  private InterviewDimensionScoreCodec() {
  }

  @Override
  public @Nullable InterviewDimensionScore read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewDimensionScoreCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewDimensionScore construct(@Nullable Object[] values) {
    return new InterviewDimensionScore((String) values[0], (I18n) values[1], (Integer) values[2],
        (Map<String, Object>) values[3]);
  }

  @Override
  public void write(InterviewDimensionScore value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name(), value.scoreVal());
  }
}
