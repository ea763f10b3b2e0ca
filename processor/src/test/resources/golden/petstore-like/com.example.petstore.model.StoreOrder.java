package com.example.petstore.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 订单 / an order
 *
 * @param orderId 订单 ID / order ID ({@code order_id})
 * @param petId 宠物 ID / pet ID ({@code pet_id})
 * @param quantity 数量 / quantity ({@code quantity})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record StoreOrder(@Nullable String orderId, @Nullable String petId,
    @Nullable Integer quantity, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("order_id", "pet_id", "quantity");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param orderId {@code order_id}
   * @param petId {@code pet_id}
   * @param quantity {@code quantity}
   * @param extraProperties unknown fields
   */
  public StoreOrder {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "StoreOrder");
  }

  /**
   * A builder with every component unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builder of {@link StoreOrder}.
   */
  public static final class Builder {
    private @Nullable String orderId;

    private @Nullable String petId;

    private @Nullable Integer quantity;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(StoreOrder source) {
      this.orderId = source.orderId();
      this.petId = source.petId();
      this.quantity = source.quantity();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link StoreOrder#orderId()}.
     *
     * @param orderId the value, or null to unset
     * @return this builder
     */
    public Builder orderId(@Nullable String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Sets {@link StoreOrder#petId()}.
     *
     * @param petId the value, or null to unset
     * @return this builder
     */
    public Builder petId(@Nullable String petId) {
      this.petId = petId;
      return this;
    }

    /**
     * Sets {@link StoreOrder#quantity()}.
     *
     * @param quantity the value, or null to unset
     * @return this builder
     */
    public Builder quantity(@Nullable Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@link StoreOrder#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link StoreOrder} of the components set so far.
     *
     * @return the value
     */
    public StoreOrder build() {
      return new StoreOrder(orderId, petId, quantity, extraProperties);
    }
  }
}
