package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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

/**
 * Streaming JSON codec of {@link InterviewQuestion}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewQuestion#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class InterviewQuestionCodec implements JsonCodec<InterviewQuestion> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_TITLE = new SerializedString("title");

  private static final SerializedString FIELD_DESCRIPTION = new SerializedString("description");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_ABILITY_LIST = new SerializedString("ability_list");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewQuestionCodec INSTANCE = new InterviewQuestionCodec();

  private InterviewQuestionCodec() {
  }

  @Override
  public InterviewQuestion read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "InterviewQuestion")) {
      return null;
    }
    String id = null;
    I18n title = null;
    I18n description = null;
    String content = null;
    List<Ability> abilityList = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "title" -> title = I18nCodec.INSTANCE.read(parser);
        case "description" -> description = I18nCodec.INSTANCE.read(parser);
        case "content" -> content = JsonValues.readString(parser);
        case "ability_list" -> abilityList = JsonValues.readList(parser, AbilityCodec.INSTANCE);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new InterviewQuestion(id, title, description, content, abilityList, extraProperties);
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
