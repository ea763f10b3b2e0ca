package io.larkgen.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues and checks access tokens the way Feishu documents it: a token lives {@code ttl}; asking
 * again while more than {@code refreshWindow} remains returns the same token, otherwise a new
 * one, and the old one stays valid until its own expiry. Revocation invalidates every token.
 */
final class TokenService {

  /** Whose a token is. */
  enum Kind { TENANT, APP }

  /** A token and the app and tenant it was issued to. */
  record Token(String value, Kind kind, String appId, String tenantKey, long expiresAtMillis) {

    long remainingSeconds(long nowMillis) {
      return Math.max(0, (expiresAtMillis - nowMillis) / 1000);
    }

    @Override
    public String toString() {
      return "Token{kind=" + kind + ", appId=" + appId + ", tenantKey=" + tenantKey + "}";
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final Duration refreshWindow;
  private final SandboxStats stats;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Token> byValue = new ConcurrentHashMap<>();
  private final Map<String, Token> latestByOwner = new ConcurrentHashMap<>();

  TokenService(Clock clock, Duration ttl, Duration refreshWindow, SandboxStats stats) {
    this.clock = clock;
    this.ttl = ttl;
    this.refreshWindow = refreshWindow;
    this.stats = stats;
  }

  /** The current token of (kind, app, tenant), or a new one when it is close to expiry. */
  synchronized Token issue(Kind kind, String appId, String tenantKey) {
    long now = clock.millis();
    String owner = kind + "/" + appId + "/" + tenantKey;
    Token current = latestByOwner.get(owner);
    if (current != null && byValue.containsKey(current.value())
        && current.expiresAtMillis() - now > refreshWindow.toMillis()) {
      stats.tokenReused();
      return current;
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String value = (kind == Kind.TENANT ? "t-" : "a-") + "g1" + HexFormat.of().formatHex(bytes);
    Token token = new Token(value, kind, appId, tenantKey, now + ttl.toMillis());
    byValue.put(value, token);
    latestByOwner.put(owner, token);
    stats.tokenIssued();
    return token;
  }

  /** The valid token with this value and kind, if any (unknown, expired and revoked: empty). */
  Optional<Token> check(String value, Kind kind) {
    Token token = byValue.get(value);
    if (token == null || token.kind() != kind || token.expiresAtMillis() <= clock.millis()) {
      return Optional.empty();
    }
    return Optional.of(token);
  }

  /** Invalidates every token issued so far; the next token request gets a new one. */
  synchronized void revokeAll() {
    byValue.clear();
    latestByOwner.clear();
  }

  long now() {
    return clock.millis();
  }
}
