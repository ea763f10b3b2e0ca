package com.example.notes.codec;

import com.example.notes.model.Mention;
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
 * Streaming JSON codec of {@link Mention}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Mention#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class MentionCodec implements JsonCodec<Mention> {
  private static final SerializedString FIELD_USER_ID = new SerializedString("user_id");

  private static final SerializedString FIELD_OFFSET = new SerializedString("offset");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_USER_ID, FIELD_OFFSET};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final MentionCodec INSTANCE = new MentionCodec();

  private MentionCodec() {
  }

  @Override
  public @Nullable Mention read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Mention")) {
      return null;
    }
    String userId = null;
    Integer offset = null;
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
        case 0 -> userId = JsonValues.readString(parser);
        case 1 -> offset = JsonValues.readInteger(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Mention(userId, offset, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "user_id" -> 0;
      case "offset" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(Mention value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String userId = value.userId();
    if (userId != null) {
      generator.writeFieldName(FIELD_USER_ID);
      generator.writeString(userId);
    }
    Integer offset = value.offset();
    if (offset != null) {
      generator.writeFieldName(FIELD_OFFSET);
      generator.writeNumber(offset.intValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }

  /**
   * Checks the rules the spec states for a {@link Mention} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, Mention value) {
    if (value.userId() == null || value.userId().isEmpty()) {
      throw new LarkRequestValidationException(path + ".user_id", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.offset() == null) {
      throw new LarkRequestValidationException(path + ".offset", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.offset() != null && value.offset().longValue() < 0L) {
      throw new LarkRequestValidationException(path + ".offset", LarkRequestValidationException.Rule.MINIMUM,
          value.offset() + " is less than the minimum 0");
    }
  }
}
