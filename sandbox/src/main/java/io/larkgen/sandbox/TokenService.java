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

  /** Whose a token is, and the Feishu token type it stands for. */
  enum Kind {
    TENANT("tenant_access_token"), APP("app_access_token"), USER("user_access_token");

    private final String feishuType;

    Kind(String feishuType) {
      this.feishuType = feishuType;
    }

    /** The name the spec's {@code x-lark-token-types} uses. */
    String feishuType() {
      return feishuType;
    }
  }

  /** Prefix of every user access token; the sandbox hands them out only to tests. */
  static final String USER_PREFIX = "u-";

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
    String value = (kind == Kind.TENANT ? "t-" : "a-") + "g1" + HexFormat.of().formatHex(randomBytes());
    Token token = new Token(value, kind, appId, tenantKey, now + ttl.toMillis());
    byValue.put(value, token);
    latestByOwner.put(owner, token);
    stats.tokenIssued();
    return token;
  }

  /**
   * A user access token of the app and tenant: {@code value} when given (it must start with
   * {@value #USER_PREFIX}), a fresh random one otherwise. It lives {@code ttl} like the others.
   */
  synchronized Token issueUser(String value, String appId, String tenantKey) {
    String v = value != null ? value
        : USER_PREFIX + "g1" + HexFormat.of().formatHex(randomBytes());
    if (!v.startsWith(USER_PREFIX) || v.length() <= USER_PREFIX.length()) {
      throw new IllegalArgumentException("a user access token starts with " + USER_PREFIX);
    }
    Token token = new Token(v, Kind.USER, appId, tenantKey, clock.millis() + ttl.toMillis());
    byValue.put(v, token);
    stats.tokenIssued();
    return token;
  }

  /** The valid token with this value and kind, if any (unknown, expired and revoked: empty). */
  Optional<Token> check(String value, Kind kind) {
    return check(value).filter(t -> t.kind() == kind);
  }

  /** The valid token with this value, of any kind (unknown, expired and revoked: empty). */
  Optional<Token> check(String value) {
    Token token = byValue.get(value);
    if (token == null || token.expiresAtMillis() <= clock.millis()) {
      return Optional.empty();
    }
    return Optional.of(token);
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return bytes;
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
