package com.example.petstore.api;

import com.example.petstore.codec.ListStoreOrdersResponseCodec;
import com.example.petstore.model.ListStoreOrdersResponse;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RateLimit;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * Operations on the {@code store_orders} resource.
 *
 * <p>Every method is one call to {@link LarkClient}; the constants describe each operation
 * (route, parameters, decoder, rate limit) for the runtime.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class StoreOrdersApi {
  /**
   * 列出订单 / List orders: {@code GET} {@code /open-apis/petstore/v1/store_orders}.
   */
  public static final Operation<ListStoreOrdersRequest, ListStoreOrdersResponse> LIST_STORE_ORDERS =
      Operation.<ListStoreOrdersRequest, ListStoreOrdersResponse>builder(
          "petstore.v1.store_orders.list", HttpMethod.GET, "/open-apis/petstore/v1/store_orders")
      .encoder(ListStoreOrdersRequest.ENCODER)
      .dataReader(ListStoreOrdersResponseCodec.INSTANCE)
      .errorCodes(ErrorCodes.COMMON)
      .rateLimit(new RateLimit("listStoreOrders", 10))
      .build();

  private final LarkClient client;

  /**
   * A service sending through {@code client}.
   *
   * @param client the client
   */
  public StoreOrdersApi(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
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
  public ListStoreOrdersResponse list(ListStoreOrdersRequest request) {
    return client.execute(LIST_STORE_ORDERS, request);
  }

  /**
   * {@link #list(ListStoreOrdersRequest)} with per-call options.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}
   */
  public ListStoreOrdersResponse list(ListStoreOrdersRequest request, RequestOptions options) {
    return client.execute(LIST_STORE_ORDERS, request, options);
  }

  /**
   * {@link #list(ListStoreOrdersRequest)} without blocking the caller.
   *
   * @param request the request
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<ListStoreOrdersResponse> listAsync(ListStoreOrdersRequest request) {
    return client.executeAsync(LIST_STORE_ORDERS, request);
  }

  /**
   * {@link #list(ListStoreOrdersRequest, RequestOptions)} without blocking the caller.
   *
   * @param request the request
   * @param options per-call options
   * @return the response {@code data}, when it arrives
   */
  public CompletableFuture<ListStoreOrdersResponse> listAsync(ListStoreOrdersRequest request,
      RequestOptions options) {
    return client.executeAsync(LIST_STORE_ORDERS, request, options);
  }
}
