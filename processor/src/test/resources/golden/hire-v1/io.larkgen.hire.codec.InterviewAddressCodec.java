package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewAddress;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewAddress}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewAddress#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewAddressCodec implements JsonCodec<InterviewAddress> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_DISTRICT = new SerializedString("district");

  private static final SerializedString FIELD_CITY = new SerializedString("city");

  private static final SerializedString FIELD_STATE = new SerializedString("state");

  private static final SerializedString FIELD_COUNTRY = new SerializedString("country");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_NAME, FIELD_DISTRICT,
      FIELD_CITY, FIELD_STATE, FIELD_COUNTRY};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewAddressCodec INSTANCE = new InterviewAddressCodec();

  private InterviewAddressCodec() {
  }

  @Override
  public @Nullable InterviewAddress read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewAddress")) {
      return null;
    }
    String id = null;
    I18n name = null;
    CodeNameObject district = null;
    CodeNameObject city = null;
    CodeNameObject state = null;
    CodeNameObject country = null;
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
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> name = I18nCodec.INSTANCE.read(parser);
        case 2 -> district = CodeNameObjectCodec.INSTANCE.read(parser);
        case 3 -> city = CodeNameObjectCodec.INSTANCE.read(parser);
        case 4 -> state = CodeNameObjectCodec.INSTANCE.read(parser);
        case 5 -> country = CodeNameObjectCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewAddress(id, name, district, city, state, country, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "name" -> 1;
      case "district" -> 2;
      case "city" -> 3;
      case "state" -> 4;
      case "country" -> 5;
      default -> -1;
    };
  }

  @Override
  public void write(InterviewAddress value, JsonGenerator generator) throws IOException {
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
    CodeNameObject district = value.district();
    if (district != null) {
      generator.writeFieldName(FIELD_DISTRICT);
      CodeNameObjectCodec.INSTANCE.write(district, generator);
    }
    CodeNameObject city = value.city();
    if (city != null) {
      generator.writeFieldName(FIELD_CITY);
      CodeNameObjectCodec.INSTANCE.write(city, generator);
    }
    CodeNameObject state = value.state();
    if (state != null) {
      generator.writeFieldName(FIELD_STATE);
      CodeNameObjectCodec.INSTANCE.write(state, generator);
    }
    CodeNameObject country = value.country();
    if (country != null) {
      generator.writeFieldName(FIELD_COUNTRY);
      CodeNameObjectCodec.INSTANCE.write(country, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
