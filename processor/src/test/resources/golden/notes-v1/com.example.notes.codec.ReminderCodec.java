package com.example.notes.codec;

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
 * Streaming JSON codec of {@link Reminder}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Reminder#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class ReminderCodec implements JsonCodec<Reminder> {
  private static final SerializedString FIELD_REMIND_TIME = new SerializedString("remind_time");

  private static final SerializedString FIELD_CHANNELS = new SerializedString("channels");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_REMIND_TIME, FIELD_CHANNELS};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final ReminderCodec INSTANCE = new ReminderCodec();

  private ReminderCodec() {
  }

  @Override
  public @Nullable Reminder read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Reminder")) {
      return null;
    }
    String remindTime = null;
    List<String> channels = null;
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
        case 0 -> remindTime = JsonValues.readString(parser);
        case 1 -> channels = JsonValues.readList(parser, JsonValues::readString);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Reminder(remindTime, channels, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "remind_time" -> 0;
      case "channels" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(Reminder value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String remindTime = value.remindTime();
    if (remindTime != null) {
      generator.writeFieldName(FIELD_REMIND_TIME);
      generator.writeString(remindTime);
    }
    List<String> channels = value.channels();
    if (!channels.isEmpty()) {
      generator.writeFieldName(FIELD_CHANNELS);
      JsonValues.writeList(channels, JsonValues::writeString, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }

  /**
   * Checks the rules the spec states for a {@link Reminder} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, Reminder value) {
    if (value.remindTime() == null) {
      throw new LarkRequestValidationException(path + ".remind_time", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
  }
}
