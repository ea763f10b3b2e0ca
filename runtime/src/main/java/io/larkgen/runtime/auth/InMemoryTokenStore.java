package io.larkgen.runtime.auth;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A {@link TokenStore} in a concurrent map. */
public final class InMemoryTokenStore implements TokenStore {
  private final ConcurrentMap<TokenKey, AccessToken> tokens = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryTokenStore() {}

  @Override
  public Optional<AccessToken> get(TokenKey key) {
    return Optional.ofNullable(tokens.get(key));
  }

  @Override
  public void put(TokenKey key, AccessToken token) {
    tokens.put(key, token);
  }

  @Override
  public void remove(TokenKey key, AccessToken token) {
    tokens.remove(key, token);
  }

  @Override
  public String toString() {
    return "InMemoryTokenStore[" + tokens.size() + " tokens]";
  }
}
