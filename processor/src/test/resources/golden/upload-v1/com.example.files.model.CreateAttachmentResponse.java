package com.example.files.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * The {@code CreateAttachmentResponse} object.
 *
 * @param id 附件 ID / attachment ID ({@code id})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public record CreateAttachmentResponse(@Nullable String id, Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param extraProperties unknown fields
   */
  public CreateAttachmentResponse {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES,
        "CreateAttachmentResponse");
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
   * Builder of {@link CreateAttachmentResponse}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(CreateAttachmentResponse source) {
      this.id = source.id();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link CreateAttachmentResponse#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link CreateAttachmentResponse#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link CreateAttachmentResponse} of the components set so far.
     *
     * @return the value
     */
    public CreateAttachmentResponse build() {
      return new CreateAttachmentResponse(id, extraProperties);
    }
  }
}
