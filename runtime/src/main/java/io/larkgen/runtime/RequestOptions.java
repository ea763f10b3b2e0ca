package io.larkgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Per-call options: which tenant a store app calls for, a user access token for operations that
 * act for a user, a timeout for this call only, and where the metadata of each successful
 * answer goes.
 *
 * @param tenantKey tenant of a store (ISV) app; null for a self-built app
 * @param timeout overall timeout of this call, including retries; null for the client default
 * @param userAccessToken a {@code user_access_token} for an operation that accepts one; null to
 *     use the tenant token. Never printed by {@link #toString()}.
 * @param onResponse given the {@link ResponseMetadata} (status, log id, headers) of every
 *     successful answer of the call, or of every page of a paginated call, before the call
 *     returns; null for none
 */
public record RequestOptions(
    @Nullable String tenantKey,
    @Nullable Duration timeout,
    @Nullable String userAccessToken,
    @Nullable Consumer<ResponseMetadata> onResponse) {
  /** No tenant, no user token, client defaults. */
  public static final RequestOptions DEFAULT = new RequestOptions(null, null, null, null);

  /**
   * Checks the options.
   *
   * @param tenantKey tenant of a store (ISV) app, or null
   * @param timeout overall timeout of this call, or null for the client default
   * @param userAccessToken a {@code user_access_token}, or null
   * @param onResponse the metadata sink, or null
   * @throws IllegalArgumentException when the timeout is zero or negative, or the user token
   *     blank
   */
  public RequestOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (userAccessToken != null && userAccessToken.isBlank()) {
      throw new IllegalArgumentException("userAccessToken must not be blank");
    }
  }

  /**
   * Options with a tenant, a timeout and a user token, and no metadata sink.
   *
   * @param tenantKey tenant of a store app, or null
   * @param timeout overall timeout of the call, or null for the client default
   * @param userAccessToken a user access token, or null for the tenant token
   */
  public RequestOptions(
      @Nullable String tenantKey, @Nullable Duration timeout, @Nullable String userAccessToken) {
    this(tenantKey, timeout, userAccessToken, null);
  }

  /**
   * Options with a tenant and a timeout, and no user token.
   *
   * @param tenantKey tenant of a store app, or null
   * @param timeout overall timeout of the call, or null for the client default
   */
  public RequestOptions(@Nullable String tenantKey, @Nullable Duration timeout) {
    this(tenantKey, timeout, null, null);
  }

  /**
   * Options for a store app calling on behalf of a tenant.
   *
   * @param tenantKey the tenant's key
   * @return options naming the tenant
   */
  public static RequestOptions forTenant(String tenantKey) {
    return new RequestOptions(Objects.requireNonNull(tenantKey, "tenantKey"), null, null, null);
  }

  /**
   * Options for a call made for the user who granted a user access token.
   *
   * @param userAccessToken the user's {@code user_access_token}
   * @return options carrying the token
   */
  public static RequestOptions forUser(String userAccessToken) {
    return new RequestOptions(
        null, null, Objects.requireNonNull(userAccessToken, "userAccessToken"), null);
  }

  /**
   * These options with another overall timeout for the call (retries included).
   *
   * @param timeout the call's overall timeout, or null for the client default
   * @return new options
   */
  public RequestOptions withTimeout(@Nullable Duration timeout) {
    return new RequestOptions(tenantKey, timeout, userAccessToken, onResponse);
  }

  /**
   * These options with a user access token.
   *
   * @param userAccessToken the user's token, or null for the tenant token
   * @return new options
   */
  public RequestOptions withUserAccessToken(@Nullable String userAccessToken) {
    return new RequestOptions(tenantKey, timeout, userAccessToken, onResponse);
  }

  /**
   * These options with a sink for the metadata of each successful answer, e.g. to keep the log
   * id of a call made through a generated service method:
   *
   * <pre>{@code
   * AtomicReference<ResponseMetadata> seen = new AtomicReference<>();
   * hire.interviews().list(request, RequestOptions.DEFAULT.onResponse(seen::set));
   * log.info("listed interviews, log id {}", seen.get().logId());
   * }</pre>
   *
   * @param sink given each successful answer's metadata on the calling thread (or, for async
   *     calls, the thread that ran the call); null for none
   * @return new options
   */
  public RequestOptions onResponse(@Nullable Consumer<ResponseMetadata> sink) {
    return new RequestOptions(tenantKey, timeout, userAccessToken, sink);
  }

  /**
   * The tenant a store app calls for, if any.
   *
   * @return the tenant key, or empty
   */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenantKey);
  }

  /**
   * The user access token, if any.
   *
   * @return the token, or empty
   */
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
        + (onResponse == null ? "" : ", onResponse=set")
        + "]";
  }
}
