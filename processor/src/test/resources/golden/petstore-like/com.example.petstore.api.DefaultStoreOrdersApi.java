package com.example.petstore.api;

import com.example.petstore.model.ListStoreOrdersResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * {@link StoreOrdersApi} sending every call through a {@link LarkClient}, with the descriptors of
 * {@link StoreOrdersOperations}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
final class DefaultStoreOrdersApi implements StoreOrdersApi {
  private final LarkClient client;

  DefaultStoreOrdersApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public ListStoreOrdersResponse list(ListStoreOrdersRequest request, RequestOptions options) {
    return client.execute(StoreOrdersOperations.LIST_STORE_ORDERS, request, options);
  }

  @Override
  public CompletableFuture<ListStoreOrdersResponse> listAsync(ListStoreOrdersRequest request,
      RequestOptions options) {
    return client.executeAsync(StoreOrdersOperations.LIST_STORE_ORDERS, request, options);
  }
}
