package io.larkgen.hire.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * 获取面试信息的数据 / data of list interviews
 *
 * @param items 面试列表 / interviews ({@code items}; never null, empty when absent)
 * @param hasMore 是否还有更多项 / whether more items exist ({@code has_more})
 * @param pageToken 分页标记，当 has_more 为 true 时会同时返回新的 page_token，否则不返回 / next page cursor, returned only when has_more is true ({@code page_token})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record ListInterviewsResponse(@JsonProperty("items") List<Interview> items,
    @JsonProperty("has_more") Boolean hasMore, @JsonProperty("page_token") String pageToken,
    @JsonIgnore Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("items", "has_more", "page_token");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param items {@code items}
   * @param hasMore {@code has_more}
   * @param pageToken {@code page_token}
   * @param extraProperties unknown fields
   */
  public ListInterviewsResponse {
    items = items == null ? List.of() : List.copyOf(items);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "ListInterviewsResponse");
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
   * Builder of {@link ListInterviewsResponse}.
   */
  public static final class Builder {
    private List<Interview> items;

    private Boolean hasMore;

    private String pageToken;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(ListInterviewsResponse source) {
      this.items = source.items();
      this.hasMore = source.hasMore();
      this.pageToken = source.pageToken();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link ListInterviewsResponse#items()}.
     *
     * @param items the value, or null to unset
     * @return this builder
     */
    public Builder items(List<Interview> items) {
      this.items = items;
      return this;
    }

    /**
     * Sets {@link ListInterviewsResponse#hasMore()}.
     *
     * @param hasMore the value, or null to unset
     * @return this builder
     */
    public Builder hasMore(Boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    /**
     * Sets {@link ListInterviewsResponse#pageToken()}.
     *
     * @param pageToken the value, or null to unset
     * @return this builder
     */
    public Builder pageToken(String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Sets {@link ListInterviewsResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link ListInterviewsResponse} of the components set so far.
     *
     * @return the value
     */
    public ListInterviewsResponse build() {
      return new ListInterviewsResponse(items, hasMore, pageToken, extraProperties);
    }
  }
}
