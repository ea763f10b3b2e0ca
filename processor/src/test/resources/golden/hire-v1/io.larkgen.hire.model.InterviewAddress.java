package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 面试地点 / interview address
 *
 * @param id 地址 ID / address ID ({@code id})
 * @param name 地址名称 / address name ({@code name})
 * @param district 区域 / district ({@code district})
 * @param city 城市 / city ({@code city})
 * @param state 省 / state or province ({@code state})
 * @param country 国家 / country ({@code country})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record InterviewAddress(@Nullable String id, @Nullable I18n name,
    @Nullable CodeNameObject district, @Nullable CodeNameObject city,
    @Nullable CodeNameObject state, @Nullable CodeNameObject country,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name", "district", "city", "state",
      "country");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param district {@code district}
   * @param city {@code city}
   * @param state {@code state}
   * @param country {@code country}
   * @param extraProperties unknown fields
   */
  public InterviewAddress {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "InterviewAddress");
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
   * Builder of {@link InterviewAddress}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable CodeNameObject district;

    private @Nullable CodeNameObject city;

    private @Nullable CodeNameObject state;

    private @Nullable CodeNameObject country;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(InterviewAddress source) {
      this.id = source.id();
      this.name = source.name();
      this.district = source.district();
      this.city = source.city();
      this.state = source.state();
      this.country = source.country();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link InterviewAddress#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#district()}.
     *
     * @param district the value, or null to unset
     * @return this builder
     */
    public Builder district(@Nullable CodeNameObject district) {
      this.district = district;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#city()}.
     *
     * @param city the value, or null to unset
     * @return this builder
     */
    public Builder city(@Nullable CodeNameObject city) {
      this.city = city;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#state()}.
     *
     * @param state the value, or null to unset
     * @return this builder
     */
    public Builder state(@Nullable CodeNameObject state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#country()}.
     *
     * @param country the value, or null to unset
     * @return this builder
     */
    public Builder country(@Nullable CodeNameObject country) {
      this.country = country;
      return this;
    }

    /**
     * Sets {@link InterviewAddress#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link InterviewAddress} of the components set so far.
     *
     * @return the value
     */
    public InterviewAddress build() {
      return new InterviewAddress(id, name, district, city, state, country, extraProperties);
    }
  }
}
