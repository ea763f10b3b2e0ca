package com.example.petstore.codec;

import com.example.petstore.model.I18n;
import com.example.petstore.model.Owner;
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
 * Streaming JSON codec of {@link Owner}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Owner#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class OwnerCodec implements JsonCodec<Owner> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final OwnerCodec INSTANCE = new OwnerCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Owner")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .build();

  private OwnerCodec() {
  }

  @Override
  public @Nullable Owner read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, OwnerCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Owner construct(@Nullable Object[] values) {
    return new Owner((String) values[0], (I18n) values[1], (Map<String, Object>) values[2]);
  }

  @Override
  public void write(Owner value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name());
  }
}
