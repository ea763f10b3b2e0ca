package com.example.petstore.codec;

import com.example.petstore.model.StoreOrder;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final StoreOrderCodec INSTANCE = new StoreOrderCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("StoreOrder")
      .add("order_id", JsonCodecs.STRING)
      .add("pet_id", JsonCodecs.STRING)
      .add("quantity", JsonCodecs.INTEGER)
      .build();

  private StoreOrderCodec() {
  }

  @Override
  public @Nullable StoreOrder read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, StoreOrderCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static StoreOrder construct(@Nullable Object[] values) {
    return new StoreOrder((String) values[0], (String) values[1], (Integer) values[2],
        (Map<String, Object>) values[3]);
  }

  @Override
  public void write(StoreOrder value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.orderId(), value.petId(),
        value.quantity());
  }
}
