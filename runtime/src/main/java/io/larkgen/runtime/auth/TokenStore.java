package io.larkgen.runtime.auth;

import java.util.Optional;

/**
 * Where access tokens are cached. Clients built with the same store share tokens; the default
 * ({@link InMemoryTokenStore}) is private to one client. Implementations must be thread-safe.
 */
public interface TokenStore {

  /** The cached token for {@code key}, if any (possibly stale: callers check its times). */
  Optional<AccessToken> get(TokenKey key);

  /** Caches {@code token} for {@code key}, replacing any other. */
  void put(TokenKey key, AccessToken token);

  /**
   * Removes the token for {@code key} if it is still {@code token} (one that Feishu rejected), so
   * a token another client has just stored is kept.
   */
  void remove(TokenKey key, AccessToken token);
}
