package com.example.notes.codec;

import com.example.notes.model.Mention;
import com.example.notes.model.NoteCreatedV1EventBody;
import com.example.notes.model.NotePrivacy;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link NoteCreatedV1EventBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link NoteCreatedV1EventBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class NoteCreatedV1EventBodyCodec implements JsonCodec<NoteCreatedV1EventBody> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final NoteCreatedV1EventBodyCodec INSTANCE = new NoteCreatedV1EventBodyCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("NoteCreatedV1EventBody")
      .add("note_id", JsonCodecs.STRING)
      .add("privacy", JsonCodecs.intEnum(NotePrivacy::of, NotePrivacy::code))
      .add("mentions", JsonCodecs.listOf(MentionCodec.INSTANCE))
      .add("create_time", JsonCodecs.LONG)
      .build();

  private NoteCreatedV1EventBodyCodec() {
  }

  @Override
  public @Nullable NoteCreatedV1EventBody read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, NoteCreatedV1EventBodyCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static NoteCreatedV1EventBody construct(@Nullable Object[] values) {
    return new NoteCreatedV1EventBody((String) values[0], (NotePrivacy) values[1],
        (List<Mention>) values[2], (Long) values[3], (Map<String, Object>) values[4]);
  }

  @Override
  public void write(NoteCreatedV1EventBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.noteId(), value.privacy(),
        value.mentions(), value.createTime());
  }
}
