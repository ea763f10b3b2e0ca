package com.example.notes.codec;

import com.example.notes.model.EventHeader;
import com.example.notes.model.NoteDeletedV1Event;
import com.example.notes.model.NoteDeletedV1EventBody;
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
 * Streaming JSON codec of {@link NoteDeletedV1Event}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteDeletedV1Event#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteDeletedV1EventCodec implements JsonCodec<NoteDeletedV1Event> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteDeletedV1EventCodec INSTANCE = new NoteDeletedV1EventCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("NoteDeletedV1Event")
      .add("schema", JsonCodecs.STRING)
      .add("header", EventHeaderCodec.INSTANCE)
      .add("event", NoteDeletedV1EventBodyCodec.INSTANCE)
      .build();

  private NoteDeletedV1EventCodec() {
  }

  @Override
  public @Nullable NoteDeletedV1Event read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, NoteDeletedV1EventCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static NoteDeletedV1Event construct(@Nullable Object[] values) {
    return new NoteDeletedV1Event((String) values[0], (EventHeader) values[1],
        (NoteDeletedV1EventBody) values[2], (Map<String, Object>) values[3]);
  }

  @Override
  public void write(NoteDeletedV1Event value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.schema(), value.header(), value.event());
  }
}
