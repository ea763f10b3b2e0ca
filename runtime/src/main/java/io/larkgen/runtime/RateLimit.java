package io.larkgen.runtime;

import java.util.Objects;

/**
 * A documented server-side rate limit of one operation, e.g. 50 requests per second.
 *
 * @param key identifies the limit; operations with the same key share one budget
 * @param permitsPerSecond requests per second Feishu allows per app and tenant
 */
public record RateLimit(String key, int permitsPerSecond) {
  public RateLimit {
    Objects.requireNonNull(key, "key");
    if (permitsPerSecond <= 0) {
      throw new IllegalArgumentException("permitsPerSecond must be > 0, was " + permitsPerSecond);
    }
  }
}
