package com.example.petstore;

import com.example.petstore.api.PetsApi;
import com.example.petstore.api.StoreOrdersApi;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Version {@code v1} of {@link Petstore}: one service per resource.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public final class PetstoreV1 {
  private final PetsApi pets;

  private final StoreOrdersApi storeOrders;

  /**
   * Resources sending through {@code client}.
   *
   * @param client the client
   */
  public PetstoreV1(LarkClient client) {
    Objects.requireNonNull(client, "client");
    this.pets = PetsApi.create(client);
    this.storeOrders = StoreOrdersApi.create(client);
  }

  /**
   * Operations on {@code pets}.
   *
   * @return the service
   */
  public PetsApi pets() {
    return pets;
  }

  /**
   * Operations on {@code store_orders}.
   *
   * @return the service
   */
  public StoreOrdersApi storeOrders() {
    return storeOrders;
  }
}
