package io.larkgen.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call options: which tenant a store app calls for, and a timeout for this call only.
 *
 * @param tenantKey tenant of a store (ISV) app; null for a self-built app
 * @param timeout overall timeout of this call, including retries; null for the client default
 */
public record RequestOptions(String tenantKey, Duration timeout) {
  /** No tenant, client defaults. */
  public static final RequestOptions DEFAULT = new RequestOptions(null, null);

  public RequestOptions {
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
  }

  /** Options for a store app calling on behalf of {@code tenantKey}. */
  public static RequestOptions forTenant(String tenantKey) {
    return new RequestOptions(Objects.requireNonNull(tenantKey, "tenantKey"), null);
  }

  /** These options with another overall timeout for the call (retries included). */
  public RequestOptions withTimeout(Duration timeout) {
    return new RequestOptions(tenantKey, timeout);
  }

  /** The tenant a store app calls for, if any. */
  public Optional<String> tenant() {
    return Optional.ofNullable(tenantKey);
  }
}
