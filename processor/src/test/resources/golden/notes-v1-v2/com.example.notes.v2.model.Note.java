package com.example.notes.v2.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Note} object.
 *
 * @param id 备注 ID / note ID ({@code id})
 * @param bodyMarkdown 备注内容 (Markdown) / the note in Markdown ({@code body_markdown})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v2.yaml"
)
@GeneratedClient
public record Note(@Nullable String id, @Nullable String bodyMarkdown,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "body_markdown");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param bodyMarkdown {@code body_markdown}
   * @param extraProperties unknown fields
   */
  public Note {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Note");
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
   * Builder of {@link Note}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable String bodyMarkdown;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Note source) {
      this.id = source.id();
      this.bodyMarkdown = source.bodyMarkdown();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Note#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Note#bodyMarkdown()}.
     *
     * @param bodyMarkdown the value, or null to unset
     * @return this builder
     */
    public Builder bodyMarkdown(@Nullable String bodyMarkdown) {
      this.bodyMarkdown = bodyMarkdown;
      return this;
    }

    /**
     * Sets {@link Note#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Note} of the components set so far.
     *
     * @return the value
     */
    public Note build() {
      return new Note(id, bodyMarkdown, extraProperties);
    }
  }
}
