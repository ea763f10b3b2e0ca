package com.example.petstore.api;

import com.example.petstore.codec.ListStoreOrdersResponseCodec;
import com.example.petstore.model.ListStoreOrdersResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.annotations.GeneratedClient;
import javax.annotation.processing.Generated;

/**
 * The descriptors of the operations of {@link StoreOrdersApi} (route, codecs, rate limit, error codes),
 * which {@link DefaultStoreOrdersApi} hands to the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
final class StoreOrdersOperations {
  /**
   * 列出订单 / List orders:
   * {@code GET} {@code /open-apis/petstore/v1/store_orders}.
   */
  static final Operation<ListStoreOrdersRequest, ListStoreOrdersResponse> LIST_STORE_ORDERS = listStoreOrders();

  private StoreOrdersOperations() {
  }

  private static Operation<ListStoreOrdersRequest, ListStoreOrdersResponse> listStoreOrders() {
    return Operation.<ListStoreOrdersRequest, ListStoreOrdersResponse>builder(
            "petstore.v1.store_orders.list", HttpMethod.GET, "/open-apis/petstore/v1/store_orders")
        .encoder(ListStoreOrdersRequest.ENCODER)
        .dataReader(ListStoreOrdersResponseCodec.INSTANCE)
        .errorCodes(ErrorCodes.COMMON)
        .rateLimit(new RateLimit("listStoreOrders", 10))
        .build();
  }
}
