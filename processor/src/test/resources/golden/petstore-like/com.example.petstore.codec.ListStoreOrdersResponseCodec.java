package com.example.petstore.codec;

import com.example.petstore.model.ListStoreOrdersResponse;
import com.example.petstore.model.StoreOrder;
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
  /**
   * The codec; stateless and thread-safe.
   */
  public static final ListStoreOrdersResponseCodec INSTANCE = new ListStoreOrdersResponseCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("ListStoreOrdersResponse")
      .add("orders", JsonCodecs.listOf(StoreOrderCodec.INSTANCE))
      .add("total", JsonCodecs.LONG)
      .build();

  private ListStoreOrdersResponseCodec() {
  }

  @Override
  public @Nullable ListStoreOrdersResponse read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, ListStoreOrdersResponseCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static ListStoreOrdersResponse construct(@Nullable Object[] values) {
    return new ListStoreOrdersResponse((List<StoreOrder>) values[0], (Long) values[1],
        (Map<String, Object>) values[2]);
  }

  @Override
  public void write(ListStoreOrdersResponse value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.orders(), value.total());
  }
}
