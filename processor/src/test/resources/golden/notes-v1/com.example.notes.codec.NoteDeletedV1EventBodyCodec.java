package com.example.notes.codec;

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
 * Streaming JSON codec of {@link NoteDeletedV1EventBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteDeletedV1EventBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteDeletedV1EventBodyCodec implements JsonCodec<NoteDeletedV1EventBody> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteDeletedV1EventBodyCodec INSTANCE = new NoteDeletedV1EventBodyCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("NoteDeletedV1EventBody")
      .add("note_id", JsonCodecs.STRING)
      .build();

  private NoteDeletedV1EventBodyCodec() {
  }

  @Override
  public @Nullable NoteDeletedV1EventBody read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, NoteDeletedV1EventBodyCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static NoteDeletedV1EventBody construct(@Nullable Object[] values) {
    return new NoteDeletedV1EventBody((String) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(NoteDeletedV1EventBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.noteId());
  }
}
