package com.example.petstore.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * 获取宠物的数据 / data of get pet
 *
 * @param pet 宠物 / the pet ({@code pet})
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
public record GetPetResponse(@JsonProperty("pet") Pet pet,
    @JsonIgnore Map<String, Object> extraProperties) {
  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @param pet {@code pet}
   * @param extraProperties unknown fields
   */
  public GetPetResponse {
    extraProperties = extraProperties == null || extraProperties.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extraProperties));
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
   * Builder of {@link GetPetResponse}.
   */
  public static final class Builder {
    private Pet pet;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(GetPetResponse source) {
      this.pet = source.pet();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link GetPetResponse#pet()}.
     *
     * @param pet the value, or null to unset
     * @return this builder
     */
    public Builder pet(Pet pet) {
      this.pet = pet;
      return this;
    }

    /**
     * Sets {@link GetPetResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link GetPetResponse} of the components set so far.
     *
     * @return the value
     */
    public GetPetResponse build() {
      return new GetPetResponse(pet, extraProperties);
    }
  }
}
