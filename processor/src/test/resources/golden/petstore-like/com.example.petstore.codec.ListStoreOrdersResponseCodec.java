package com.example.petstore.codec;

import com.example.petstore.model.ListStoreOrdersResponse;
import com.example.petstore.model.StoreOrder;
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
 * Streaming JSON codec of {@link ListStoreOrdersResponse}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link ListStoreOrdersResponse#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class ListStoreOrdersResponseCodec implements JsonCodec<ListStoreOrdersResponse> {
  private static final SerializedString FIELD_ORDERS = new SerializedString("orders");

  private static final SerializedString FIELD_TOTAL = new SerializedString("total");

  /**
   * The known field names in spec order, the order in which servers send them.
   */
  private static final SerializedString[] FIELDS = {FIELD_ORDERS, FIELD_TOTAL};

  /**
   * The codec; stateless and thread-safe.
   */
  public static final ListStoreOrdersResponseCodec INSTANCE = new ListStoreOrdersResponseCodec();

  private ListStoreOrdersResponseCodec() {
  }

  @Override
  public @Nullable ListStoreOrdersResponse read(JsonParser parser) throws IOException {
    if (!JsonValues.startObject(parser, "ListStoreOrdersResponse")) {
      return null;
    }
    List<StoreOrder> orders = null;
    Long total = null;
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
        case 0 -> orders = JsonValues.readList(parser, StoreOrderCodec.INSTANCE);
        case 1 -> total = JsonValues.readLong(parser);
        default -> extraProperties = JsonValues.putExtra(extraProperties, parser.currentName(),
            JsonValues.readValue(parser));
      }
      if (field >= 0) {
        next = field + 1;
      }
    }
    return new ListStoreOrdersResponse(orders, total, extraProperties);
  }

  private static int fieldIndex(String name) {
    return switch (name) {
      case "orders" -> 0;
      case "total" -> 1;
      default -> -1;
    };
  }

  @Override
  public void write(ListStoreOrdersResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    List<StoreOrder> orders = value.orders();
    if (!orders.isEmpty()) {
      generator.writeFieldName(FIELD_ORDERS);
      JsonValues.writeList(orders, StoreOrderCodec.INSTANCE, generator);
    }
    Long total = value.total();
    if (total != null) {
      generator.writeFieldName(FIELD_TOTAL);
      generator.writeNumber(total.longValue());
    }
    JsonValues.writeExtra(value.extraProperties(), generator);
    generator.writeEndObject();
  }
}
