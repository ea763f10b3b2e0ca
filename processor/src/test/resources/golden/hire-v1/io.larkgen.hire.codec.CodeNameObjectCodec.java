package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.I18n;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_CODE = new SerializedString("code");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_CODE, FIELD_NAME};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final CodeNameObjectCodec INSTANCE = new CodeNameObjectCodec();

  private CodeNameObjectCodec() {
  }

  @Override
  public @Nullable CodeNameObject read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "CodeNameObject")) {
      return null;
    }
    String code = null;
    I18n name = null;
    Map<String, Object> extraProperties = null;
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> code = JsonValues.readString(parser);
        case 1 -> name = I18nCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new CodeNameObject(code, name, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "code" -> 0;
      case "name" -> 1;
      default -> -1;
    };
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
