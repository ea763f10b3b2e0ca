package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
 * Streaming JSON codec of {@link I18n}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link I18n#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class I18nCodec implements JsonCodec<I18n> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final I18nCodec INSTANCE = new I18nCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("I18n")
      .add("zh_cn", JsonCodecs.STRING)
      .add("en_us", JsonCodecs.STRING)
      .build();

  private I18nCodec() {
  }

  @Override
  public @Nullable I18n read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, I18nCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static I18n construct(@Nullable Object[] values) {
    return new I18n((String) values[0], (String) values[1], (Map<String, Object>) values[2]);
  }

  @Override
  public void write(I18n value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.zhCn(), value.enUs());
  }
}
