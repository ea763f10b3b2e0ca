package com.example.notes.codec;

import com.example.notes.model.CreateNoteRequestBody;
import com.example.notes.model.Mention;
import com.example.notes.model.NotePrivacy;
import com.example.notes.model.Reminder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link CreateNoteRequestBody}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CreateNoteRequestBody#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class CreateNoteRequestBodyCodec implements JsonCodec<CreateNoteRequestBody> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final CreateNoteRequestBodyCodec INSTANCE = new CreateNoteRequestBodyCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("CreateNoteRequestBody")
      .add("application_id", JsonCodecs.STRING)
      .add("content", JsonCodecs.STRING)
      .add("privacy", JsonCodecs.intEnum(NotePrivacy::of, NotePrivacy::code))
      .add("mentions", JsonCodecs.listOf(MentionCodec.INSTANCE))
      .add("reminder", ReminderCodec.INSTANCE)
      .build();

  private CreateNoteRequestBodyCodec() {
  }

  @Override
  public @Nullable CreateNoteRequestBody read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, CreateNoteRequestBodyCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static CreateNoteRequestBody construct(@Nullable Object[] values) {
    return new CreateNoteRequestBody((String) values[0], (String) values[1],
        (NotePrivacy) values[2], (List<Mention>) values[3], (Reminder) values[4],
        (Map<String, Object>) values[5]);
  }

  @Override
  public void write(CreateNoteRequestBody value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.applicationId(), value.content(),
        value.privacy(), value.mentions(), value.reminder());
  }

  /**
   * Checks the rules the spec states for a {@link CreateNoteRequestBody} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, CreateNoteRequestBody value) {
    if (value.applicationId() == null || value.applicationId().isEmpty()) {
      throw new LarkRequestValidationException(path + ".application_id", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() == null || value.content().isEmpty()) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) < 1) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MIN_LENGTH, "\""
          + value.content() + "\" is shorter than the minimum length 1");
    }
    if (value.content() != null && value.content().codePointCount(0, value.content().length()) > 1000) {
      throw new LarkRequestValidationException(path + ".content", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + value.content() + "\" is longer than the maximum length 1000");
    }
    if (value.mentions() != null && value.mentions().size() > 10) {
      throw new LarkRequestValidationException(path + ".mentions", LarkRequestValidationException.Rule.MAX_ITEMS,
          value.mentions().size() + " items is more than the maximum of 10 items");
    }
    if (value.mentions() != null) {
      for (int i = 0; i < value.mentions().size(); i++) {
        if (value.mentions().get(i) == null) {
          throw new LarkRequestValidationException(path + ".mentions[" + i + "]",
              LarkRequestValidationException.Rule.ITEMS, "item is null");
        }
        MentionCodec.check(path + ".mentions[" + i + "]", value.mentions().get(i));
      }
    }
    if (value.reminder() != null) {
      ReminderCodec.check(path + ".reminder", value.reminder());
    }
  }
}
