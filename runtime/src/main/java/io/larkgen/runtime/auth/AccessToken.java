package io.larkgen.runtime.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token with its lifetime. {@link #toString()} never shows the value.
 *
 * @param value the token itself (secret)
 * @param expiresAt when Feishu stops accepting it
 * @param refreshAt from when on a new one is fetched (normally 30 minutes before expiry)
 */
public record AccessToken(String value, Instant expiresAt, Instant refreshAt) {

  /**
   * Checks that every component is given.
   *
   * @param value the token itself (secret)
   * @param expiresAt when Feishu stops accepting it
   * @param refreshAt from when on a new one is fetched
   */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(refreshAt, "refreshAt");
  }

  /**
   * Whether Feishu still accepts the token at {@code now}.
   *
   * @param now the time asked about
   * @return true while {@code now} is before {@link #expiresAt()}
   */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /**
   * Whether the token is fresh enough to be used without refreshing at {@code now}.
   *
   * @param now the time asked about
   * @return true while {@code now} is before {@link #refreshAt()}
   */
  public boolean isFreshAt(Instant now) {
    return now.isBefore(refreshAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=***, expiresAt=" + expiresAt + ", refreshAt=" + refreshAt + "]";
  }
}
