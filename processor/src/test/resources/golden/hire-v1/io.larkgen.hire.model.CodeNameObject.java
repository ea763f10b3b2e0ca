package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 编码与名称 / code with a localized name
 *
 * @param code 编码 / code ({@code code})
 * @param name 名称 / name ({@code name})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record CodeNameObject(@Nullable String code, @Nullable I18n name,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("code", "name");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param code {@code code}
   * @param name {@code name}
   * @param extraProperties unknown fields
   */
  public CodeNameObject {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "CodeNameObject");
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
   * Builder of {@link CodeNameObject}.
   */
  public static final class Builder {
    private @Nullable String code;

    private @Nullable I18n name;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(CodeNameObject source) {
      this.code = source.code();
      this.name = source.name();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link CodeNameObject#code()}.
     *
     * @param code the value, or null to unset
     * @return this builder
     */
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /**
     * Sets {@link CodeNameObject#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link CodeNameObject#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link CodeNameObject} of the components set so far.
     *
     * @return the value
     */
    public CodeNameObject build() {
      return new CodeNameObject(code, name, extraProperties);
    }
  }
}
