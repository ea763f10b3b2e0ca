package com.example.notes.codec;

import com.example.notes.model.EventHeader;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final EventHeaderCodec INSTANCE = new EventHeaderCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("EventHeader")
      .add("event_id", JsonCodecs.STRING)
      .add("event_type", JsonCodecs.STRING)
      .add("create_time", JsonCodecs.STRING)
      .add("token", JsonCodecs.STRING)
      .add("app_id", JsonCodecs.STRING)
      .add("tenant_key", JsonCodecs.STRING)
      .build();

  private EventHeaderCodec() {
  }

  @Override
  public @Nullable EventHeader read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, EventHeaderCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static EventHeader construct(@Nullable Object[] values) {
    return new EventHeader((String) values[0], (String) values[1], (String) values[2],
        (String) values[3], (String) values[4], (String) values[5],
        (Map<String, Object>) values[6]);
  }

  @Override
  public void write(EventHeader value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.eventId(), value.eventType(),
        value.createTime(), value.token(), value.appId(), value.tenantKey());
  }
}
