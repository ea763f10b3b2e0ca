package com.example.notes.codec;

import com.example.notes.model.Note;
import com.example.notes.model.NotePrivacy;
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
 * Streaming JSON codec of {@link Note}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Note#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCodec implements JsonCodec<Note> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCodec INSTANCE = new NoteCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Note")
      .add("id", JsonCodecs.STRING)
      .add("application_id", JsonCodecs.STRING)
      .add("content", JsonCodecs.STRING)
      .add("privacy", JsonCodecs.intEnum(NotePrivacy::of, NotePrivacy::code))
      .add("create_time", JsonCodecs.STRING)
      .build();

  private NoteCodec() {
  }

  @Override
  public @Nullable Note read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, NoteCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Note construct(@Nullable Object[] values) {
    return new Note((String) values[0], (String) values[1], (String) values[2],
        (NotePrivacy) values[3], (String) values[4], (Map<String, Object>) values[5]);
  }

  @Override
  public void write(Note value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.applicationId(),
        value.content(), value.privacy(), value.createTime());
  }
}
