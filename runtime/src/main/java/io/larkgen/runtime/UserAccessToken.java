package io.larkgen.runtime;

import java.util.Objects;

/**
 * A {@code user_access_token}: the credential of a call made for the user who granted it. A
 * generated method of an operation that acts for a user takes one as a parameter, so such a call
 * cannot be written without it. The value is never printed: {@link #toString()} redacts it.
 */
public final class UserAccessToken {
  private final String value;

  private UserAccessToken(String value) {
    this.value = value;
  }

  /**
   * The token with this value.
   *
   * @param value the token as Feishu issued it
   * @return the token
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static UserAccessToken of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a user access token must not be blank");
    }
    return new UserAccessToken(value);
  }

  /**
   * The token's value, to send in the {@code Authorization} header.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * {@code options} carrying this token.
   *
   * @param options per-call options; null for the defaults
   * @return the same options with this token as {@link RequestOptions#userAccessToken()}
   */
  public RequestOptions applyTo(RequestOptions options) {
    return (options == null ? RequestOptions.DEFAULT : options).withUserAccessToken(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserAccessToken token && token.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Never the value. */
  @Override
  public String toString() {
    return "UserAccessToken[***]";
  }
}
