package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 提醒；设置时必须给出时间 / reminder; its time is required when it is set
 *
 * @param remindTime 提醒时间 / when to remind ({@code remind_time}; decimal string of milliseconds
 *     since the epoch as sent, see {@link #remindTimeInstant()}; required by the spec)
 * @param channels 提醒方式（手机号或邮箱）/ channels (a phone number or email address) ({@code channels}; never
 *     null, empty when absent; personal data, {@code ***} in {@code toString()})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record Reminder(@Nullable String remindTime, List<String> channels,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("remind_time", "channels");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param remindTime {@code remind_time}
   * @param channels {@code channels}
   * @param extraProperties unknown fields
   */
  public Reminder {
    channels = channels == null ? List.of() : List.copyOf(channels);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Reminder");
  }

  /**
   * {@link #remindTime()} parsed as milliseconds since the epoch; empty when absent or empty.
   *
   * @return the instant, if present
   * @throws NumberFormatException if the value is not a decimal number
   */
  public Optional<Instant> remindTimeInstant() {
    return remindTime == null || remindTime.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(Long.parseLong(remindTime)));
  }

  /**
   * This value's components, with {@code ***} for those holding personal data and only the
   * names of unknown fields.
   *
   * @return the components as text
   */
  @Override
  public String toString() {
    return "Reminder["
        + "remindTime=" + remindTime
        + ", channels=" + (channels.isEmpty() ? "[]" : "***")
        + ", extraProperties=" + extraProperties.keySet() + "]";
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
   * Builder of {@link Reminder}.
   */
  public static final class Builder {
    private @Nullable String remindTime;

    private @Nullable List<String> channels;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Reminder source) {
      this.remindTime = source.remindTime();
      this.channels = source.channels();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Reminder#remindTime()}.
     *
     * @param remindTime the value, or null to unset
     * @return this builder
     */
    public Builder remindTime(@Nullable String remindTime) {
      this.remindTime = remindTime;
      return this;
    }

    /**
     * Sets {@link Reminder#channels()}.
     *
     * @param channels the value, or null to unset
     * @return this builder
     */
    public Builder channels(@Nullable List<String> channels) {
      this.channels = channels;
      return this;
    }

    /**
     * Sets {@link Reminder#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Reminder} of the components set so far.
     *
     * @return the value
     */
    public Reminder build() {
      return new Reminder(remindTime, channels, extraProperties);
    }
  }
}
