package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 能力项 / ability
 *
 * @param id 能力项 ID / ability ID ({@code id}; required by the spec)
 * @param name 能力项名称 / ability name ({@code name})
 * @param description 能力项描述 / ability description ({@code description})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record Ability(@Nullable String id, @Nullable I18n name, @Nullable I18n description,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name", "description");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param description {@code description}
   * @param extraProperties unknown fields
   */
  public Ability {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Ability");
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
   * Builder of {@link Ability}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable I18n description;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Ability source) {
      this.id = source.id();
      this.name = source.name();
      this.description = source.description();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Ability#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Ability#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Ability#description()}.
     *
     * @param description the value, or null to unset
     * @return this builder
     */
    public Builder description(@Nullable I18n description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@link Ability#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Ability} of the components set so far.
     *
     * @return the value
     */
    public Ability build() {
      return new Ability(id, name, description, extraProperties);
    }
  }
}
