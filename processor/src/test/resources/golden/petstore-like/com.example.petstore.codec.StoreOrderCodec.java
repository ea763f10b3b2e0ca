package com.example.petstore.codec;

import com.example.petstore.model.StoreOrder;
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
   * The codec; stateless and thread-safe.
   */
  public static final StoreOrderCodec INSTANCE = new StoreOrderCodec();

  private StoreOrderCodec() {
  }

  @Override
  public StoreOrder read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "StoreOrder")) {
      return null;
    }
    String orderId = null;
    String petId = null;
    Integer quantity = null;
    Map<String, Object> extraProperties = null;
    String field;
    while ((field = parser.nextFieldName()) != null) {
      parser.nextToken();
      switch (field) {
        case "order_id" -> orderId = JsonValues.readString(parser);
        case "pet_id" -> petId = JsonValues.readString(parser);
        case "quantity" -> quantity = JsonValues.readInteger(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, field, JsonValues.readValue(parser));
      }
    }
    return new StoreOrder(orderId, petId, quantity, extraProperties);
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
