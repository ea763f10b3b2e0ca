package com.example.petstore.codec;

import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

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
  private static final SerializedString FIELD_PET = new SerializedString("pet");

  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetPetResponseCodec INSTANCE = new GetPetResponseCodec();

  private GetPetResponseCodec() {
  }

  @Override
  public GetPetResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "GetPetResponse")) {
      return null;
    }
    Pet pet = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "pet" -> pet = PetCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new GetPetResponse(pet, extraProperties);
  }

  @Override
  public void write(GetPetResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    Pet pet = value.pet();
    if (pet != null) {
      generator.writeFieldName(FIELD_PET);
      PetCodec.INSTANCE.write(pet, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
