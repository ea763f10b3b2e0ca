package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 面试结论 / interview conclusion
 *
 * <p>Open: a code with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface Conclusion permits Conclusion.Known, Conclusion.Unknown {
  /**
   * 通过 / Pass (wire value {@code 1}).
   */
  Known PASS = Known.PASS;

  /**
   * 未通过 / Fail (wire value {@code 2}).
   */
  Known FAIL = Known.FAIL;

  /**
   * 未开始 / Not started (wire value {@code 3}).
   */
  Known NOT_STARTED = Known.NOT_STARTED;

  /**
   * 未提交 / Not submitted (wire value {@code 4}).
   */
  Known NOT_SUBMITTED = Known.NOT_SUBMITTED;

  /**
   * 未到场 / No-show (wire value {@code 5}).
   */
  Known NO_SHOW = Known.NO_SHOW;

  /**
   * 待定 / Undecided (wire value {@code 6}).
   */
  Known UNDECIDED = Known.UNDECIDED;

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
  static Conclusion of(int code) {
    return switch (code) {
      case 1 -> Known.PASS;
      case 2 -> Known.FAIL;
      case 3 -> Known.NOT_STARTED;
      case 4 -> Known.NOT_SUBMITTED;
      case 5 -> Known.NO_SHOW;
      case 6 -> Known.UNDECIDED;
      default -> new Unknown(code);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements Conclusion {
    /**
     * See {@link Conclusion#PASS}.
     */
    PASS(1, "通过", "Pass"),

    /**
     * See {@link Conclusion#FAIL}.
     */
    FAIL(2, "未通过", "Fail"),

    /**
     * See {@link Conclusion#NOT_STARTED}.
     */
    NOT_STARTED(3, "未开始", "Not started"),

    /**
     * See {@link Conclusion#NOT_SUBMITTED}.
     */
    NOT_SUBMITTED(4, "未提交", "Not submitted"),

    /**
     * See {@link Conclusion#NO_SHOW}.
     */
    NO_SHOW(5, "未到场", "No-show"),

    /**
     * See {@link Conclusion#UNDECIDED}.
     */
    UNDECIDED(6, "待定", "Undecided");

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
  record Unknown(int code) implements Conclusion {
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
              + "; use Conclusion." + k);
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
