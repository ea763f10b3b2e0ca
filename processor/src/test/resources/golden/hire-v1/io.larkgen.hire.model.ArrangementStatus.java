package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 集中面试安排状态，非集中面试该字段无含义 / status of a centralized interview arrangement
 *
 * <p>Open: a code with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface ArrangementStatus permits ArrangementStatus.Known, ArrangementStatus.Unknown {
  /**
   * 未开始 / Not started (wire value {@code 1}).
   */
  Known NOT_STARTED = Known.NOT_STARTED;

  /**
   * 进行中 / In progress (wire value {@code 2}).
   */
  Known IN_PROGRESS = Known.IN_PROGRESS;

  /**
   * 已结束 / Ended (wire value {@code 3}).
   */
  Known ENDED = Known.ENDED;

  /**
   * The wire value.
   *
   * @return the code as sent
   */
  int code();

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
   * The value for a wire code; never throws.
   *
   * @param code the code as sent
   * @return the known constant, or an {@link Unknown} keeping {@code code}
   */
  static ArrangementStatus of(int code) {
    return switch (code) {
      case 1 -> Known.NOT_STARTED;
      case 2 -> Known.IN_PROGRESS;
      case 3 -> Known.ENDED;
      default -> new Unknown(code);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements ArrangementStatus {
    /**
     * See {@link ArrangementStatus#NOT_STARTED}.
     */
    NOT_STARTED(1, "未开始", "Not started"),

    /**
     * See {@link ArrangementStatus#IN_PROGRESS}.
     */
    IN_PROGRESS(2, "进行中", "In progress"),

    /**
     * See {@link ArrangementStatus#ENDED}.
     */
    ENDED(3, "已结束", "Ended");

    private final int code;

    private final String description;

    private final String descriptionEn;

    Known(int code, String description, String descriptionEn) {
      this.code = code;
      this.description = description;
      this.descriptionEn = descriptionEn;
    }

    @Override
    public int code() {
      return code;
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
   * A code this client does not know, kept as sent.
   *
   * @param code the wire value
   */
  record Unknown(int code) implements ArrangementStatus {
    /**
     * Keeps a code.
     *
     * @param code the wire value, not one of {@link Known}'s
     * @throws IllegalArgumentException if {@code code} is a known code: a value has one
     * representation, so that decoding what was written gives an equal value
     */
    public Unknown {
      for (Known k : Known.values()) {
        if (k.code() == code) {
          throw new IllegalArgumentException(code + " is the code of " + k
              + "; use ArrangementStatus." + k);
        }
      }
    }

    @Override
    public int code() {
      return code;
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
