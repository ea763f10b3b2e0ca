package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 一次提及 / one mention
 *
 * @param userId 被提及人 ID / user mentioned ({@code user_id}; required by the spec)
 * @param offset 在内容中的位置 / position in the text ({@code offset}; required by the spec)
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record Mention(@Nullable String userId, @Nullable Integer offset,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("user_id", "offset");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param userId {@code user_id}
   * @param offset {@code offset}
   * @param extraProperties unknown fields
   */
  public Mention {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Mention");
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
   * Builder of {@link Mention}.
   */
  public static final class Builder {
    private @Nullable String userId;

    private @Nullable Integer offset;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Mention source) {
      this.userId = source.userId();
      this.offset = source.offset();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Mention#userId()}.
     *
     * @param userId the value, or null to unset
     * @return this builder
     */
    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * Sets {@link Mention#offset()}.
     *
     * @param offset the value, or null to unset
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Sets {@link Mention#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Mention} of the components set so far.
     *
     * @return the value
     */
    public Mention build() {
      return new Mention(userId, offset, extraProperties);
    }
  }
}
