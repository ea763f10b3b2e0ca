package com.example.notes.v2.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code GetNoteResponse} object.
 *
 * @param note ({@code note})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public record GetNoteResponse(@Nullable Note note, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("note");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param note {@code note}
   * @param extraProperties unknown fields
   */
  public GetNoteResponse {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "GetNoteResponse");
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
   * Builder of {@link GetNoteResponse}.
   */
  public static final class Builder {
    private @Nullable Note note;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(GetNoteResponse source) {
      this.note = source.note();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link GetNoteResponse#note()}.
     *
     * @param note the value, or null to unset
     * @return this builder
     */
    public Builder note(@Nullable Note note) {
      this.note = note;
      return this;
    }

    /**
     * Sets {@link GetNoteResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link GetNoteResponse} of the components set so far.
     *
     * @return the value
     */
    public GetNoteResponse build() {
      return new GetNoteResponse(note, extraProperties);
    }
  }
}
