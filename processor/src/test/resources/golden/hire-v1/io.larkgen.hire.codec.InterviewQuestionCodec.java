package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.I18n;
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
 * Streaming JSON codec of {@link InterviewQuestion}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewQuestion#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewQuestionCodec implements JsonCodec<InterviewQuestion> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewQuestionCodec INSTANCE = new InterviewQuestionCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewQuestion")
      .add("id", JsonCodecs.STRING)
      .add("title", I18nCodec.INSTANCE)
      .add("description", I18nCodec.INSTANCE)
      .add("content", JsonCodecs.STRING)
      .add("ability_list", JsonCodecs.listOf(AbilityCodec.INSTANCE))
      .build();

  private InterviewQuestionCodec() {
  }

  @Override
  public @Nullable InterviewQuestion read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewQuestionCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewQuestion construct(@Nullable Object[] values) {
    return new InterviewQuestion((String) values[0], (I18n) values[1], (I18n) values[2],
        (String) values[3], (List<Ability>) values[4], (Map<String, Object>) values[5]);
  }

  @Override
  public void write(InterviewQuestion value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.title(), value.description(),
        value.content(), value.abilityList());
  }
}
