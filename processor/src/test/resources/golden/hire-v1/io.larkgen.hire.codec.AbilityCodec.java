package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.I18n;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link Ability}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Ability#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class AbilityCodec implements JsonCodec<Ability> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final AbilityCodec INSTANCE = new AbilityCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Ability")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .add("description", I18nCodec.INSTANCE)
      .build();

  private AbilityCodec() {
  }

  @Override
  public @Nullable Ability read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, AbilityCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Ability construct(@Nullable Object[] values) {
    return new Ability((String) values[0], (I18n) values[1], (I18n) values[2],
        (Map<String, Object>) values[3]);
  }

  @Override
  public void write(Ability value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name(), value.description());
  }
}
