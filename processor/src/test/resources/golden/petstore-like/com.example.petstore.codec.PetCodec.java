package com.example.petstore.codec;

import com.example.petstore.model.I18n;
import com.example.petstore.model.Owner;
import com.example.petstore.model.Pet;
import com.example.petstore.model.PetKind;
import com.example.petstore.model.PetStatus;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

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

  private PetCodec() {
  }

  @Override
  public Pet read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "Pet")) {
      return null;
    }
    String id = null;
    I18n name = null;
    Integer age = null;
    Double weight = null;
    Long chipNumber = null;
    Boolean vaccinated = null;
    Long bornTime = null;
    String adoptTime = null;
    String class_ = null;
    Boolean default_ = null;
    PetStatus status = null;
    PetKind kind = null;
    List<String> tags = null;
    List<PetStatus> pastStatuses = null;
    Owner owner = null;
    List<Owner> friends = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "id" -> id = JsonValues.readString(parser);
        case "name" -> name = I18nCodec.INSTANCE.read(parser);
        case "age" -> age = JsonValues.readInteger(parser);
        case "weight" -> weight = JsonValues.readDouble(parser);
        case "chip_number" -> chipNumber = JsonValues.readLong(parser);
        case "vaccinated" -> vaccinated = JsonValues.readBoolean(parser);
        case "born_time" -> bornTime = JsonValues.readLong(parser);
        case "adopt_time" -> adoptTime = JsonValues.readString(parser);
        case "class" -> class_ = JsonValues.readString(parser);
        case "default" -> default_ = JsonValues.readBoolean(parser);
        case "status" -> status = parser.currentToken() == JsonToken.VALUE_NULL ? null : PetStatus.of(parser.getIntValue());
        case "kind" -> kind = parser.currentToken() == JsonToken.VALUE_NULL ? null : PetKind.of(parser.getText());
        case "tags" -> tags = JsonValues.readList(parser, JsonValues::readString);
        case "past_statuses" -> pastStatuses = JsonValues.readList(parser, p -> PetStatus.of(p.getIntValue()));
        case "owner" -> owner = OwnerCodec.INSTANCE.read(parser);
        case "friends" -> friends = JsonValues.readList(parser, OwnerCodec.INSTANCE);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new Pet(id, name, age, weight, chipNumber, vaccinated, bornTime, adoptTime, class_, default_, status, kind, tags, pastStatuses, owner, friends, extraProperties);
  }

  @Override
  public void write(Pet value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String id = value.id();
    if (id != null) {
      generator.writeStringField("id", id);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName("name");
      I18nCodec.INSTANCE.write(name, generator);
    }
    Integer age = value.age();
    if (age != null) {
      generator.writeNumberField("age", age.intValue());
    }
    Double weight = value.weight();
    if (weight != null) {
      generator.writeNumberField("weight", weight.doubleValue());
    }
    Long chipNumber = value.chipNumber();
    if (chipNumber != null) {
      generator.writeNumberField("chip_number", chipNumber.longValue());
    }
    Boolean vaccinated = value.vaccinated();
    if (vaccinated != null) {
      generator.writeBooleanField("vaccinated", vaccinated.booleanValue());
    }
    Long bornTime = value.bornTime();
    if (bornTime != null) {
      generator.writeNumberField("born_time", bornTime.longValue());
    }
    String adoptTime = value.adoptTime();
    if (adoptTime != null) {
      generator.writeStringField("adopt_time", adoptTime);
    }
    String class_ = value.class_();
    if (class_ != null) {
      generator.writeStringField("class", class_);
    }
    Boolean default_ = value.default_();
    if (default_ != null) {
      generator.writeBooleanField("default", default_.booleanValue());
    }
    PetStatus status = value.status();
    if (status != null) {
      generator.writeNumberField("status", status.code());
    }
    PetKind kind = value.kind();
    if (kind != null) {
      generator.writeStringField("kind", kind.value());
    }
    List<String> tags = value.tags();
    if (!tags.isEmpty()) {
      generator.writeFieldName("tags");
      JsonValues.writeList(tags, JsonValues::writeString, generator);
    }
    List<PetStatus> pastStatuses = value.pastStatuses();
    if (!pastStatuses.isEmpty()) {
      generator.writeFieldName("past_statuses");
      JsonValues.writeList(pastStatuses, (e, g) -> g.writeNumber(e.code()), generator);
    }
    Owner owner = value.owner();
    if (owner != null) {
      generator.writeFieldName("owner");
      OwnerCodec.INSTANCE.write(owner, generator);
    }
    List<Owner> friends = value.friends();
    if (!friends.isEmpty()) {
      generator.writeFieldName("friends");
      JsonValues.writeList(friends, OwnerCodec.INSTANCE, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
