package com.example.petstore.api;

import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link StoreOrdersApi#list}: 列出订单 / List orders.
 *
 * <p>{@code GET} {@code /open-apis/petstore/v1/store_orders}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param orderSize 订单数量 / number of orders (query {@code order_size}; required; minimum 1; maximum 500)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record ListStoreOrdersRequest(Long orderSize) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<ListStoreOrdersRequest> ENCODER = ListStoreOrdersRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param orderSize {@code order_size}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public ListStoreOrdersRequest {
    if (orderSize == null) {
      throw new LarkRequestValidationException("order_size", LarkRequestValidationException.Rule.REQUIRED,
          "required query parameter is not set");
    }
    if (orderSize != null && orderSize.longValue() < 1L) {
      throw new LarkRequestValidationException("order_size", LarkRequestValidationException.Rule.MINIMUM, orderSize
          + " is less than the minimum 1");
    }
    if (orderSize != null && orderSize.longValue() > 500L) {
      throw new LarkRequestValidationException("order_size", LarkRequestValidationException.Rule.MAXIMUM, orderSize
          + " is greater than the maximum 500");
    }
  }

  /**
   * A builder with every parameter unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void encode(ListStoreOrdersRequest request, RequestParams params) {
    params.query("order_size", request.orderSize());
  }

  /**
   * Builder of {@link ListStoreOrdersRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable Long orderSize;

    private Builder() {
    }

    private Builder(ListStoreOrdersRequest source) {
      this.orderSize = source.orderSize();
    }

    /**
     * Sets {@link ListStoreOrdersRequest#orderSize()}: {@code order_size}.
     *
     * @param orderSize the value, or null to unset
     * @return this builder
     */
    public Builder orderSize(@Nullable Long orderSize) {
      this.orderSize = orderSize;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public ListStoreOrdersRequest build() {
      return new ListStoreOrdersRequest(orderSize);
    }
  }
}
