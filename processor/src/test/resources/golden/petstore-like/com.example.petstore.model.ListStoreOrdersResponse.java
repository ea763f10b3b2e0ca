package com.example.petstore.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 列出订单的数据 / data of list orders
 *
 * @param orders 订单 / orders ({@code orders}; never null, empty when absent)
 * @param total 总数 / total ({@code total})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record ListStoreOrdersResponse(List<StoreOrder> orders, @Nullable Long total,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("orders", "total");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param orders {@code orders}
   * @param total {@code total}
   * @param extraProperties unknown fields
   */
  public ListStoreOrdersResponse {
    orders = orders == null ? List.of() : List.copyOf(orders);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "ListStoreOrdersResponse");
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
   * Builder of {@link ListStoreOrdersResponse}.
   */
  public static final class Builder {
    private @Nullable List<StoreOrder> orders;

    private @Nullable Long total;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(ListStoreOrdersResponse source) {
      this.orders = source.orders();
      this.total = source.total();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link ListStoreOrdersResponse#orders()}.
     *
     * @param orders the value, or null to unset
     * @return this builder
     */
    public Builder orders(@Nullable List<StoreOrder> orders) {
      this.orders = orders;
      return this;
    }

    /**
     * Sets {@link ListStoreOrdersResponse#total()}.
     *
     * @param total the value, or null to unset
     * @return this builder
     */
    public Builder total(@Nullable Long total) {
      this.total = total;
      return this;
    }

    /**
     * Sets {@link ListStoreOrdersResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link ListStoreOrdersResponse} of the components set so far.
     *
     * @return the value
     */
    public ListStoreOrdersResponse build() {
      return new ListStoreOrdersResponse(orders, total, extraProperties);
    }
  }
}
