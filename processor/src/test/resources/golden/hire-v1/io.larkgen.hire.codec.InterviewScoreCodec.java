package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.InterviewScore;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewScore}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewScore#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewScoreCodec implements JsonCodec<InterviewScore> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewScoreCodec INSTANCE = new InterviewScoreCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewScore")
      .add("id", JsonCodecs.STRING)
      .add("level", JsonCodecs.INTEGER)
      .add("zh_name", JsonCodecs.STRING)
      .add("zh_description", JsonCodecs.STRING)
      .add("en_name", JsonCodecs.STRING)
      .add("en_description", JsonCodecs.STRING)
      .build();

  private InterviewScoreCodec() {
  }

  @Override
  public @Nullable InterviewScore read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewScoreCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewScore construct(@Nullable Object[] values) {
    return new InterviewScore((String) values[0], (Integer) values[1], (String) values[2],
        (String) values[3], (String) values[4], (String) values[5],
        (Map<String, Object>) values[6]);
  }

  @Override
  public void write(InterviewScore value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.level(), value.zhName(),
        value.zhDescription(), value.enName(), value.enDescription());
  }
}
