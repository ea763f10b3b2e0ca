package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 职级 ID 类型 / type of job level IDs
 *
 * <p>Open: a value with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface JobLevelIdType permits JobLevelIdType.Known, JobLevelIdType.Unknown {
  /**
   * 「人力系统管理后台」适用的职级 ID（人力系统管理后台逐步下线中） / Job level ID of the People admin console (being retired)
   * (wire value {@code people_admin_job_level_id}).
   */
  Known PEOPLE_ADMIN_JOB_LEVEL_ID = Known.PEOPLE_ADMIN_JOB_LEVEL_ID;

  /**
   * 「飞书管理后台」适用的职级 ID / Job level ID of the Feishu admin console (wire value {@code job_level_id}).
   */
  Known JOB_LEVEL_ID = Known.JOB_LEVEL_ID;

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
  static JobLevelIdType of(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value) {
      case "people_admin_job_level_id" -> Known.PEOPLE_ADMIN_JOB_LEVEL_ID;
      case "job_level_id" -> Known.JOB_LEVEL_ID;
      default -> new Unknown(value);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements JobLevelIdType {
    /**
     * See {@link JobLevelIdType#PEOPLE_ADMIN_JOB_LEVEL_ID}.
     */
    PEOPLE_ADMIN_JOB_LEVEL_ID("people_admin_job_level_id", "「人力系统管理后台」适用的职级 ID（人力系统管理后台逐步下线中）",
        "Job level ID of the People admin console (being retired)"),

    /**
     * See {@link JobLevelIdType#JOB_LEVEL_ID}.
     */
    JOB_LEVEL_ID("job_level_id", "「飞书管理后台」适用的职级 ID", "Job level ID of the Feishu admin console");

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
  record Unknown(String value) implements JobLevelIdType {
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
              + "; use JobLevelIdType." + k);
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
