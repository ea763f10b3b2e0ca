package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * ID 与名称 / ID with a localized name
 *
 * @param id 标识，用户 ID 与入参 user_id_type 类型一致 / ID; user IDs follow user_id_type ({@code id})
 * @param name 名称 / name ({@code name})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record IdNameObject(@Nullable String id, @Nullable I18n name,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param extraProperties unknown fields
   */
  public IdNameObject {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "IdNameObject");
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
   * Builder of {@link IdNameObject}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(IdNameObject source) {
      this.id = source.id();
      this.name = source.name();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link IdNameObject#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link IdNameObject#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link IdNameObject#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link IdNameObject} of the components set so far.
     *
     * @return the value
     */
    public IdNameObject build() {
      return new IdNameObject(id, name, extraProperties);
    }
  }
}
