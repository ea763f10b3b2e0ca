package com.example.files.codec;

import com.example.files.model.CreateAttachmentResponse;
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
 * Streaming JSON codec of {@link CreateAttachmentResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link CreateAttachmentResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class CreateAttachmentResponseCodec implements JsonCodec<CreateAttachmentResponse> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final CreateAttachmentResponseCodec INSTANCE = new CreateAttachmentResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("CreateAttachmentResponse")
      .add("id", JsonCodecs.STRING)
      .build();

  private CreateAttachmentResponseCodec() {
  }

  @Override
  public @Nullable CreateAttachmentResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, CreateAttachmentResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static CreateAttachmentResponse construct(@Nullable Object[] values) {
    return new CreateAttachmentResponse((String) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(CreateAttachmentResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id());
  }
}
