package io.larkgen.runtime.auth;

import java.util.Objects;

/**
 * Identifies one cached access token: its kind, the app, and for store apps the tenant.
 *
 * @param kind which token
 * @param appId the app's id (not secret)
 * @param tenantKey the tenant for a store app's tenant token; null otherwise
 */
public record TokenKey(Kind kind, String appId, String tenantKey) {

  /** Kinds of access token the runtime obtains. */
  public enum Kind {
    /** {@code tenant_access_token} of a self-built app. */
    TENANT_SELF_BUILT,
    /** {@code app_access_token} of a store app. */
    APP_STORE,
    /** {@code tenant_access_token} of a store app for one tenant. */
    TENANT_STORE
  }

  /**
   * Checks that a tenant key is given exactly for {@link Kind#TENANT_STORE}.
   *
   * @param kind which token
   * @param appId the app's id
   * @param tenantKey the tenant, or null
   * @throws IllegalArgumentException when the tenant key is missing for a store tenant token, or
   *     given for another kind
   */
  public TokenKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(appId, "appId");
    if ((kind == Kind.TENANT_STORE) != (tenantKey != null)) {
      throw new IllegalArgumentException("a tenant key is needed for, and only for, TENANT_STORE");
    }
  }
}
