package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * 列出订单的应答 / response of list orders
 *
 * @param code 错误码 / error code ({@code code}; required by the spec)
 * @param msg 错误描述 / error message ({@code msg}; required by the spec)
 * @param data ({@code data})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record ListStoreOrdersEnvelope(@JsonProperty("code") Integer code,
    @JsonProperty("msg") String msg, @JsonProperty("data") ListStoreOrdersResponse data,
    @JsonIgnore Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("code", "msg", "data");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param code {@code code}
   * @param msg {@code msg}
   * @param data {@code data}
   * @param extraProperties unknown fields
   */
  public ListStoreOrdersEnvelope {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "ListStoreOrdersEnvelope");
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
   * Builder of {@link ListStoreOrdersEnvelope}.
   */
  public static final class Builder {
    private Integer code;

    private String msg;

    private ListStoreOrdersResponse data;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(ListStoreOrdersEnvelope source) {
      this.code = source.code();
      this.msg = source.msg();
      this.data = source.data();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link ListStoreOrdersEnvelope#code()}.
     *
     * @param code the value, or null to unset
     * @return this builder
     */
    public Builder code(Integer code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link ListStoreOrdersEnvelope#msg()}.
     *
     * @param msg the value, or null to unset
     * @return this builder
     */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /**
     * Sets {@link ListStoreOrdersEnvelope#data()}.
     *
     * @param data the value, or null to unset
     * @return this builder
     */
    public Builder data(ListStoreOrdersResponse data) {
      this.data = data;
      return this;
    }

    /**
     * Sets {@link ListStoreOrdersEnvelope#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link ListStoreOrdersEnvelope} of the components set so far.
     *
     * @return the value
     */
    public ListStoreOrdersEnvelope build() {
      return new ListStoreOrdersEnvelope(code, msg, data, extraProperties);
    }
  }
}
