package io.larkgen.runtime;

/**
 * The kinds of access token an operation accepts, from the spec's {@code x-lark-token-types}.
 *
 * <p>Most Hire operations take a tenant token only; a few take a user token only, or either.
 */
public enum TokenType {
  /** {@code tenant_access_token}: the app acting for a tenant, fetched by the runtime. */
  TENANT("tenant_access_token"),
  /** {@code user_access_token}: the app acting for a user, passed in by the caller. */
  USER("user_access_token");

  private final String wireName;

  TokenType(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The name the spec and Feishu's docs use, e.g. {@code tenant_access_token}.
   *
   * @return the wire name
   */
  public String wireName() {
    return wireName;
  }
}
