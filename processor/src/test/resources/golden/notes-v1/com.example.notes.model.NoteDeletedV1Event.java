package com.example.notes.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 删除备注（事件 notes.note.deleted_v1）
 *
 * @param schema 事件模式 / event schema version ({@code schema})
 * @param header ({@code header})
 * @param event ({@code event})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public record NoteDeletedV1Event(@Nullable String schema, @Nullable EventHeader header,
    @Nullable NoteDeletedV1EventBody event, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("schema", "header", "event");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param schema {@code schema}
   * @param header {@code header}
   * @param event {@code event}
   * @param extraProperties unknown fields
   */
  public NoteDeletedV1Event {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "NoteDeletedV1Event");
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
   * Builder of {@link NoteDeletedV1Event}.
   */
  public static final class Builder {
    private @Nullable String schema;

    private @Nullable EventHeader header;

    private @Nullable NoteDeletedV1EventBody event;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(NoteDeletedV1Event source) {
      this.schema = source.schema();
      this.header = source.header();
      this.event = source.event();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link NoteDeletedV1Event#schema()}.
     *
     * @param schema the value, or null to unset
     * @return this builder
     */
    public Builder schema(@Nullable String schema) {
      this.schema = schema;
      return this;
    }

    /**
     * Sets {@link NoteDeletedV1Event#header()}.
     *
     * @param header the value, or null to unset
     * @return this builder
     */
    public Builder header(@Nullable EventHeader header) {
      this.header = header;
      return this;
    }

    /**
     * Sets {@link NoteDeletedV1Event#event()}.
     *
     * @param event the value, or null to unset
     * @return this builder
     */
    public Builder event(@Nullable NoteDeletedV1EventBody event) {
      this.event = event;
      return this;
    }

    /**
     * Sets {@link NoteDeletedV1Event#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link NoteDeletedV1Event} of the components set so far.
     *
     * @return the value
     */
    public NoteDeletedV1Event build() {
      return new NoteDeletedV1Event(schema, header, event, extraProperties);
    }
  }
}
