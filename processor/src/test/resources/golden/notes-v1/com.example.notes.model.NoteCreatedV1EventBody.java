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
 * 创建备注的事件体 / body of a note creation
 *
 * @param noteId 备注 ID / note ID ({@code note_id})
 * @param privacy ({@code privacy})
 * @param mentions 提及的人 / people mentioned ({@code mentions}; never null, empty when absent)
 * @param createTime 创建时间 / creation time ({@code create_time}; milliseconds since the epoch as
 *     sent, see {@link #createTimeInstant()})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record NoteCreatedV1EventBody(@Nullable String noteId, @Nullable NotePrivacy privacy,
    List<Mention> mentions, @Nullable Long createTime, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("note_id", "privacy", "mentions",
      "create_time");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param noteId {@code note_id}
   * @param privacy {@code privacy}
   * @param mentions {@code mentions}
   * @param createTime {@code create_time}
   * @param extraProperties unknown fields
   */
  public NoteCreatedV1EventBody {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "NoteCreatedV1EventBody");
  }

  /**
   * {@link #createTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> createTimeInstant() {
    return createTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(createTime));
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
   * Builder of {@link NoteCreatedV1EventBody}.
   */
  public static final class Builder {
    private @Nullable String noteId;

    private @Nullable NotePrivacy privacy;

    private @Nullable List<Mention> mentions;

    private @Nullable Long createTime;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(NoteCreatedV1EventBody source) {
      this.noteId = source.noteId();
      this.privacy = source.privacy();
      this.mentions = source.mentions();
      this.createTime = source.createTime();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link NoteCreatedV1EventBody#noteId()}.
     *
     * @param noteId the value, or null to unset
     * @return this builder
     */
    public Builder noteId(@Nullable String noteId) {
      this.noteId = noteId;
      return this;
    }

    /**
     * Sets {@link NoteCreatedV1EventBody#privacy()}.
     *
     * @param privacy the value, or null to unset
     * @return this builder
     */
    public Builder privacy(@Nullable NotePrivacy privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * Sets {@link NoteCreatedV1EventBody#mentions()}.
     *
     * @param mentions the value, or null to unset
     * @return this builder
     */
    public Builder mentions(@Nullable List<Mention> mentions) {
      this.mentions = mentions;
      return this;
    }

    /**
     * Sets {@link NoteCreatedV1EventBody#createTime()}.
     *
     * @param createTime the value, or null to unset
     * @return this builder
     */
    public Builder createTime(@Nullable Long createTime) {
      this.createTime = createTime;
      return this;
    }

    /**
     * Sets {@link NoteCreatedV1EventBody#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link NoteCreatedV1EventBody} of the components set so far.
     *
     * @return the value
     */
    public NoteCreatedV1EventBody build() {
      return new NoteCreatedV1EventBody(noteId, privacy, mentions, createTime, extraProperties);
    }
  }
}
