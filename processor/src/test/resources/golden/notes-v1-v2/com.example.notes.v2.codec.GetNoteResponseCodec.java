package com.example.notes.v2.codec;

import com.example.notes.v2.model.GetNoteResponse;
import com.example.notes.v2.model.Note;
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
 * Streaming JSON codec of {@link GetNoteResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link GetNoteResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class GetNoteResponseCodec implements JsonCodec<GetNoteResponse> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetNoteResponseCodec INSTANCE = new GetNoteResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("GetNoteResponse")
      .add("note", NoteCodec.INSTANCE)
      .build();

  private GetNoteResponseCodec() {
  }

  @Override
  public @Nullable GetNoteResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, GetNoteResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static GetNoteResponse construct(@Nullable Object[] values) {
    return new GetNoteResponse((Note) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(GetNoteResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.note());
  }
}
