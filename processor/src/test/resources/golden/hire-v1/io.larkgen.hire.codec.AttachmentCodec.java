package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.hire.model.Attachment;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Streaming JSON codec of {@link Attachment}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Attachment#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-v1.yaml"
)
@GeneratedClient
public final class AttachmentCodec implements JsonCodec<Attachment> {
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_URL = new SerializedString("url");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_MIME = new SerializedString("mime");

  private static final SerializedString FIELD_CREATE_TIME = new SerializedString("create_time");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final AttachmentCodec INSTANCE = new AttachmentCodec();

  private AttachmentCodec() {
  }

  @Override
  public Attachment read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Attachment")) {
      return null;
    }
    String id = null;
    String url = null;
    String name = null;
    String mime = null;
    String createTime = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "url" -> url = JsonValues.readString(parser);
        case "name" -> name = JsonValues.readString(parser);
        case "mime" -> mime = JsonValues.readString(parser);
        case "create_time" -> createTime = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new Attachment(id, url, name, mime, createTime, extraProperties);
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
