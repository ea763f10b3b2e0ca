package com.example.notes.codec;

import com.example.notes.model.CreateNoteResponse;
import com.example.notes.model.Note;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link CreateNoteResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CreateNoteResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class CreateNoteResponseCodec implements JsonCodec<CreateNoteResponse> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final CreateNoteResponseCodec INSTANCE = new CreateNoteResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("CreateNoteResponse")
      .add("note", NoteCodec.INSTANCE)
      .build();

  private CreateNoteResponseCodec() {
  }

  @Override
  public @Nullable CreateNoteResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, CreateNoteResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static CreateNoteResponse construct(@Nullable Object[] values) {
    return new CreateNoteResponse((Note) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(CreateNoteResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.note());
  }
}
