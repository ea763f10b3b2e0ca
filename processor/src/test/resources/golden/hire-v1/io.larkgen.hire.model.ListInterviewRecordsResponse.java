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
 * 批量获取面试评价详细信息的数据 / data of list interview records
 *
 * @param items 面试评价详细信息列表 / interview records ({@code items}; never null, empty when absent)
 * @param pageToken 分页标记，当 has_more 为 true 时会同时返回新的 page_token，否则不返回 page_token / next page cursor, returned only when has_more is true ({@code page_token})
 * @param hasMore 是否还有更多项 / whether more items exist ({@code has_more})
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
public record ListInterviewRecordsResponse(@JsonProperty("items") List<InterviewRecord> items,
    @JsonProperty("page_token") String pageToken, @JsonProperty("has_more") Boolean hasMore,
    @JsonIgnore Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("items", "page_token", "has_more");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param items {@code items}
   * @param pageToken {@code page_token}
   * @param hasMore {@code has_more}
   * @param extraProperties unknown fields
   */
  public ListInterviewRecordsResponse {
    items = items == null ? List.of() : List.copyOf(items);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "ListInterviewRecordsResponse");
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
   * Builder of {@link ListInterviewRecordsResponse}.
   */
  public static final class Builder {
    private List<InterviewRecord> items;

    private String pageToken;

    private Boolean hasMore;

    private Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(ListInterviewRecordsResponse source) {
      this.items = source.items();
      this.pageToken = source.pageToken();
      this.hasMore = source.hasMore();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link ListInterviewRecordsResponse#items()}.
     *
     * @param items the value, or null to unset
     * @return this builder
     */
    public Builder items(List<InterviewRecord> items) {
      this.items = items;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsResponse#pageToken()}.
     *
     * @param pageToken the value, or null to unset
     * @return this builder
     */
    public Builder pageToken(String pageToken) {
      this.pageToken = pageToken;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsResponse#hasMore()}.
     *
     * @param hasMore the value, or null to unset
     * @return this builder
     */
    public Builder hasMore(Boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    /**
     * Sets {@link ListInterviewRecordsResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link ListInterviewRecordsResponse} of the components set so far.
     *
     * @return the value
     */
    public ListInterviewRecordsResponse build() {
      return new ListInterviewRecordsResponse(items, pageToken, hasMore, extraProperties);
    }
  }
}
