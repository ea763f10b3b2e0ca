package io.larkgen.hire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 视频面试工具 / video interview tool
 *
 * <ul>
 *   <li>{@link #ZOOM} ({@code 1}): Zoom / Zoom
 *   <li>{@link #NOWCODER_TECHNICAL} ({@code 2}): 牛客技术类型 / Nowcoder (technical)
 *   <li>{@link #NOWCODER_NON_TECHNICAL} ({@code 3}): 牛客非技术类型 / Nowcoder (non-technical)
 *   <li>{@link #SAIMA} ({@code 4}): 赛码 / Saima
 *   <li>{@link #FEISHU} ({@code 5}): 飞书 / Feishu (Lark)
 *   <li>{@link #HACKERRANK} ({@code 8}): Hackerrank / HackerRank
 *   <li>{@link #FEISHU_WITH_CODING} ({@code 9}): 飞书（含代码考核） / Feishu (Lark) with coding assessment
 *   <li>{@link #NO_SYSTEM_TOOL} ({@code 100}): 不使用系统工具 / No system tool
 * </ul>
 *
 * <p>Open: a code not listed here decodes to {@link Unknown} and re-encodes
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
  @JsonValue
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
  @JsonCreator
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
     * Zoom / Zoom (wire value {@code 1}).
     */
    ZOOM(1, "Zoom", "Zoom"),

    /**
     * 牛客技术类型 / Nowcoder (technical) (wire value {@code 2}).
     */
    NOWCODER_TECHNICAL(2, "牛客技术类型", "Nowcoder (technical)"),

    /**
     * 牛客非技术类型 / Nowcoder (non-technical) (wire value {@code 3}).
     */
    NOWCODER_NON_TECHNICAL(3, "牛客非技术类型", "Nowcoder (non-technical)"),

    /**
     * 赛码 / Saima (wire value {@code 4}).
     */
    SAIMA(4, "赛码", "Saima"),

    /**
     * 飞书 / Feishu (Lark) (wire value {@code 5}).
     */
    FEISHU(5, "飞书", "Feishu (Lark)"),

    /**
     * Hackerrank / HackerRank (wire value {@code 8}).
     */
    HACKERRANK(8, "Hackerrank", "HackerRank"),

    /**
     * 飞书（含代码考核） / Feishu (Lark) with coding assessment (wire value {@code 9}).
     */
    FEISHU_WITH_CODING(9, "飞书（含代码考核）", "Feishu (Lark) with coding assessment"),

    /**
     * 不使用系统工具 / No system tool (wire value {@code 100}).
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
    @JsonValue
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
          throw new IllegalArgumentException(code + " is the code of " + k + "; use VideoType." + k);
        }
      }
    }

    @Override
    @JsonValue
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
