package com.example.notes.codec;

import com.example.notes.model.EventHeader;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link EventHeader}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link EventHeader#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class EventHeaderCodec implements JsonCodec<EventHeader> {
  private static final SerializedString FIELD_EVENT_ID = new SerializedString("event_id");

  private static final SerializedString FIELD_EVENT_TYPE = new SerializedString("event_type");

  private static final SerializedString FIELD_CREATE_TIME = new SerializedString("create_time");

  private static final SerializedString FIELD_TOKEN = new SerializedString("token");

  private static final SerializedString FIELD_APP_ID = new SerializedString("app_id");

  private static final SerializedString FIELD_TENANT_KEY = new SerializedString("tenant_key");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_EVENT_ID, FIELD_EVENT_TYPE,
      FIELD_CREATE_TIME, FIELD_TOKEN, FIELD_APP_ID, FIELD_TENANT_KEY};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final EventHeaderCodec INSTANCE = new EventHeaderCodec();

  private EventHeaderCodec() {
  }

  @Override
  public @Nullable EventHeader read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "EventHeader")) {
      return null;
    }
    String eventId = null;
    String eventType = null;
    String createTime = null;
    String token = null;
    String appId = null;
    String tenantKey = null;
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
        case 0 -> eventId = JsonValues.readString(parser);
        case 1 -> eventType = JsonValues.readString(parser);
        case 2 -> createTime = JsonValues.readString(parser);
        case 3 -> token = JsonValues.readString(parser);
        case 4 -> appId = JsonValues.readString(parser);
        case 5 -> tenantKey = JsonValues.readString(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new EventHeader(eventId, eventType, createTime, token, appId, tenantKey,
        extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "event_id" -> 0;
      case "event_type" -> 1;
      case "create_time" -> 2;
      case "token" -> 3;
      case "app_id" -> 4;
      case "tenant_key" -> 5;
      default -> -1;
    };
  }

  @Override
  public void write(EventHeader value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String eventId = value.eventId();
    if (eventId != null) {
      generator.writeFieldName(FIELD_EVENT_ID);
      generator.writeString(eventId);
    }
    String eventType = value.eventType();
    if (eventType != null) {
      generator.writeFieldName(FIELD_EVENT_TYPE);
      generator.writeString(eventType);
    }
    String createTime = value.createTime();
    if (createTime != null) {
      generator.writeFieldName(FIELD_CREATE_TIME);
      generator.writeString(createTime);
    }
    String token = value.token();
    if (token != null) {
      generator.writeFieldName(FIELD_TOKEN);
      generator.writeString(token);
    }
    String appId = value.appId();
    if (appId != null) {
      generator.writeFieldName(FIELD_APP_ID);
      generator.writeString(appId);
    }
    String tenantKey = value.tenantKey();
    if (tenantKey != null) {
      generator.writeFieldName(FIELD_TENANT_KEY);
      generator.writeString(tenantKey);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
