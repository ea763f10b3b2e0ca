package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 维度评价方式 / how a feedback dimension is assessed
 *
 * <p>Open: a code with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface DimensionType permits DimensionType.Known, DimensionType.Unknown {
  /**
   * 单选题 / Single choice (wire value {@code 1}).
   */
  Known SINGLE_CHOICE = Known.SINGLE_CHOICE;

  /**
   * 多选题 / Multiple choice (wire value {@code 2}).
   */
  Known MULTIPLE_CHOICE = Known.MULTIPLE_CHOICE;

  /**
   * 描述题 / Free-text description (wire value {@code 3}).
   */
  Known DESCRIPTION = Known.DESCRIPTION;

  /**
   * 单行文本 / Single-line text (wire value {@code 4}).
   */
  Known SINGLE_LINE_TEXT = Known.SINGLE_LINE_TEXT;

  /**
   * 职级范围 / Job level range (wire value {@code 5}).
   */
  Known JOB_LEVEL_RANGE = Known.JOB_LEVEL_RANGE;

  /**
   * 打分题(单选) / Score by choosing an option (wire value {@code 6}).
   */
  Known SCORE_SINGLE_CHOICE = Known.SCORE_SINGLE_CHOICE;

  /**
   * 打分题(填空) / Score by filling in a number (wire value {@code 7}).
   */
  Known SCORE_FILL_IN = Known.SCORE_FILL_IN;

  /**
   * 系统预设题目 - 结论 / Preset question - conclusion (wire value {@code 10}).
   */
  Known PRESET_CONCLUSION = Known.PRESET_CONCLUSION;

  /**
   * 系统预设题目 - 得分 / Preset question - score (wire value {@code 11}).
   */
  Known PRESET_SCORE = Known.PRESET_SCORE;

  /**
   * 系统预设题目 - 记录 / Preset question - notes (wire value {@code 12}).
   */
  Known PRESET_RECORD = Known.PRESET_RECORD;

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
  static DimensionType of(int code) {
    return switch (code) {
      case 1 -> Known.SINGLE_CHOICE;
      case 2 -> Known.MULTIPLE_CHOICE;
      case 3 -> Known.DESCRIPTION;
      case 4 -> Known.SINGLE_LINE_TEXT;
      case 5 -> Known.JOB_LEVEL_RANGE;
      case 6 -> Known.SCORE_SINGLE_CHOICE;
      case 7 -> Known.SCORE_FILL_IN;
      case 10 -> Known.PRESET_CONCLUSION;
      case 11 -> Known.PRESET_SCORE;
      case 12 -> Known.PRESET_RECORD;
      default -> new Unknown(code);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements DimensionType {
    /**
     * See {@link DimensionType#SINGLE_CHOICE}.
     */
    SINGLE_CHOICE(1, "单选题", "Single choice"),

    /**
     * See {@link DimensionType#MULTIPLE_CHOICE}.
     */
    MULTIPLE_CHOICE(2, "多选题", "Multiple choice"),

    /**
     * See {@link DimensionType#DESCRIPTION}.
     */
    DESCRIPTION(3, "描述题", "Free-text description"),

    /**
     * See {@link DimensionType#SINGLE_LINE_TEXT}.
     */
    SINGLE_LINE_TEXT(4, "单行文本", "Single-line text"),

    /**
     * See {@link DimensionType#JOB_LEVEL_RANGE}.
     */
    JOB_LEVEL_RANGE(5, "职级范围", "Job level range"),

    /**
     * See {@link DimensionType#SCORE_SINGLE_CHOICE}.
     */
    SCORE_SINGLE_CHOICE(6, "打分题(单选)", "Score by choosing an option"),

    /**
     * See {@link DimensionType#SCORE_FILL_IN}.
     */
    SCORE_FILL_IN(7, "打分题(填空)", "Score by filling in a number"),

    /**
     * See {@link DimensionType#PRESET_CONCLUSION}.
     */
    PRESET_CONCLUSION(10, "系统预设题目 - 结论", "Preset question - conclusion"),

    /**
     * See {@link DimensionType#PRESET_SCORE}.
     */
    PRESET_SCORE(11, "系统预设题目 - 得分", "Preset question - score"),

    /**
     * See {@link DimensionType#PRESET_RECORD}.
     */
    PRESET_RECORD(12, "系统预设题目 - 记录", "Preset question - notes");

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
  record Unknown(int code) implements DimensionType {
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
              + "; use DimensionType." + k);
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
