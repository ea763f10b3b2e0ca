package com.example.notes.events;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The event types of Notes v1, from the spec's {@code x-lark-events}.
 *
 * <p>Open: a value with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml"
)
@GeneratedClient
public sealed interface NotesEventType permits NotesEventType.Known, NotesEventType.Unknown {
  /**
   * 创建备注（事件 notes.note.created_v1） / a note was created (wire value {@code notes.note.created_v1}).
   */
  Known NOTE_CREATED_V1 = Known.NOTE_CREATED_V1;

  /**
   * 删除备注（事件 notes.note.deleted_v1） (wire value {@code notes.note.deleted_v1}).
   */
  Known NOTE_DELETED_V1 = Known.NOTE_DELETED_V1;

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
  static NotesEventType of(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value) {
      case "notes.note.created_v1" -> Known.NOTE_CREATED_V1;
      case "notes.note.deleted_v1" -> Known.NOTE_DELETED_V1;
      default -> new Unknown(value);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements NotesEventType {
    /**
     * See {@link NotesEventType#NOTE_CREATED_V1}.
     */
    NOTE_CREATED_V1("notes.note.created_v1", "创建备注（事件 notes.note.created_v1） / a note was created",
        ""),

    /**
     * See {@link NotesEventType#NOTE_DELETED_V1}.
     */
    NOTE_DELETED_V1("notes.note.deleted_v1", "删除备注（事件 notes.note.deleted_v1）", "");

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
  record Unknown(String value) implements NotesEventType {
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
              + "; use NotesEventType." + k);
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
