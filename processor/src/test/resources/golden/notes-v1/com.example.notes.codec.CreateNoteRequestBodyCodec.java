package com.example.notes.codec;

import com.example.notes.model.CreateNoteRequestBody;
import com.example.notes.model.Mention;
import com.example.notes.model.NotePrivacy;
import com.example.notes.model.Reminder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link CreateNoteRequestBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CreateNoteRequestBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class CreateNoteRequestBodyCodec implements JsonCodec<CreateNoteRequestBody> {
  private static final SerializedString FIELD_APPLICATION_ID =
      new SerializedString("application_id");

  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_PRIVACY = new SerializedString("privacy");

  private static final SerializedString FIELD_MENTIONS = new SerializedString("mentions");

  private static final SerializedString FIELD_REMINDER = new SerializedString("reminder");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_APPLICATION_ID, FIELD_CONTENT,
      FIELD_PRIVACY, FIELD_MENTIONS, FIELD_REMINDER};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final CreateNoteRequestBodyCodec INSTANCE = new CreateNoteRequestBodyCodec();

  private CreateNoteRequestBodyCodec() {
  }

  @Override
  public @Nullable CreateNoteRequestBody read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "CreateNoteRequestBody")) {
      return null;
    }
    String applicationId = null;
    String content = null;
    NotePrivacy privacy = null;
    List<Mention> mentions = null;
    Reminder reminder = null;
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
        case 0 -> applicationId = JsonValues.readString(parser);
        case 1 -> content = JsonValues.readString(parser);
        case 2 -> privacy = JsonValues.readIntEnum(parser, NotePrivacy::of);
        case 3 -> mentions = JsonValues.readList(parser, MentionCodec.INSTANCE);
        case 4 -> reminder = ReminderCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new CreateNoteRequestBody(applicationId, content, privacy, mentions, reminder,
        extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "application_id" -> 0;
      case "content" -> 1;
      case "privacy" -> 2;
      case "mentions" -> 3;
      case "reminder" -> 4;
      default -> -1;
    };
  }

  @Override
  public void write(CreateNoteRequestBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String applicationId = value.applicationId();
    if (applicationId != null) {
      generator.writeFieldName(FIELD_APPLICATION_ID);
      generator.writeString(applicationId);
    }
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
    }
    NotePrivacy privacy = value.privacy();
    if (privacy != null) {
      generator.writeFieldName(FIELD_PRIVACY);
      generator.writeNumber(privacy.code());
    }
    List<Mention> mentions = value.mentions();
    if (!mentions.isEmpty()) {
      generator.writeFieldName(FIELD_MENTIONS);
      JsonValues.writeList(mentions, MentionCodec.INSTANCE, generator);
    }
    Reminder reminder = value.reminder();
    if (reminder != null) {
      generator.writeFieldName(FIELD_REMINDER);
      ReminderCodec.INSTANCE.write(reminder, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }

  /**
   * Checks the rules the spec states for a {@link CreateNoteRequestBody} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, CreateNoteRequestBody value) {
    if (value.applicationId() == null || value.applicationId().isEmpty()) {
      throw new LarkRequestValidationException(path + ".application_id", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() == null || value.content().isEmpty()) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) < 1) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MIN_LENGTH, "\""
          + value.content() + "\" is shorter than the minimum length 1");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) > 1000) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + value.content() + "\" is longer than the maximum length 1000");
    }
    if (value.mentions() != null && value.mentions().size() > 10) {
      throw new LarkRequestValidationException(path + ".mentions", LarkRequestValidationException.Rule.MAX_ITEMS,
          value.mentions().size() + " items is more than the maximum of 10 items");
    }
    if (value.mentions() != null) {
      for (int i = 0; i < value.mentions().size(); i++) {
        if (value.mentions().get(i) == null) {
          throw new LarkRequestValidationException(path + ".mentions[" + i + "]",
              LarkRequestValidationException.Rule.ITEMS, "item is null");
        }
        MentionCodec.check(path + ".mentions[" + i + "]", value.mentions().get(i));
      }
    }
    if (value.reminder() != null) {
      ReminderCodec.check(path + ".reminder", value.reminder());
    }
  }
}
