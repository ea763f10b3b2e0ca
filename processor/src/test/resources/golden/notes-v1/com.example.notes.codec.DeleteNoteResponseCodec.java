package com.example.notes.codec;

import com.example.notes.model.DeleteNoteResponse;
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
 * Streaming JSON codec of {@link DeleteNoteResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link DeleteNoteResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class DeleteNoteResponseCodec implements JsonCodec<DeleteNoteResponse> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final DeleteNoteResponseCodec INSTANCE = new DeleteNoteResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("DeleteNoteResponse")
      .add("note_id", JsonCodecs.STRING)
      .build();

  private DeleteNoteResponseCodec() {
  }

  @Override
  public @Nullable DeleteNoteResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, DeleteNoteResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static DeleteNoteResponse construct(@Nullable Object[] values) {
    return new DeleteNoteResponse((String) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(DeleteNoteResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.noteId());
  }
}
