package com.example.petstore.codec;

import com.example.petstore.model.I18n;
import com.example.petstore.model.Owner;
import com.example.petstore.model.Pet;
import com.example.petstore.model.PetKind;
import com.example.petstore.model.PetStatus;
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
 * Streaming JSON codec of {@link Pet}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link Pet#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class PetCodec implements JsonCodec<Pet> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final PetCodec INSTANCE = new PetCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("Pet")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .add("age", JsonCodecs.INTEGER)
      .add("weight", JsonCodecs.DOUBLE)
      .add("chip_number", JsonCodecs.LONG)
      .add("vaccinated", JsonCodecs.BOOLEAN)
      .add("born_time", JsonCodecs.LONG)
      .add("adopt_time", JsonCodecs.STRING)
      .add("class", JsonCodecs.STRING)
      .add("default", JsonCodecs.BOOLEAN)
      .add("status", JsonCodecs.intEnum(PetStatus::of, PetStatus::code))
      .add("kind", JsonCodecs.stringEnum(PetKind::of, PetKind::value))
      .add("tags", JsonCodecs.listOf(JsonCodecs.STRING))
      .add("past_statuses", JsonCodecs.listOf(JsonCodecs.intEnum(PetStatus::of, PetStatus::code)))
      .add("owner", OwnerCodec.INSTANCE)
      .add("friends", JsonCodecs.listOf(OwnerCodec.INSTANCE))
      .build();

  private PetCodec() {
  }

  @Override
  public @Nullable Pet read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, PetCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static Pet construct(@Nullable Object[] values) {
    return new Pet((String) values[0], (I18n) values[1], (Integer) values[2], (Double) values[3],
        (Long) values[4], (Boolean) values[5], (Long) values[6], (String) values[7],
        (String) values[8], (Boolean) values[9], (PetStatus) values[10], (PetKind) values[11],
        (List<String>) values[12], (List<PetStatus>) values[13], (Owner) values[14],
        (List<Owner>) values[15], (Map<String, Object>) values[16]);
  }

  @Override
  public void write(Pet value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name(), value.age(),
        value.weight(), value.chipNumber(), value.vaccinated(), value.bornTime(), value.adoptTime(),
        value.class_(), value.default_(), value.status(), value.kind(), value.tags(),
        value.pastStatuses(), value.owner(), value.friends());
  }
}
