package com.example.petstore.api;

import com.example.petstore.model.PetKind;
import com.example.petstore.model.PetStatus;
import io.larkgen.runtime.RequestEncoder;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.RequestRules;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Request of {@link PetsApi#list}: 列出宠物 / List pets.
 *
 * <p>{@code GET} {@code /open-apis/petstore/v1/pets}. Create with {@link #builder()};
 * construction checks every rule of the spec and throws {@link LarkRequestValidationException}
 * naming the parameter and the rule.
 *
 * <p>At least one of {@code owner_id}, {@code born_after}, {@code ids} must be set (不允许
 * owner_id、born_after、ids 同时为空 / owner_id, born_after and ids may not all be empty).
 *
 * @param pageSize 分页大小 / page size (query {@code page_size}; default {@code 10}; minimum 1; maximum 100)
 * @param pageToken 分页标记 / page cursor (query {@code page_token})
 * @param ownerId 主人 ID / owner ID (query {@code owner_id}; at least 1 characters; at most 64 characters)
 * @param bornAfter 最早出生时间，毫秒时间戳，必须大于 0 / earliest birth time, epoch milliseconds, greater than 0
 *     (query {@code born_after}; sent as milliseconds since the epoch; greater than 0)
 * @param ids 宠物 ID 列表 / pet IDs (query {@code ids}; sent as repeated keys; never null; at most 50 items)
 * @param kind 种类 / kind (query {@code kind})
 * @param status 状态 / status (query {@code status})
 * @param minWeight 最小体重（千克） / minimum weight in kilograms (query {@code min_weight}; minimum 0.5; maximum 1000)
 * @param includeSold 是否包含已售 / whether to include sold pets (query {@code include_sold})
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record ListPetsRequest(@Nullable Integer pageSize, @Nullable String pageToken,
    @Nullable String ownerId, @Nullable Instant bornAfter, List<String> ids, @Nullable PetKind kind,
    @Nullable PetStatus status, @Nullable Double minWeight, @Nullable Boolean includeSold) {
  /**
   * Writes the path and query parameters of a request.
   */
  public static final RequestEncoder<ListPetsRequest> ENCODER = ListPetsRequest::encode;

  /**
   * Checks every rule the spec states.
   *
   * @param pageSize {@code page_size}
   * @param pageToken {@code page_token}
   * @param ownerId {@code owner_id}
   * @param bornAfter {@code born_after}
   * @param ids {@code ids}
   * @param kind {@code kind}
   * @param status {@code status}
   * @param minWeight {@code min_weight}
   * @param includeSold {@code include_sold}
   * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
   */
  public ListPetsRequest {
    ids = RequestRules.copyOf("ids", ids);
    if (pageSize != null && pageSize.longValue() < 1L) {
      throw new LarkRequestValidationException("page_size", LarkRequestValidationException.Rule.MINIMUM, pageSize
          + " is less than the minimum 1");
    }
    if (pageSize != null && pageSize.longValue() > 100L) {
      throw new LarkRequestValidationException("page_size", LarkRequestValidationException.Rule.MAXIMUM, pageSize
          + " is greater than the maximum 100");
    }
    if (ownerId != null && ownerId.codePointCount(0, ownerId.length()) < 1) {
      throw new LarkRequestValidationException("owner_id", LarkRequestValidationException.Rule.MIN_LENGTH, "\""
          + ownerId + "\" is shorter than the minimum length 1");
    }
    if (ownerId != null && ownerId.codePointCount(0, ownerId.length()) > 64) {
      throw new LarkRequestValidationException("owner_id", LarkRequestValidationException.Rule.MAX_LENGTH, "\""
          + ownerId + "\" is longer than the maximum length 64");
    }
    if (bornAfter != null) {
      RequestRules.epochMillis("born_after", bornAfter);
    }
    if (bornAfter != null && bornAfter.toEpochMilli() <= 0L) {
      throw new LarkRequestValidationException("born_after", LarkRequestValidationException.Rule.EXCLUSIVE_MINIMUM,
          bornAfter.toEpochMilli() + " (" + bornAfter + ") is not greater than the exclusive minimum 0");
    }
    if (ids.size() > 50) {
      throw new LarkRequestValidationException("ids", LarkRequestValidationException.Rule.MAX_ITEMS, ids.size()
          + " items is more than the maximum of 50 items");
    }
    if (minWeight != null && minWeight.doubleValue() < 0.5) {
      throw new LarkRequestValidationException("min_weight", LarkRequestValidationException.Rule.MINIMUM, minWeight
          + " is less than the minimum 0.5");
    }
    if (minWeight != null && minWeight.doubleValue() > 1000.0) {
      throw new LarkRequestValidationException("min_weight", LarkRequestValidationException.Rule.MAXIMUM, minWeight
          + " is greater than the maximum 1000");
    }
    if ((ownerId == null || ownerId.isEmpty())
        && (bornAfter == null)
        && (ids.isEmpty())) {
      throw new LarkRequestValidationException(List.of("owner_id", "born_after", "ids"),
          "不允许 owner_id、born_after、ids 同时为空 / owner_id, born_after and ids may not all be empty");
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

  /**
   * This request asking for another page; every other parameter is kept.
   *
   * @param pageToken the {@code page_token} returned by the previous page, or null for the first page
   * @return the request of that page
   */
  public ListPetsRequest withPageToken(@Nullable String pageToken) {
    return new ListPetsRequest(pageSize, pageToken, ownerId, bornAfter, ids, kind, status,
        minWeight, includeSold);
  }

  private static void encode(ListPetsRequest request, RequestParams params) {
    params.query("page_size", request.pageSize());
    params.query("page_token", request.pageToken());
    params.query("owner_id", request.ownerId());
    params.query("born_after", request.bornAfter() == null ? null : String.valueOf(request.bornAfter().toEpochMilli()));
    params.query("ids", request.ids());
    params.query("kind", request.kind() == null ? null : request.kind().value());
    params.query("status", request.status() == null ? null : String.valueOf(request.status().code()));
    params.query("min_weight", request.minWeight());
    params.query("include_sold", request.includeSold() == null ? null : String.valueOf(request.includeSold()));
  }

  /**
   * Builder of {@link ListPetsRequest}; {@link #build()} checks the rules.
   */
  public static final class Builder {
    private @Nullable Integer pageSize;

    private @Nullable String pageToken;

    private @Nullable String ownerId;

    private @Nullable Instant bornAfter;

    private @Nullable List<String> ids;

    private @Nullable PetKind kind;

    private @Nullable PetStatus status;

    private @Nullable Double minWeight;

    private @Nullable Boolean includeSold;

    private Builder() {
    }

    private Builder(ListPetsRequest source) {
      this.pageSize = source.pageSize();
      this.pageToken = source.pageToken();
      this.ownerId = source.ownerId();
      this.bornAfter = source.bornAfter();
      this.ids = source.ids();
      this.kind = source.kind();
      this.status = source.status();
      this.minWeight = source.minWeight();
      this.includeSold = source.includeSold();
    }

    /**
     * Sets {@link ListPetsRequest#pageSize()}: {@code page_size}.
     *
     * @param pageSize the value, or null to unset
     * @return this builder
     */
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#pageToken()}: {@code page_token}.
     *
     * @param pageToken the value, or null to unset
     * @return this builder
     */
    public Builder pageToken(@Nullable String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#ownerId()}: {@code owner_id}.
     *
     * @param ownerId the value, or null to unset
     * @return this builder
     */
    public Builder ownerId(@Nullable String ownerId) {
      this.ownerId = ownerId;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#bornAfter()}: {@code born_after}.
     *
     * @param bornAfter the value, or null to unset
     * @return this builder
     */
    public Builder bornAfter(@Nullable Instant bornAfter) {
      this.bornAfter = bornAfter;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#ids()}: {@code ids}.
     *
     * @param ids the value, or null to unset
     * @return this builder
     */
    public Builder ids(@Nullable List<String> ids) {
      this.ids = ids;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#kind()}: {@code kind}.
     *
     * @param kind the value, or null to unset
     * @return this builder
     */
    public Builder kind(@Nullable PetKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#status()}: {@code status}.
     *
     * @param status the value, or null to unset
     * @return this builder
     */
    public Builder status(@Nullable PetStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#minWeight()}: {@code min_weight}.
     *
     * @param minWeight the value, or null to unset
     * @return this builder
     */
    public Builder minWeight(@Nullable Double minWeight) {
      this.minWeight = minWeight;
      return this;
    }

    /**
     * Sets {@link ListPetsRequest#includeSold()}: {@code include_sold}.
     *
     * @param includeSold the value, or null to unset
     * @return this builder
     */
    public Builder includeSold(@Nullable Boolean includeSold) {
      this.includeSold = includeSold;
      return this;
    }

    /**
     * The request, after checking every rule of the spec.
     *
     * @return the request
     * @throws LarkRequestValidationException naming the parameter, its value and the rule it breaks
     */
    public ListPetsRequest build() {
      return new ListPetsRequest(pageSize, pageToken, ownerId, bornAfter, ids, kind, status,
          minWeight, includeSold);
    }
  }
}
