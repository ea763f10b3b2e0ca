package com.example.notes.codec;

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
 * Streaming JSON codec of {@link Reminder}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Reminder#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public final class ReminderCodec implements JsonCodec<Reminder> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final ReminderCodec INSTANCE = new ReminderCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Reminder")
      .add("remind_time", JsonCodecs.STRING)
      .add("channels", JsonCodecs.listOf(JsonCodecs.STRING))
      .build();

  private ReminderCodec() {
  }

  @Override
  public @Nullable Reminder read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, ReminderCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Reminder construct(@Nullable Object[] values) {
    return new Reminder((String) values[0], (List<String>) values[1],
        (Map<String, Object>) values[2]);
  }

  @Override
  public void write(Reminder value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.remindTime(), value.channels());
  }

  /**
   * Checks the rules the spec states for a {@link Reminder} sent in a request body.
   *
   * @param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})
   * @param value the value, not null
   * @throws LarkRequestValidationException naming the field's JSON path and the rule it breaks
   */
  public static void check(String path, Reminder value) {
    if (value.remindTime() == null) {
      throw new LarkRequestValidationException(path + ".remind_time", LarkRequestValidationException.Rule.REQUIRED,
          "required field is not set");
    }
  }
}
