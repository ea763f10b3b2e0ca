package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.Attachment;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link Attachment}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Attachment#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class AttachmentCodec implements JsonCodec<Attachment> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_URL = new SerializedString("url");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_MIME = new SerializedString("mime");

  private static final SerializedString FIELD_CREATE_TIME = new SerializedString("create_time");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_URL, FIELD_NAME, FIELD_MIME,
      FIELD_CREATE_TIME};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final AttachmentCodec INSTANCE = new AttachmentCodec();

  private AttachmentCodec() {
  }

  @Override
  public @Nullable Attachment read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Attachment")) {
      return null;
    }
    String id = null;
    String url = null;
    String name = null;
    String mime = null;
    String createTime = null;
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
        case 1 -> url = JsonValues.readString(parser);
        case 2 -> name = JsonValues.readString(parser);
        case 3 -> mime = JsonValues.readString(parser);
        case 4 -> createTime = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Attachment(id, url, name, mime, createTime, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "url" -> 1;
      case "name" -> 2;
      case "mime" -> 3;
      case "create_time" -> 4;
      default -> -1;
    };
  }

  @Override
  public void write(Attachment value, JsonGenerator generator) throws IOException {
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
    String url = value.url();
    if (url != null) {
      generator.writeFieldName(FIELD_URL);
      generator.writeString(url);
    }
    String name = value.name();
    if (name != null) {
      generator.writeFieldName(FIELD_NAME);
      generator.writeString(name);
    }
    String mime = value.mime();
    if (mime != null) {
      generator.writeFieldName(FIELD_MIME);
      generator.writeString(mime);
    }
    String createTime = value.createTime();
    if (createTime != null) {
      generator.writeFieldName(FIELD_CREATE_TIME);
      generator.writeString(createTime);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
