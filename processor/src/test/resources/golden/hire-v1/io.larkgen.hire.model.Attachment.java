package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 附件 / attachment
 *
 * @param id 附件 ID / attachment ID ({@code id}; required by the spec)
 * @param url 附件的 URL / attachment URL ({@code url}; required by the spec)
 * @param name 附件文件名 / file name ({@code name})
 * @param mime 附件类型（MIME） / MIME type ({@code mime})
 * @param createTime 附件创建时间，毫秒时间戳 / creation time, epoch milliseconds as a string
 *     ({@code create_time}; decimal string of milliseconds since the epoch as sent, see
 *     {@link #createTimeInstant()})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public record Attachment(@Nullable String id, @Nullable String url, @Nullable String name,
    @Nullable String mime, @Nullable String createTime, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "url", "name", "mime", "create_time");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param url {@code url}
   * @param name {@code name}
   * @param mime {@code mime}
   * @param createTime {@code create_time}
   * @param extraProperties unknown fields
   */
  public Attachment {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Attachment");
  }

  /**
   * {@link #createTime()} parsed as milliseconds since the epoch; empty when absent or empty.
   *
   * @return the instant, if present
   * @throws NumberFormatException if the value is not a decimal number
   */
  public Optional<Instant> createTimeInstant() {
    return createTime == null || createTime.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(Long.parseLong(createTime)));
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
   * Builder of {@link Attachment}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable String url;

    private @Nullable String name;

    private @Nullable String mime;

    private @Nullable String createTime;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Attachment source) {
      this.id = source.id();
      this.url = source.url();
      this.name = source.name();
      this.mime = source.mime();
      this.createTime = source.createTime();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Attachment#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Attachment#url()}.
     *
     * @param url the value, or null to unset
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets {@link Attachment#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Attachment#mime()}.
     *
     * @param mime the value, or null to unset
     * @return this builder
     */
    public Builder mime(@Nullable String mime) {
      this.mime = mime;
      return this;
    }

    /**
     * Sets {@link Attachment#createTime()}.
     *
     * @param createTime the value, or null to unset
     * @return this builder
     */
    public Builder createTime(@Nullable String createTime) {
      this.createTime = createTime;
      return this;
    }

    /**
     * Sets {@link Attachment#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Attachment} of the components set so far.
     *
     * @return the value
     */
    public Attachment build() {
      return new Attachment(id, url, name, mime, createTime, extraProperties);
    }
  }
}
