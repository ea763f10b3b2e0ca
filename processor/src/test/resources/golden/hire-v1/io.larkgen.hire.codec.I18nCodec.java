package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.I18n;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_ZH_CN = new SerializedString("zh_cn");

  private static final SerializedString FIELD_EN_US = new SerializedString("en_us");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ZH_CN, FIELD_EN_US};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final I18nCodec INSTANCE = new I18nCodec();

  private I18nCodec() {
  }

  @Override
  public @Nullable I18n read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "I18n")) {
      return null;
    }
    String zhCn = null;
    String enUs = null;
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
        case 0 -> zhCn = JsonValues.readString(parser);
        case 1 -> enUs = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new I18n(zhCn, enUs, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "zh_cn" -> 0;
      case "en_us" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(I18n value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String zhCn = value.zhCn();
    if (zhCn != null) {
      generator.writeFieldName(FIELD_ZH_CN);
      generator.writeString(zhCn);
    }
    String enUs = value.enUs();
    if (enUs != null) {
      generator.writeFieldName(FIELD_EN_US);
      generator.writeString(enUs);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
