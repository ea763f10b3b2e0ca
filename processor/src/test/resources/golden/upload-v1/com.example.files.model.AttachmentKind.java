package com.example.files.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The {@code AttachmentKind} codes.
 *
 * <p>Open: a value with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public sealed interface AttachmentKind permits AttachmentKind.Known, AttachmentKind.Unknown {
  /**
   * 简历 (wire value {@code resume}).
   */
  Known RESUME = Known.RESUME;

  /**
   * 其他 (wire value {@code other}).
   */
  Known OTHER = Known.OTHER;

  /**
   * The wire value.
   *
   * @return the value as sent
   */
  String value();

  /**
   * The documented meaning (Chinese, as in the Feishu docs).
   *
   * @return the meaning; empty for unknown values
   */
  String description();

  /**
   * The documented meaning in English.
   *
   * @return the meaning; empty for unknown values or when the spec has none
   */
  String descriptionEn();

  /**
   * This value as a known constant, for an exhaustive {@code switch}.
   *
   * @return the constant; empty for a value this client does not know
   */
  Optional<Known> known();

  /**
   * The value for a wire string; never throws for a non-null value.
   *
   * @param value the value as sent
   * @return the known constant, or an {@link Unknown} keeping {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  static AttachmentKind of(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value) {
      case "resume" -> Known.RESUME;
      case "other" -> Known.OTHER;
      default -> new Unknown(value);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements AttachmentKind {
    /**
     * See {@link AttachmentKind#RESUME}.
     */
    RESUME("resume", "简历", ""),

    /**
     * See {@link AttachmentKind#OTHER}.
     */
    OTHER("other", "其他", "");

    private final String value;

    private final String description;

    private final String descriptionEn;

    Known(String value, String description, String descriptionEn) {
      this.value = value;
      this.description = description;
      this.descriptionEn = descriptionEn;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public String descriptionEn() {
      return descriptionEn;
    }

    @Override
    public Optional<Known> known() {
      return Optional.of(this);
    }
  }

  /**
   * A value this client does not know, kept as sent.
   *
   * @param value the wire value
   */
  record Unknown(String value) implements AttachmentKind {
    /**
     * Keeps a value.
     *
     * @param value the wire value, not null and not one of {@link Known}'s
     * @throws IllegalArgumentException if {@code value} is a known value: a value has one
     * representation, so that decoding what was written gives an equal value
     */
    public Unknown {
      Objects.requireNonNull(value, "value");
      for (Known k : Known.values()) {
        if (k.value().equals(value)) {
          throw new IllegalArgumentException(value + " is the value of " + k
              + "; use AttachmentKind." + k);
        }
      }
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public String descriptionEn() {
      return "";
    }

    @Override
    public Optional<Known> known() {
      return Optional.empty();
    }
  }
}
