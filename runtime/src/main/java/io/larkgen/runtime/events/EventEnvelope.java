package io.larkgen.runtime.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;

/**
 * One event request's JSON, read in a single streaming pass: either an {@code encrypt} wrapper,
 * a {@code url_verification} challenge, or an event of schema 2.0 or 1.0. The event object is
 * kept as a byte range of the JSON, so that a {@link io.larkgen.runtime.json.JsonReader} can
 * read it later with a fresh parser.
 */
final class EventEnvelope {
  static final String URL_VERIFICATION = "url_verification";

  final byte[] json;
  String encrypt;
  String type;
  String challenge;
  String token;
  String schema;
  String uuid;
  String ts;
  String headerEventId;
  String headerEventType;
  String headerCreateTime;
  String headerToken;
  String headerAppId;
  String headerTenantKey;
  boolean hasHeader;
  boolean hasEvent;
  String eventType;
  String eventAppId;
  String eventTenantKey;
  int eventStart;
  int eventEnd;

  private EventEnvelope(byte[] json) {
    this.json = json;
  }

  /**
   * Reads the top level of {@code json}.
   *
   * @throws Refusal when it is not one JSON object
   */
  static EventEnvelope parse(JsonFactory factory, byte[] json) throws Refusal {
    EventEnvelope e = new EventEnvelope(json);
    try (JsonParser p = factory.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new Refusal(Rejection.MALFORMED_JSON, "the body is not a JSON object");
      }
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken value = p.nextToken();
        switch (name) {
          case "encrypt" -> e.encrypt = JsonValues.readString(p);
          case "type" -> e.type = scalar(p, value);
          case "challenge" -> e.challenge = scalar(p, value);
          case "token" -> e.token = scalar(p, value);
          case "schema" -> e.schema = scalar(p, value);
          case "uuid" -> e.uuid = scalar(p, value);
          case "ts" -> e.ts = scalar(p, value);
          case "header" -> e.readHeader(p, value);
          case "event" -> e.readEvent(p, value);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new Refusal(
            Rejection.MALFORMED_JSON, "the body has more after its JSON object");
      }
    } catch (JsonProcessingException ex) {
      // Jackson's own message may quote the text, which may be a decrypted event: leave it out.
      throw new Refusal(Rejection.MALFORMED_JSON, "the body is not valid JSON (line "
          + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")");
    } catch (IOException ex) {
      throw new Refusal(Rejection.MALFORMED_JSON, "the body could not be read");
    }
    return e;
  }

  boolean isChallenge() {
    return URL_VERIFICATION.equals(type);
  }

  /** The Verification Token, wherever the shape keeps it. */
  String verificationToken() {
    return hasHeader ? headerToken : token;
  }

  /**
   * The header of an event.
   *
   * @throws Refusal when the JSON is neither shape or lacks an event id or type
   */
  EventHeader header() throws Refusal {
    EventHeader header;
    if (hasHeader) {
      header = new EventHeader(EventHeader.Schema.V2, headerEventId, headerEventType,
          headerCreateTime, headerToken, headerAppId, headerTenantKey);
    } else if (hasEvent) {
      header = new EventHeader(EventHeader.Schema.V1, uuid, eventType, ts, token, eventAppId,
          eventTenantKey);
    } else {
      throw new Refusal(Rejection.MALFORMED_EVENT,
          "the JSON is no event: it has neither a 2.0 \"header\" nor a 1.0 \"event\" object");
    }
    if (header.eventId() == null || header.eventId().isEmpty()) {
      throw new Refusal(Rejection.MALFORMED_EVENT,
          "the event has no id (" + (hasHeader ? "header.event_id" : "uuid") + ")");
    }
    if (header.eventType() == null || header.eventType().isEmpty()) {
      throw new Refusal(Rejection.MALFORMED_EVENT, "event "
          + EventDispatcher.named(header) + " has no type ("
          + (hasHeader ? "header.event_type" : "event.type") + ")");
    }
    if (!hasEvent) {
      throw new Refusal(Rejection.MALFORMED_EVENT,
          "event " + EventDispatcher.named(header) + " has no \"event\" object");
    }
    return header;
  }

  private void readHeader(JsonParser p, JsonToken value) throws IOException, Refusal {
    if (value != JsonToken.START_OBJECT) {
      throw new Refusal(Rejection.MALFORMED_EVENT, "\"header\" is not an object");
    }
    hasHeader = true;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken token = p.nextToken();
      switch (name) {
        case "event_id" -> headerEventId = scalar(p, token);
        case "event_type" -> headerEventType = scalar(p, token);
        case "create_time" -> headerCreateTime = scalar(p, token);
        case "token" -> headerToken = scalar(p, token);
        case "app_id" -> headerAppId = scalar(p, token);
        case "tenant_key" -> headerTenantKey = scalar(p, token);
        default -> p.skipChildren();
      }
    }
  }

  private void readEvent(JsonParser p, JsonToken value) throws IOException, Refusal {
    if (value != JsonToken.START_OBJECT) {
      throw new Refusal(Rejection.MALFORMED_EVENT, "\"event\" is not an object");
    }
    hasEvent = true;
    eventStart = Math.toIntExact(p.currentTokenLocation().getByteOffset());
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken token = p.nextToken();
      switch (name) {
        case "type" -> eventType = scalar(p, token);
        case "app_id" -> eventAppId = scalar(p, token);
        case "tenant_key" -> eventTenantKey = scalar(p, token);
        default -> p.skipChildren();
      }
    }
    eventEnd = Math.toIntExact(p.currentLocation().getByteOffset());
  }

  /** A scalar as text (objects and arrays are skipped and read as null). */
  private static String scalar(JsonParser p, JsonToken token) throws IOException {
    if (token.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return JsonValues.readString(p);
  }
}
