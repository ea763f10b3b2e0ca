package io.larkgen.hire.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * 错误应答（code 非 0） / error answer (code is not 0)
 *
 * @param code 错误码，非 0 表示失败 / error code, not 0 on failure ({@code code}; required by the spec)
 * @param msg 错误描述 / error message ({@code msg}; required by the spec)
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record ErrorEnvelope(@JsonProperty("code") Integer code, @JsonProperty("msg") String msg,
    @JsonIgnore Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("code", "msg");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param code {@code code}
   * @param msg {@code msg}
   * @param extraProperties unknown fields
   */
  public ErrorEnvelope {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "ErrorEnvelope");
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
   * Builder of {@link ErrorEnvelope}.
   */
  public static final class Builder {
    private Integer code;

    private String msg;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(ErrorEnvelope source) {
      this.code = source.code();
      this.msg = source.msg();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link ErrorEnvelope#code()}.
     *
     * @param code the value, or null to unset
     * @return this builder
     */
    public Builder code(Integer code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link ErrorEnvelope#msg()}.
     *
     * @param msg the value, or null to unset
     * @return this builder
     */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /**
     * Sets {@link ErrorEnvelope#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link ErrorEnvelope} of the components set so far.
     *
     * @return the value
     */
    public ErrorEnvelope build() {
      return new ErrorEnvelope(code, msg, extraProperties);
    }
  }
}
