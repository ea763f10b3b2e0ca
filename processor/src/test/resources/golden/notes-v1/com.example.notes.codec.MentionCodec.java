package com.example.notes.codec;

import com.example.notes.model.Mention;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link Mention}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Mention#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class MentionCodec implements JsonCodec<Mention> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final MentionCodec INSTANCE = new MentionCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Mention")
      .add("user_id", JsonCodecs.STRING)
      .add("offset", JsonCodecs.INTEGER)
      .build();

  private MentionCodec() {
  }

  @Override
  public @Nullable Mention read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, MentionCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Mention construct(@Nullable Object[] values) {
    return new Mention((String) values[0], (Integer) values[1], (Map<String, Object>) values[2]);
  }

  @Override
  public void write(Mention value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.userId(), value.offset());
  }

  /**
   * Checks the rules the spec states for a {@link Mention} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, Mention value) {
    if (value.userId() == null || value.userId().isEmpty()) {
      throw new LarkRequestValidationException(path + ".user_id", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.offset() == null) {
      throw new LarkRequestValidationException(path + ".offset", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.offset() != null && value.offset().longValue() < 0L) {
      throw new LarkRequestValidationException(path + ".offset", LarkRequestValidationException.Rule.MINIMUM,
          value.offset() + " is less than the minimum 0");
    }
  }
}
