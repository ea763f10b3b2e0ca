package com.example.notes.codec;

import com.example.notes.model.Reminder;
import com.example.notes.model.UpdateNoteRequestBody;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link UpdateNoteRequestBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link UpdateNoteRequestBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class UpdateNoteRequestBodyCodec implements JsonCodec<UpdateNoteRequestBody> {
  private static final SerializedString FIELD_CONTENT = new SerializedString("content");

  private static final SerializedString FIELD_REMINDER = new SerializedString("reminder");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_CONTENT, FIELD_REMINDER};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final UpdateNoteRequestBodyCodec INSTANCE = new UpdateNoteRequestBodyCodec();

  private UpdateNoteRequestBodyCodec() {
  }

  @Override
  public @Nullable UpdateNoteRequestBody read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "UpdateNoteRequestBody")) {
      return null;
    }
    String content = null;
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
        case 0 -> content = JsonValues.readString(parser);
        case 1 -> reminder = ReminderCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new UpdateNoteRequestBody(content, reminder, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "content" -> 0;
      case "reminder" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(UpdateNoteRequestBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String content = value.content();
    if (content != null) {
      generator.writeFieldName(FIELD_CONTENT);
      generator.writeString(content);
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
   * Checks the rules the spec states for a {@link UpdateNoteRequestBody} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, UpdateNoteRequestBody value) {
    if (value.content() == null || value.content().isEmpty()) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) > 1000) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + value.content() + "\" is longer than the maximum length 1000");
    }
    if (value.reminder() != null) {
      ReminderCodec.check(path + ".reminder", value.reminder());
    }
  }
}
