package com.example.petstore.api;

import com.example.petstore.model.ListStoreOrdersResponse;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code store_orders} resource.
 *
 * <p>{@link #create(LarkClient)} sends each call through a {@link LarkClient}. Per call shape
 * (blocking, asynchronous, paged) one method is abstract and every overload is a default
 * method ending in it, so a test double implements those alone.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public interface StoreOrdersApi {
  /**
   * The service sending through {@code client}.
   *
   * @param client the client
   * @return the service
   */
  static StoreOrdersApi create(LarkClient client) {
    return new DefaultStoreOrdersApi(client);
  }

  /**
   * 列出订单 / List orders.
   *
   * <ul>
   *   <li>HTTP: {@code GET} {@code /open-apis/petstore/v1/store_orders}
   *   <li>Rate limit: 10 requests per second (budget {@code listStoreOrders})
   *   <li>Access tokens: {@code tenant_access_token}
   *   <li>Scopes (any one of): {@code petstore:order:readonly}
   *   <li>App types: {@code custom}
   * </ul>
   *
   * @param request the request
   * @return the response {@code data}
   */
  default ListStoreOrdersResponse list(ListStoreOrdersRequest request) {
    return list(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListStoreOrdersRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  ListStoreOrdersResponse list(ListStoreOrdersRequest request, RequestOptions options);

  /**
   * {@link #list(ListStoreOrdersRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  default CompletableFuture<ListStoreOrdersResponse> listAsync(ListStoreOrdersRequest request) {
    return listAsync(request, RequestOptions.DEFAULT);
  }

  /**
   * {@link #list(ListStoreOrdersRequest)} without blocking the caller,
   * with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  CompletableFuture<ListStoreOrdersResponse> listAsync(ListStoreOrdersRequest request,
      RequestOptions options);
}
