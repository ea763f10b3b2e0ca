package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 事件头 / event header
 *
 * @param eventId 事件 ID / event ID ({@code event_id})
 * @param eventType 事件类型 / event type ({@code event_type})
 * @param createTime 事件创建时间 / when the event was created ({@code create_time}; decimal string of
 *     milliseconds since the epoch as sent, see {@link #createTimeInstant()})
 * @param token Verification Token ({@code token})
 * @param appId 应用 ID / app ID ({@code app_id})
 * @param tenantKey 租户 Key / tenant key ({@code tenant_key})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record EventHeader(@Nullable String eventId, @Nullable String eventType,
    @Nullable String createTime, @Nullable String token, @Nullable String appId,
    @Nullable String tenantKey, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("event_id", "event_type", "create_time",
      "token", "app_id", "tenant_key");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param eventId {@code event_id}
   * @param eventType {@code event_type}
   * @param createTime {@code create_time}
   * @param token {@code token}
   * @param appId {@code app_id}
   * @param tenantKey {@code tenant_key}
   * @param extraProperties unknown fields
   */
  public EventHeader {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "EventHeader");
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
   * Builder of {@link EventHeader}.
   */
  public static final class Builder {
    private @Nullable String eventId;

    private @Nullable String eventType;

    private @Nullable String createTime;

    private @Nullable String token;

    private @Nullable String appId;

    private @Nullable String tenantKey;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(EventHeader source) {
      this.eventId = source.eventId();
      this.eventType = source.eventType();
      this.createTime = source.createTime();
      this.token = source.token();
      this.appId = source.appId();
      this.tenantKey = source.tenantKey();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link EventHeader#eventId()}.
     *
     * @param eventId the value, or null to unset
     * @return this builder
     */
    public Builder eventId(@Nullable String eventId) {
      this.eventId = eventId;
      return this;
    }

    /**
     * Sets {@link EventHeader#eventType()}.
     *
     * @param eventType the value, or null to unset
     * @return this builder
     */
    public Builder eventType(@Nullable String eventType) {
      this.eventType = eventType;
      return this;
    }

    /**
     * Sets {@link EventHeader#createTime()}.
     *
     * @param createTime the value, or null to unset
     * @return this builder
     */
    public Builder createTime(@Nullable String createTime) {
      this.createTime = createTime;
      return this;
    }

    /**
     * Sets {@link EventHeader#token()}.
     *
     * @param token the value, or null to unset
     * @return this builder
     */
    public Builder token(@Nullable String token) {
      this.token = token;
      return this;
    }

    /**
     * Sets {@link EventHeader#appId()}.
     *
     * @param appId the value, or null to unset
     * @return this builder
     */
    public Builder appId(@Nullable String appId) {
      this.appId = appId;
      return this;
    }

    /**
     * Sets {@link EventHeader#tenantKey()}.
     *
     * @param tenantKey the value, or null to unset
     * @return this builder
     */
    public Builder tenantKey(@Nullable String tenantKey) {
      this.tenantKey = tenantKey;
      return this;
    }

    /**
     * Sets {@link EventHeader#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link EventHeader} of the components set so far.
     *
     * @return the value
     */
    public EventHeader build() {
      return new EventHeader(eventId, eventType, createTime, token, appId, tenantKey,
          extraProperties);
    }
  }
}
