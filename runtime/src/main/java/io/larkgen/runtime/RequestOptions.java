package io.larkgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options: which tenant a store app calls for, a user access token for operations that
 * act for a user, and a timeout for this call only.
 *
 * @param tenantKey tenant of a store (ISV) app; null for a self-built app
 * @param timeout overall timeout of this call, including retries; null for the client default
 * @param userAccessToken a {@code user_access_token} for an operation that accepts one; null to
 *     use the tenant token. Never printed by {@link #toString()}.
 */
public record RequestOptions(String tenantKey, Duration timeout, String userAccessToken) {
  /** No tenant, no user token, client defaults. */
  public static final RequestOptions DEFAULT = new RequestOptions(null, null, null);

  public RequestOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (userAccessToken != null && userAccessToken.isBlank()) {
      throw new IllegalArgumentException("userAccessToken must not be blank");
    }
  }

  /** Options with a tenant and a timeout, and no user token. */
  public RequestOptions(String tenantKey, Duration timeout) {
    this(tenantKey, timeout, null);
  }

  /** Options for a store app calling on behalf of {@code tenantKey}. */
  public static RequestOptions forTenant(String tenantKey) {
    return new RequestOptions(Objects.requireNonNull(tenantKey, "tenantKey"), null, null);
  }

  /** Options for a call made for the user who granted {@code userAccessToken}. */
  public static RequestOptions forUser(String userAccessToken) {
    return new RequestOptions(
        null, null, Objects.requireNonNull(userAccessToken, "userAccessToken"));
  }

  /** These options with another overall timeout for the call (retries included). */
  public RequestOptions withTimeout(Duration timeout) {
    return new RequestOptions(tenantKey, timeout, userAccessToken);
  }

  /** These options with a user access token. */
  public RequestOptions withUserAccessToken(String userAccessToken) {
    return new RequestOptions(tenantKey, timeout, userAccessToken);
  }

  /** The tenant a store app calls for, if any. */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenantKey);
  }

  /** The user access token, if any. */
  public Optional<String> userToken() {
    return Optional.ofNullable(userAccessToken);
  }

  @Override
  public String toString() {
    return "RequestOptions[tenantKey="
        + tenantKey
        + ", timeout="
        + timeout
        + ", userAccessToken="
        + (userAccessToken == null ? "null" : "***")
        + "]";
  }
}
