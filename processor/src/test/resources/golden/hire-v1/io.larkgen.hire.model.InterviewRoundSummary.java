package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 面试状态 / interview status
 *
 * <p>Open: a code with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface InterviewRoundSummary permits InterviewRoundSummary.Known, InterviewRoundSummary.Unknown {
  /**
   * 未开始 / Not started (wire value {@code 2}).
   */
  Known NOT_STARTED = Known.NOT_STARTED;

  /**
   * 全部未评价 / No feedback submitted yet (wire value {@code 3}).
   */
  Known NONE_EVALUATED = Known.NONE_EVALUATED;

  /**
   * 全部通过 / All passed (wire value {@code 4}).
   */
  Known ALL_PASSED = Known.ALL_PASSED;

  /**
   * 全部淘汰 / All rejected (wire value {@code 5}).
   */
  Known ALL_REJECTED = Known.ALL_REJECTED;

  /**
   * 爽约 / No-show (wire value {@code 6}).
   */
  Known NO_SHOW = Known.NO_SHOW;

  /**
   * 部分评价且均通过 / Partly evaluated, all passed (wire value {@code 7}).
   */
  Known PARTIAL_ALL_PASSED = Known.PARTIAL_ALL_PASSED;

  /**
   * 部分评价且有通过有淘汰 / Partly evaluated, some passed and some rejected (wire value {@code 8}).
   */
  Known PARTIAL_PASSED_AND_REJECTED = Known.PARTIAL_PASSED_AND_REJECTED;

  /**
   * 部分评价且均淘汰 / Partly evaluated, all rejected (wire value {@code 9}).
   */
  Known PARTIAL_ALL_REJECTED = Known.PARTIAL_ALL_REJECTED;

  /**
   * 全部提交且有通过有淘汰 / All submitted, some passed and some rejected (wire value {@code 10}).
   */
  Known ALL_SUBMITTED_PASSED_AND_REJECTED = Known.ALL_SUBMITTED_PASSED_AND_REJECTED;

  /**
   * 部分评价且有通过和待定 / Partly evaluated, some passed and some pending (wire value {@code 11}).
   */
  Known PARTIAL_PASSED_AND_PENDING = Known.PARTIAL_PASSED_AND_PENDING;

  /**
   * 部分评价且有淘汰和待定 / Partly evaluated, some rejected and some pending (wire value {@code 12}).
   */
  Known PARTIAL_REJECTED_AND_PENDING = Known.PARTIAL_REJECTED_AND_PENDING;

  /**
   * 部分评价且均为待定 / Partly evaluated, all pending (wire value {@code 13}).
   */
  Known PARTIAL_ALL_PENDING = Known.PARTIAL_ALL_PENDING;

  /**
   * 部分评价且有通过/待定/淘汰 / Partly evaluated, some passed, pending and rejected (wire value {@code 14}).
   */
  Known PARTIAL_PASSED_PENDING_AND_REJECTED = Known.PARTIAL_PASSED_PENDING_AND_REJECTED;

  /**
   * 全部提交且有通过和待定 / All submitted, some passed and some pending (wire value {@code 15}).
   */
  Known ALL_SUBMITTED_PASSED_AND_PENDING = Known.ALL_SUBMITTED_PASSED_AND_PENDING;

  /**
   * 全部提交且有待定和淘汰 / All submitted, some pending and some rejected (wire value {@code 16}).
   */
  Known ALL_SUBMITTED_PENDING_AND_REJECTED = Known.ALL_SUBMITTED_PENDING_AND_REJECTED;

  /**
   * 全部提交且均为待定 / All submitted, all pending (wire value {@code 17}).
   */
  Known ALL_SUBMITTED_ALL_PENDING = Known.ALL_SUBMITTED_ALL_PENDING;

  /**
   * 全部提交且有通过/待定/淘汰 / All submitted, some passed, pending and rejected (wire value {@code 18}).
   */
  Known ALL_SUBMITTED_PASSED_PENDING_AND_REJECTED = Known.ALL_SUBMITTED_PASSED_PENDING_AND_REJECTED;

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
  static InterviewRoundSummary of(int code) {
    return switch (code) {
      case 2 -> Known.NOT_STARTED;
      case 3 -> Known.NONE_EVALUATED;
      case 4 -> Known.ALL_PASSED;
      case 5 -> Known.ALL_REJECTED;
      case 6 -> Known.NO_SHOW;
      case 7 -> Known.PARTIAL_ALL_PASSED;
      case 8 -> Known.PARTIAL_PASSED_AND_REJECTED;
      case 9 -> Known.PARTIAL_ALL_REJECTED;
      case 10 -> Known.ALL_SUBMITTED_PASSED_AND_REJECTED;
      case 11 -> Known.PARTIAL_PASSED_AND_PENDING;
      case 12 -> Known.PARTIAL_REJECTED_AND_PENDING;
      case 13 -> Known.PARTIAL_ALL_PENDING;
      case 14 -> Known.PARTIAL_PASSED_PENDING_AND_REJECTED;
      case 15 -> Known.ALL_SUBMITTED_PASSED_AND_PENDING;
      case 16 -> Known.ALL_SUBMITTED_PENDING_AND_REJECTED;
      case 17 -> Known.ALL_SUBMITTED_ALL_PENDING;
      case 18 -> Known.ALL_SUBMITTED_PASSED_PENDING_AND_REJECTED;
      default -> new Unknown(code);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements InterviewRoundSummary {
    /**
     * See {@link InterviewRoundSummary#NOT_STARTED}.
     */
    NOT_STARTED(2, "未开始", "Not started"),

    /**
     * See {@link InterviewRoundSummary#NONE_EVALUATED}.
     */
    NONE_EVALUATED(3, "全部未评价", "No feedback submitted yet"),

    /**
     * See {@link InterviewRoundSummary#ALL_PASSED}.
     */
    ALL_PASSED(4, "全部通过", "All passed"),

    /**
     * See {@link InterviewRoundSummary#ALL_REJECTED}.
     */
    ALL_REJECTED(5, "全部淘汰", "All rejected"),

    /**
     * See {@link InterviewRoundSummary#NO_SHOW}.
     */
    NO_SHOW(6, "爽约", "No-show"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_ALL_PASSED}.
     */
    PARTIAL_ALL_PASSED(7, "部分评价且均通过", "Partly evaluated, all passed"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_PASSED_AND_REJECTED}.
     */
    PARTIAL_PASSED_AND_REJECTED(8, "部分评价且有通过有淘汰",
        "Partly evaluated, some passed and some rejected"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_ALL_REJECTED}.
     */
    PARTIAL_ALL_REJECTED(9, "部分评价且均淘汰", "Partly evaluated, all rejected"),

    /**
     * See {@link InterviewRoundSummary#ALL_SUBMITTED_PASSED_AND_REJECTED}.
     */
    ALL_SUBMITTED_PASSED_AND_REJECTED(10, "全部提交且有通过有淘汰",
        "All submitted, some passed and some rejected"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_PASSED_AND_PENDING}.
     */
    PARTIAL_PASSED_AND_PENDING(11, "部分评价且有通过和待定", "Partly evaluated, some passed and some pending"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_REJECTED_AND_PENDING}.
     */
    PARTIAL_REJECTED_AND_PENDING(12, "部分评价且有淘汰和待定",
        "Partly evaluated, some rejected and some pending"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_ALL_PENDING}.
     */
    PARTIAL_ALL_PENDING(13, "部分评价且均为待定", "Partly evaluated, all pending"),

    /**
     * See {@link InterviewRoundSummary#PARTIAL_PASSED_PENDING_AND_REJECTED}.
     */
    PARTIAL_PASSED_PENDING_AND_REJECTED(14, "部分评价且有通过/待定/淘汰",
        "Partly evaluated, some passed, pending and rejected"),

    /**
     * See {@link InterviewRoundSummary#ALL_SUBMITTED_PASSED_AND_PENDING}.
     */
    ALL_SUBMITTED_PASSED_AND_PENDING(15, "全部提交且有通过和待定",
        "All submitted, some passed and some pending"),

    /**
     * See {@link InterviewRoundSummary#ALL_SUBMITTED_PENDING_AND_REJECTED}.
     */
    ALL_SUBMITTED_PENDING_AND_REJECTED(16, "全部提交且有待定和淘汰",
        "All submitted, some pending and some rejected"),

    /**
     * See {@link InterviewRoundSummary#ALL_SUBMITTED_ALL_PENDING}.
     */
    ALL_SUBMITTED_ALL_PENDING(17, "全部提交且均为待定", "All submitted, all pending"),

    /**
     * See {@link InterviewRoundSummary#ALL_SUBMITTED_PASSED_PENDING_AND_REJECTED}.
     */
    ALL_SUBMITTED_PASSED_PENDING_AND_REJECTED(18, "全部提交且有通过/待定/淘汰",
        "All submitted, some passed, pending and rejected");

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
  record Unknown(int code) implements InterviewRoundSummary {
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
              + "; use InterviewRoundSummary." + k);
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
