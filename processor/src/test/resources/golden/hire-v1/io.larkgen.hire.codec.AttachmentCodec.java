package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.Attachment;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link Attachment}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Attachment#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class AttachmentCodec implements JsonCodec<Attachment> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final AttachmentCodec INSTANCE = new AttachmentCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Attachment")
      .add("id", JsonCodecs.STRING)
      .add("url", JsonCodecs.STRING)
      .add("name", JsonCodecs.STRING)
      .add("mime", JsonCodecs.STRING)
      .add("create_time", JsonCodecs.STRING)
      .build();

  private AttachmentCodec() {
  }

  @Override
  public @Nullable Attachment read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, AttachmentCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Attachment construct(@Nullable Object[] values) {
    return new Attachment((String) values[0], (String) values[1], (String) values[2],
        (String) values[3], (String) values[4], (Map<String, Object>) values[5]);
  }

  @Override
  public void write(Attachment value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.url(), value.name(),
        value.mime(), value.createTime());
  }
}
