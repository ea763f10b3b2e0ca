package com.example.petstore.codec;

import com.example.petstore.model.I18n;
import com.example.petstore.model.Owner;
import com.example.petstore.model.Pet;
import com.example.petstore.model.PetKind;
import com.example.petstore.model.PetStatus;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonValues;
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
  private static final SerializedString FIELD_ID = new SerializedString("id");

  private static final SerializedString FIELD_NAME = new SerializedString("name");

  private static final SerializedString FIELD_AGE = new SerializedString("age");

  private static final SerializedString FIELD_WEIGHT = new SerializedString("weight");

  private static final SerializedString FIELD_CHIP_NUMBER = new SerializedString("chip_number");

  private static final SerializedString FIELD_VACCINATED = new SerializedString("vaccinated");

  private static final SerializedString FIELD_BORN_TIME = new SerializedString("born_time");

  private static final SerializedString FIELD_ADOPT_TIME = new SerializedString("adopt_time");

  private static final SerializedString FIELD_CLASS = new SerializedString("class");

  private static final SerializedString FIELD_DEFAULT = new SerializedString("default");

  private static final SerializedString FIELD_STATUS = new SerializedString("status");

  private static final SerializedString FIELD_KIND = new SerializedString("kind");

  private static final SerializedString FIELD_TAGS = new SerializedString("tags");

  private static final SerializedString FIELD_PAST_STATUSES = new SerializedString("past_statuses");

  private static final SerializedString FIELD_OWNER = new SerializedString("owner");

  private static final SerializedString FIELD_FRIENDS = new SerializedString("friends");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ID, FIELD_NAME, FIELD_AGE, FIELD_WEIGHT,
      FIELD_CHIP_NUMBER, FIELD_VACCINATED, FIELD_BORN_TIME, FIELD_ADOPT_TIME, FIELD_CLASS,
      FIELD_DEFAULT, FIELD_STATUS, FIELD_KIND, FIELD_TAGS, FIELD_PAST_STATUSES, FIELD_OWNER,
      FIELD_FRIENDS};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final PetCodec INSTANCE = new PetCodec();

  private PetCodec() {
  }

  @Override
  public @Nullable Pet read(JsonParser parser) throws IOException {
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
        case 0 -> id = JsonValues.readString(parser);
        case 1 -> name = I18nCodec.INSTANCE.read(parser);
        case 2 -> age = JsonValues.readInteger(parser);
        case 3 -> weight = JsonValues.readDouble(parser);
        case 4 -> chipNumber = JsonValues.readLong(parser);
        case 5 -> vaccinated = JsonValues.readBoolean(parser);
        case 6 -> bornTime = JsonValues.readLong(parser);
        case 7 -> adoptTime = JsonValues.readString(parser);
        case 8 -> class_ = JsonValues.readString(parser);
        case 9 -> default_ = JsonValues.readBoolean(parser);
        case 10 -> status = JsonValues.readIntEnum(parser, PetStatus::of);
        case 11 -> kind = JsonValues.readStringEnum(parser, PetKind::of);
        case 12 -> tags = JsonValues.readList(parser, JsonValues::readString);
        case 13 -> pastStatuses =
            JsonValues.readList(parser, p -> JsonValues.readIntEnum(p, PetStatus::of));
        case 14 -> owner = OwnerCodec.INSTANCE.read(parser);
        case 15 -> friends = JsonValues.readList(parser, OwnerCodec.INSTANCE);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new Pet(id, name, age, weight, chipNumber, vaccinated, bornTime, adoptTime, class_,
        default_, status, kind, tags, pastStatuses, owner, friends, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "id" -> 0;
      case "name" -> 1;
      case "age" -> 2;
      case "weight" -> 3;
      case "chip_number" -> 4;
      case "vaccinated" -> 5;
      case "born_time" -> 6;
      case "adopt_time" -> 7;
      case "class" -> 8;
      case "default" -> 9;
      case "status" -> 10;
      case "kind" -> 11;
      case "tags" -> 12;
      case "past_statuses" -> 13;
      case "owner" -> 14;
      case "friends" -> 15;
      default -> -1;
    };
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
      generator.writeFieldName(FIELD_ID);
      generator.writeString(id);
    }
    I18n name = value.name();
    if (name != null) {
      generator.writeFieldName(FIELD_NAME);
      I18nCodec.INSTANCE.write(name, generator);
    }
    Integer age = value.age();
    if (age != null) {
      generator.writeFieldName(FIELD_AGE);
      generator.writeNumber(age.intValue());
    }
    Double weight = value.weight();
    if (weight != null) {
      generator.writeFieldName(FIELD_WEIGHT);
      generator.writeNumber(weight.doubleValue());
    }
    Long chipNumber = value.chipNumber();
    if (chipNumber != null) {
      generator.writeFieldName(FIELD_CHIP_NUMBER);
      generator.writeNumber(chipNumber.longValue());
    }
    Boolean vaccinated = value.vaccinated();
    if (vaccinated != null) {
      generator.writeFieldName(FIELD_VACCINATED);
      generator.writeBoolean(vaccinated.booleanValue());
    }
    Long bornTime = value.bornTime();
    if (bornTime != null) {
      generator.writeFieldName(FIELD_BORN_TIME);
      generator.writeNumber(bornTime.longValue());
    }
    String adoptTime = value.adoptTime();
    if (adoptTime != null) {
      generator.writeFieldName(FIELD_ADOPT_TIME);
      generator.writeString(adoptTime);
    }
    String class_ = value.class_();
    if (class_ != null) {
      generator.writeFieldName(FIELD_CLASS);
      generator.writeString(class_);
    }
    Boolean default_ = value.default_();
    if (default_ != null) {
      generator.writeFieldName(FIELD_DEFAULT);
      generator.writeBoolean(default_.booleanValue());
    }
    PetStatus status = value.status();
    if (status != null) {
      generator.writeFieldName(FIELD_STATUS);
      generator.writeNumber(status.code());
    }
    PetKind kind = value.kind();
    if (kind != null) {
      generator.writeFieldName(FIELD_KIND);
      generator.writeString(kind.value());
    }
    List<String> tags = value.tags();
    if (!tags.isEmpty()) {
      generator.writeFieldName(FIELD_TAGS);
      JsonValues.writeList(tags, JsonValues::writeString, generator);
    }
    List<PetStatus> pastStatuses = value.pastStatuses();
    if (!pastStatuses.isEmpty()) {
      generator.writeFieldName(FIELD_PAST_STATUSES);
      JsonValues.writeList(pastStatuses, (e, g) -> g.writeNumber(e.code()), generator);
    }
    Owner owner = value.owner();
    if (owner != null) {
      generator.writeFieldName(FIELD_OWNER);
      OwnerCodec.INSTANCE.write(owner, generator);
    }
    List<Owner> friends = value.friends();
    if (!friends.isEmpty()) {
      generator.writeFieldName(FIELD_FRIENDS);
      JsonValues.writeList(friends, OwnerCodec.INSTANCE, generator);
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
