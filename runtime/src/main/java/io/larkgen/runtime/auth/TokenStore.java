package io.larkgen.runtime.auth;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where access tokens are cached. Clients built with the same store share tokens; the default
 * ({@link InMemoryTokenStore}) is private to one client. Implementations must be thread-safe.
 */
public interface TokenStore {

  /**
   * The cached token for {@code key}, if any (possibly stale: callers check its times).
   *
   * @param key the app, token kind and tenant
   * @return the token, or empty when none is cached
   */
  Optional<AccessToken> get(TokenKey key);

  /**
   * Caches {@code token} for {@code key}, replacing any other.
   *
   * @param key the app, token kind and tenant
   * @param token the token just fetched
   */
  void put(TokenKey key, AccessToken token);

  /**
   * Removes the token for {@code key} if it is still {@code token} (one that Feishu rejected), so
   * a token another client has just stored is kept.
   *
   * @param key the app, token kind and tenant
   * @param token the rejected token
   */
  void remove(TokenKey key, AccessToken token);

  /**
   * Runs {@code fetch} for a new token for {@code key} as the only caller among every client
   * sharing this store, and returns its token; a caller that finds another one fetching waits
   * for that token (at most {@code maxWait}) or returns the cached one while it is still
   * accepted. The client already lets only one thread per client fetch, so the default
   * just runs {@code fetch}: enough for a store that only one client uses. A store shared
   * across processes overrides it with a lock that expires if its holder dies.
   *
   * @param key the app, token kind and tenant
   * @param usable whether a cached token is good enough not to fetch another one
   * @param fetch asks Feishu for a new token
   * @param maxWait how long to wait for another client's fetch
   * @return the new token (the caller stores it), or one another client stored
   */
  default AccessToken fetchOnce(
      TokenKey key, Predicate<AccessToken> usable, Supplier<AccessToken> fetch, Duration maxWait) {
    return fetch.get();
  }
}
