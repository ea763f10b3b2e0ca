package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.I18n;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link CodeNameObject}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CodeNameObject#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class CodeNameObjectCodec implements JsonCodec<CodeNameObject> {
  private static final SerializedString FIELD_CODE = new SerializedString("code");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final CodeNameObjectCodec INSTANCE = new CodeNameObjectCodec();

  private CodeNameObjectCodec() {
  }

  @Override
  public CodeNameObject read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "CodeNameObject")) {
      return null;
    }
    String code = null;
    I18n name = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "code" -> code = JsonValues.readString(parser);
        case "name" -> name = I18nCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new CodeNameObject(code, name, extraProperties);
  }

  @Override
  public void write(CodeNameObject value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String code = value.code();
    if (code != null) {
      generator.writeFieldName(FIELD_CODE);
      generator.writeString(code);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName(FIELD_NAME);
      I18nCodec.INSTANCE.write(name, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
