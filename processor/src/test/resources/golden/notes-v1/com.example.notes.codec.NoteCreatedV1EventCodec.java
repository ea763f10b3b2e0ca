package com.example.notes.codec;

import com.example.notes.model.EventHeader;
import com.example.notes.model.NoteCreatedV1Event;
import com.example.notes.model.NoteCreatedV1EventBody;
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
 * Streaming JSON codec of {@link NoteCreatedV1Event}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteCreatedV1Event#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCreatedV1EventCodec implements JsonCodec<NoteCreatedV1Event> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCreatedV1EventCodec INSTANCE = new NoteCreatedV1EventCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("NoteCreatedV1Event")
      .add("schema", JsonCodecs.STRING)
      .add("header", EventHeaderCodec.INSTANCE)
      .add("event", NoteCreatedV1EventBodyCodec.INSTANCE)
      .build();

  private NoteCreatedV1EventCodec() {
  }

  @Override
  public @Nullable NoteCreatedV1Event read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, NoteCreatedV1EventCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static NoteCreatedV1Event construct(@Nullable Object[] values) {
    return new NoteCreatedV1Event((String) values[0], (EventHeader) values[1],
        (NoteCreatedV1EventBody) values[2], (Map<String, Object>) values[3]);
  }

  @Override
  public void write(NoteCreatedV1Event value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.schema(), value.header(), value.event());
  }
}
