package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewQuestion;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewQuestion}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewQuestion#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewQuestionCodec implements JsonCodec<InterviewQuestion> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_TITLE = new SerializedString("title");

  private static final SerializedString FIELD_DESCRIPTION = new SerializedString("description");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_ABILITY_LIST = new SerializedString("ability_list");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_TITLE, FIELD_DESCRIPTION,
      FIELD_CONTENT, FIELD_ABILITY_LIST};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewQuestionCodec INSTANCE = new InterviewQuestionCodec();

  private InterviewQuestionCodec() {
  }

  @Override
  public @Nullable InterviewQuestion read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewQuestion")) {
      return null;
    }
    String id = null;
    I18n title = null;
    I18n description = null;
    String content = null;
    List<Ability> abilityList = null;
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
        case 1 -> title = I18nCodec.INSTANCE.read(parser);
        case 2 -> description = I18nCodec.INSTANCE.read(parser);
        case 3 -> content = JsonValues.readString(parser);
        case 4 -> abilityList = JsonValues.readList(parser, AbilityCodec.INSTANCE);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new InterviewQuestion(id, title, description, content, abilityList, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "title" -> 1;
      case "description" -> 2;
      case "content" -> 3;
      case "ability_list" -> 4;
      default -> -1;
    };
  }

  @Override
  public void write(InterviewQuestion value, JsonGenerator generator) throws IOException {
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
    I18n title = value.title();
    if (title != null) {
      generator.writeFieldName(FIELD_TITLE);
      I18nCodec.INSTANCE.write(title, generator);
    }
    I18n description = value.description();
    if (description != null) {
      generator.writeFieldName(FIELD_DESCRIPTION);
      I18nCodec.INSTANCE.write(description, generator);
    }
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
    }
    List<Ability> abilityList = value.abilityList();
    if (!abilityList.isEmpty()) {
      generator.writeFieldName(FIELD_ABILITY_LIST);
      JsonValues.writeList(abilityList, AbilityCodec.INSTANCE, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
