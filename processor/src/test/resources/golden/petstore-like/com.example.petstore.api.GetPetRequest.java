package com.example.petstore.api;

import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.RequestRules;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link PetsApi#get}: 获取宠物 / Get a pet.
 *
 * <p>{@code GET} {@code /open-apis/petstore/v1/pets/{pet_id}}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * @param petId 宠物 ID / pet ID (path {@code pet_id}; required)
 * @param since 只返回此时间后的变更，毫秒时间戳 / changes after this time, epoch milliseconds (query {@code since};
 *     sent as milliseconds since the epoch)
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record GetPetRequest(String petId, @Nullable Instant since) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<GetPetRequest> ENCODER = GetPetRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param petId {@code pet_id}
   * @param since {@code since}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public GetPetRequest {
    if (petId == null || petId.isEmpty()) {
      throw new LarkRequestValidationException("pet_id", LarkRequestValidationException.Rule.REQUIRED,
          "required path parameter is not set");
    }
    if (since != null) {
      RequestRules.epochMillis("since", since);
    }
  }

  /**
   * A builder with every parameter unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's parameters.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void encode(GetPetRequest request, RequestParams params) {
    params.path("pet_id", request.petId());
    params.query("since", request.since() == null ? null : String.valueOf(request.since().toEpochMilli()));
  }

  /**
   * Builder of {@link GetPetRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable String petId;

    private @Nullable Instant since;

    private Builder() {
    }

    private Builder(GetPetRequest source) {
      this.petId = source.petId();
      this.since = source.since();
    }

    /**
     * Sets {@link GetPetRequest#petId()}: {@code pet_id}.
     *
     * @param petId the value, or null to unset
     * @return this builder
     */
    public Builder petId(@Nullable String petId) {
      this.petId = petId;
      return this;
    }

    /**
     * Sets {@link GetPetRequest#since()}: {@code since}.
     *
     * @param since the value, or null to unset
     * @return this builder
     */
    public Builder since(@Nullable Instant since) {
      this.since = since;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public GetPetRequest build() {
      return new GetPetRequest(petId, since);
    }
  }
}
