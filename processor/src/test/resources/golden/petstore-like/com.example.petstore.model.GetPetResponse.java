package com.example.petstore.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 获取宠物的数据 / data of get pet
 *
 * @param pet 宠物 / the pet ({@code pet})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record GetPetResponse(@Nullable Pet pet, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("pet");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param pet {@code pet}
   * @param extraProperties unknown fields
   */
  public GetPetResponse {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "GetPetResponse");
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
    private @Nullable Pet pet;

    private @Nullable Map<String, Object> extraProperties;

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
    public Builder pet(@Nullable Pet pet) {
      this.pet = pet;
      return this;
    }

    /**
     * Sets {@link GetPetResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
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
