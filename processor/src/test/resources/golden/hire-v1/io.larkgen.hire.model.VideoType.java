package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 视频面试工具 / video interview tool
 *
 * <p>Open: a code with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface VideoType permits VideoType.Known, VideoType.Unknown {
  /**
   * Zoom / Zoom (wire value {@code 1}).
   */
  Known ZOOM = Known.ZOOM;

  /**
   * 牛客技术类型 / Nowcoder (technical) (wire value {@code 2}).
   */
  Known NOWCODER_TECHNICAL = Known.NOWCODER_TECHNICAL;

  /**
   * 牛客非技术类型 / Nowcoder (non-technical) (wire value {@code 3}).
   */
  Known NOWCODER_NON_TECHNICAL = Known.NOWCODER_NON_TECHNICAL;

  /**
   * 赛码 / Saima (wire value {@code 4}).
   */
  Known SAIMA = Known.SAIMA;

  /**
   * 飞书 / Feishu (Lark) (wire value {@code 5}).
   */
  Known FEISHU = Known.FEISHU;

  /**
   * Hackerrank / HackerRank (wire value {@code 8}).
   */
  Known HACKERRANK = Known.HACKERRANK;

  /**
   * 飞书（含代码考核） / Feishu (Lark) with coding assessment (wire value {@code 9}).
   */
  Known FEISHU_WITH_CODING = Known.FEISHU_WITH_CODING;

  /**
   * 不使用系统工具 / No system tool (wire value {@code 100}).
   */
  Known NO_SYSTEM_TOOL = Known.NO_SYSTEM_TOOL;

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
  static VideoType of(int code) {
    return switch (code) {
      case 1 -> Known.ZOOM;
      case 2 -> Known.NOWCODER_TECHNICAL;
      case 3 -> Known.NOWCODER_NON_TECHNICAL;
      case 4 -> Known.SAIMA;
      case 5 -> Known.FEISHU;
      case 8 -> Known.HACKERRANK;
      case 9 -> Known.FEISHU_WITH_CODING;
      case 100 -> Known.NO_SYSTEM_TOOL;
      default -> new Unknown(code);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements VideoType {
    /**
     * See {@link VideoType#ZOOM}.
     */
    ZOOM(1, "Zoom", "Zoom"),

    /**
     * See {@link VideoType#NOWCODER_TECHNICAL}.
     */
    NOWCODER_TECHNICAL(2, "牛客技术类型", "Nowcoder (technical)"),

    /**
     * See {@link VideoType#NOWCODER_NON_TECHNICAL}.
     */
    NOWCODER_NON_TECHNICAL(3, "牛客非技术类型", "Nowcoder (non-technical)"),

    /**
     * See {@link VideoType#SAIMA}.
     */
    SAIMA(4, "赛码", "Saima"),

    /**
     * See {@link VideoType#FEISHU}.
     */
    FEISHU(5, "飞书", "Feishu (Lark)"),

    /**
     * See {@link VideoType#HACKERRANK}.
     */
    HACKERRANK(8, "Hackerrank", "HackerRank"),

    /**
     * See {@link VideoType#FEISHU_WITH_CODING}.
     */
    FEISHU_WITH_CODING(9, "飞书（含代码考核）", "Feishu (Lark) with coding assessment"),

    /**
     * See {@link VideoType#NO_SYSTEM_TOOL}.
     */
    NO_SYSTEM_TOOL(100, "不使用系统工具", "No system tool");

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
  record Unknown(int code) implements VideoType {
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
              + "; use VideoType." + k);
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
