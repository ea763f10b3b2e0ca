package com.example.petstore.codec;

import com.example.petstore.model.GetPetResponse;
import com.example.petstore.model.Pet;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_PET = new SerializedString("pet");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_PET};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final GetPetResponseCodec INSTANCE = new GetPetResponseCodec();

  private GetPetResponseCodec() {
  }

  @Override
  public @Nullable GetPetResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "GetPetResponse")) {
      return null;
    }
    Pet pet = null;
    Map<String, Object> extraProperties = null;
    // Each name is first compared, as bytes, with the field expected next in spec order;
    // only a name out of that order is decoded and looked up.
    int next = 0;
    while (true) {
      int field;
      if (next < FIELDS.length && parser.nextFieldName(FIELDS[next])) {
        field = next;
      } else {
        if (next == FIELDS.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        field = fieldIndex(parser.currentName());
      }
      parser.nextToken();
      switch (field) {
        case 0 -> pet = PetCodec.INSTANCE.read(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new GetPetResponse(pet, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "pet" -> 0;
      default -> -1;
    };
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
