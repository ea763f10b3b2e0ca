package com.example.notes.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The {@code DeleteNoteEnvelope} object.
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
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record DeleteNoteEnvelope(@JsonProperty("code") Integer code,
    @JsonProperty("msg") String msg, @JsonProperty("data") DeleteNoteResponse data,
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
  public DeleteNoteEnvelope {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "DeleteNoteEnvelope");
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
   * Builder of {@link DeleteNoteEnvelope}.
   */
  public static final class Builder {
    private Integer code;

    private String msg;

    private DeleteNoteResponse data;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(DeleteNoteEnvelope source) {
      this.code = source.code();
      this.msg = source.msg();
      this.data = source.data();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link DeleteNoteEnvelope#code()}.
     *
     * @param code the value, or null to unset
     * @return this builder
     */
    public Builder code(Integer code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link DeleteNoteEnvelope#msg()}.
     *
     * @param msg the value, or null to unset
     * @return this builder
     */
    public Builder msg(String msg) {
      this.msg = msg;
      return this;
    }

    /**
     * Sets {@link DeleteNoteEnvelope#data()}.
     *
     * @param data the value, or null to unset
     * @return this builder
     */
    public Builder data(DeleteNoteResponse data) {
      this.data = data;
      return this;
    }

    /**
     * Sets {@link DeleteNoteEnvelope#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link DeleteNoteEnvelope} of the components set so far.
     *
     * @return the value
     */
    public DeleteNoteEnvelope build() {
      return new DeleteNoteEnvelope(code, msg, data, extraProperties);
    }
  }
}
