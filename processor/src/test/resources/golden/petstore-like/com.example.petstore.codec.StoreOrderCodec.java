package com.example.petstore.codec;

import com.example.petstore.model.StoreOrder;
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
 * Streaming JSON codec of {@link StoreOrder}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link StoreOrder#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class StoreOrderCodec implements JsonCodec<StoreOrder> {
  private static final SerializedString FIELD_ORDER_ID = new SerializedString("order_id");

  private static final SerializedString FIELD_PET_ID = new SerializedString("pet_id");

  private static final SerializedString FIELD_QUANTITY = new SerializedString("quantity");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ORDER_ID, FIELD_PET_ID, FIELD_QUANTITY};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final StoreOrderCodec INSTANCE = new StoreOrderCodec();

  private StoreOrderCodec() {
  }

  @Override
  public @Nullable StoreOrder read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "StoreOrder")) {
      return null;
    }
    String orderId = null;
    String petId = null;
    Integer quantity = null;
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
        case 0 -> orderId = JsonValues.readString(parser);
        case 1 -> petId = JsonValues.readString(parser);
        case 2 -> quantity = JsonValues.readInteger(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new StoreOrder(orderId, petId, quantity, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "order_id" -> 0;
      case "pet_id" -> 1;
      case "quantity" -> 2;
      default -> -1;
    };
  }

  @Override
  public void write(StoreOrder value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    String orderId = value.orderId();
    if (orderId != null) {
      generator.writeFieldName(FIELD_ORDER_ID);
      generator.writeString(orderId);
    }
    String petId = value.petId();
    if (petId != null) {
      generator.writeFieldName(FIELD_PET_ID);
      generator.writeString(petId);
    }
    Integer quantity = value.quantity();
    if (quantity != null) {
      generator.writeFieldName(FIELD_QUANTITY);
      generator.writeNumber(quantity.intValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
