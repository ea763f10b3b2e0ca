package com.example.petstore;

import com.example.petstore.api.PetsApi;
import com.example.petstore.api.StoreOrdersApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Petstore}: one service per resource.
 *
 * <p>A service is a stateless view of the client: each accessor creates it when called, so
 * an application loads the classes of the resources it uses only.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class PetstoreV1 {
  private final LarkClient client;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public PetstoreV1(LarkClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Operations on {@code pets}.
   *
   * @return the service
   */
  public PetsApi pets() {
    return PetsApi.create(client);
  }

  /**
   * Operations on {@code store_orders}.
   *
   * @return the service
   */
  public StoreOrdersApi storeOrders() {
    return StoreOrdersApi.create(client);
  }
}
