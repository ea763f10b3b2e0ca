package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.InterviewScore;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewScore}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewScore#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewScoreCodec implements JsonCodec<InterviewScore> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_LEVEL = new SerializedString("level");

  private static final SerializedString FIELD_ZH_NAME = new SerializedString("zh_name");

  private static final SerializedString FIELD_ZH_DESCRIPTION =
      new SerializedString("zh_description");

  private static final SerializedString FIELD_EN_NAME = new SerializedString("en_name");

  private static final SerializedString FIELD_EN_DESCRIPTION =
      new SerializedString("en_description");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_LEVEL, FIELD_ZH_NAME,
      FIELD_ZH_DESCRIPTION, FIELD_EN_NAME, FIELD_EN_DESCRIPTION};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewScoreCodec INSTANCE = new InterviewScoreCodec();

  private InterviewScoreCodec() {
  }

  @Override
  public @Nullable InterviewScore read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewScore")) {
      return null;
    }
    String id = null;
    Integer level = null;
    String zhName = null;
    String zhDescription = null;
    String enName = null;
    String enDescription = null;
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
        case 1 -> level = JsonValues.readInteger(parser);
        case 2 -> zhName = JsonValues.readString(parser);
        case 3 -> zhDescription = JsonValues.readString(parser);
        case 4 -> enName = JsonValues.readString(parser);
        case 5 -> enDescription = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewScore(id, level, zhName, zhDescription, enName, enDescription,
        extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "level" -> 1;
      case "zh_name" -> 2;
      case "zh_description" -> 3;
      case "en_name" -> 4;
      case "en_description" -> 5;
      default -> -1;
    };
  }

  @Override
  public void write(InterviewScore value, JsonGenerator generator) throws IOException {
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
    Integer level = value.level();
    if (level != null) {
      generator.writeFieldName(FIELD_LEVEL);
      generator.writeNumber(level.intValue());
    }
    String zhName = value.zhName();
    if (zhName != null) {
      generator.writeFieldName(FIELD_ZH_NAME);
      generator.writeString(zhName);
    }
    String zhDescription = value.zhDescription();
    if (zhDescription != null) {
      generator.writeFieldName(FIELD_ZH_DESCRIPTION);
      generator.writeString(zhDescription);
    }
    String enName = value.enName();
    if (enName != null) {
      generator.writeFieldName(FIELD_EN_NAME);
      generator.writeString(enName);
    }
    String enDescription = value.enDescription();
    if (enDescription != null) {
      generator.writeFieldName(FIELD_EN_DESCRIPTION);
      generator.writeString(enDescription);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
