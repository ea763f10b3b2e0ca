package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.I18n;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link Ability}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Ability#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class AbilityCodec implements JsonCodec<Ability> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_DESCRIPTION = new SerializedString("description");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final AbilityCodec INSTANCE = new AbilityCodec();

  private AbilityCodec() {
  }

  @Override
  public Ability read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Ability")) {
      return null;
    }
    String id = null;
    I18n name = null;
    I18n description = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "name" -> name = I18nCodec.INSTANCE.read(parser);
        case "description" -> description = I18nCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new Ability(id, name, description, extraProperties);
  }

  @Override
  public void write(Ability value, JsonGenerator generator) throws IOException {
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
    I18n description = value.description();
    if (description != null) {
      generator.writeFieldName(FIELD_DESCRIPTION);
      I18nCodec.INSTANCE.write(description, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
