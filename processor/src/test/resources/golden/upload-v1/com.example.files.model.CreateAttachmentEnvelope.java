package com.example.files.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The {@code CreateAttachmentEnvelope} object.
 *
 * @param code ({@code code})
 * @param msg ({@code msg})
 * @param data ({@code data})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public record CreateAttachmentEnvelope(@JsonProperty("code") Integer code,
    @JsonProperty("msg") String msg, @JsonProperty("data") CreateAttachmentResponse data,
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
  public CreateAttachmentEnvelope {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "CreateAttachmentEnvelope");
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
   * Builder of {@link CreateAttachmentEnvelope}.
   */
  public static final class Builder {
    private Integer code;

    private String msg;

    private CreateAttachmentResponse data;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(CreateAttachmentEnvelope source) {
      this.code = source.code();
      this.msg = source.msg();
      this.data = source.data();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link CreateAttachmentEnvelope#code()}.
     *
     * @param code the value, or null to unset
     * @return this builder
     */
    public Builder code(Integer code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentEnvelope#msg()}.
     *
     * @param msg the value, or null to unset
     * @return this builder
     */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentEnvelope#data()}.
     *
     * @param data the value, or null to unset
     * @return this builder
     */
    public Builder data(CreateAttachmentResponse data) {
      this.data = data;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentEnvelope#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link CreateAttachmentEnvelope} of the components set so far.
     *
     * @return the value
     */
    public CreateAttachmentEnvelope build() {
      return new CreateAttachmentEnvelope(code, msg, data, extraProperties);
    }
  }
}
