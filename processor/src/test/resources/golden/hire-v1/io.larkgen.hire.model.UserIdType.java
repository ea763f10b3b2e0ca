package io.larkgen.hire.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * 用户 ID 类型 / type of user IDs
 *
 * <p>Open: a value with no constant below decodes to {@link Unknown} and re-encodes
 * unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public sealed interface UserIdType permits UserIdType.Known, UserIdType.Unknown {
  /**
   * 标识一个用户在某个应用中的身份。同一个用户在不同应用中的 Open ID 不同。 / The user's identity within one app; differs between
   * apps. (wire value {@code open_id}).
   */
  Known OPEN_ID = Known.OPEN_ID;

  /**
   * 标识一个用户在某个应用开发商下的身份。同一用户在同一开发商下的应用中的 Union ID 是相同的，在不同开发商下的应用中的 Union ID 是不同的。 / The user's
   * identity across the apps of one developer; differs between developers. (wire value
   * {@code union_id}).
   */
  Known UNION_ID = Known.UNION_ID;

  /**
   * 标识一个用户在某个租户内的身份。同一个用户在租户 A 和租户 B 内的 User ID 是不同的；在同一个租户内，一个用户的 User ID 在所有应用（包括商店应用）中都保持一致。 /
   * The user's identity within one tenant; the same in every app of that tenant. (wire value
   * {@code user_id}).
   */
  Known USER_ID = Known.USER_ID;

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
  static UserIdType of(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value) {
      case "open_id" -> Known.OPEN_ID;
      case "union_id" -> Known.UNION_ID;
      case "user_id" -> Known.USER_ID;
      default -> new Unknown(value);
    };
  }

  /**
   * The values documented in the spec.
   */
  enum Known implements UserIdType {
    /**
     * See {@link UserIdType#OPEN_ID}.
     */
    OPEN_ID("open_id", "标识一个用户在某个应用中的身份。同一个用户在不同应用中的 Open ID 不同。",
        "The user's identity within one app; differs between apps."),

    /**
     * See {@link UserIdType#UNION_ID}.
     */
    UNION_ID("union_id",
        "标识一个用户在某个应用开发商下的身份。同一用户在同一开发商下的应用中的 Union ID 是相同的，在不同开发商下的应用中的 Union ID 是不同的。",
        "The user's identity across the apps of one developer; differs between developers."),

    /**
     * See {@link UserIdType#USER_ID}.
     */
    USER_ID("user_id",
        "标识一个用户在某个租户内的身份。同一个用户在租户 A 和租户 B 内的 User ID 是不同的；在同一个租户内，一个用户的 User ID 在所有应用（包括商店应用）中都保持一致。",
        "The user's identity within one tenant; the same in every app of that tenant.");

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
  record Unknown(String value) implements UserIdType {
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
              + "; use UserIdType." + k);
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
