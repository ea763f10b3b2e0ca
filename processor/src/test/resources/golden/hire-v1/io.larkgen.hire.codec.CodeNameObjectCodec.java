package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.CodeNameObject;
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
 * Streaming JSON codec of {@link CodeNameObject}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CodeNameObject#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class CodeNameObjectCodec implements JsonCodec<CodeNameObject> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final CodeNameObjectCodec INSTANCE = new CodeNameObjectCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("CodeNameObject")
      .add("code", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .build();

  private CodeNameObjectCodec() {
  }

  @Override
  public @Nullable CodeNameObject read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, CodeNameObjectCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static CodeNameObject construct(@Nullable Object[] values) {
    return new CodeNameObject((String) values[0], (I18n) values[1],
        (Map<String, Object>) values[2]);
  }

  @Override
  public void write(CodeNameObject value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.code(), value.name());
  }
}
