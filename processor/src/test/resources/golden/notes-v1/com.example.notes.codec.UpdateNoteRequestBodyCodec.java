package com.example.notes.codec;

import com.example.notes.model.Reminder;
import com.example.notes.model.UpdateNoteRequestBody;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link UpdateNoteRequestBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link UpdateNoteRequestBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class UpdateNoteRequestBodyCodec implements JsonCodec<UpdateNoteRequestBody> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final UpdateNoteRequestBodyCodec INSTANCE = new UpdateNoteRequestBodyCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("UpdateNoteRequestBody")
      .add("content", JsonCodecs.STRING)
      .add("reminder", ReminderCodec.INSTANCE)
      .build();

  private UpdateNoteRequestBodyCodec() {
  }

  @Override
  public @Nullable UpdateNoteRequestBody read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, UpdateNoteRequestBodyCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static UpdateNoteRequestBody construct(@Nullable Object[] values) {
    return new UpdateNoteRequestBody((String) values[0], (Reminder) values[1],
        (Map<String, Object>) values[2]);
  }

  @Override
  public void write(UpdateNoteRequestBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.content(), value.reminder());
  }

  /**
   * Checks the rules the spec states for a {@link UpdateNoteRequestBody} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, UpdateNoteRequestBody value) {
    if (value.content() == null || value.content().isEmpty()) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) > 1000) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + value.content() + "\" is longer than the maximum length 1000");
    }
    if (value.reminder() != null) {
      ReminderCodec.check(path + ".reminder", value.reminder());
    }
  }
}
