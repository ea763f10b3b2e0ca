package com.example.petstore.codec;

import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
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
 * Streaming JSON codec of {@link GetPetResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link GetPetResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class GetPetResponseCodec implements JsonCodec<GetPetResponse> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetPetResponseCodec INSTANCE = new GetPetResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("GetPetResponse")
      .add("pet", PetCodec.INSTANCE)
      .build();

  private GetPetResponseCodec() {
  }

  @Override
  public @Nullable GetPetResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, GetPetResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static GetPetResponse construct(@Nullable Object[] values) {
    return new GetPetResponse((Pet) values[0], (Map<String, Object>) values[1]);
  }

  @Override
  public void write(GetPetResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.pet());
  }
}
