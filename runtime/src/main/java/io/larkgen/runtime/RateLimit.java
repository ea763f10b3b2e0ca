package io.larkgen.runtime;

import java.util.Objects;

/**
 * A documented server-side rate limit of one operation, e.g. 50 requests per second, or 1000 a
 * minute and 50 a second. Feishu counts both windows per app and tenant.
 *
 * @param key identifies the limit; operations with the same key share one budget
 * @param permitsPerSecond requests per second Feishu allows per app and tenant; 0 when only a
 *     per-minute limit is documented
 * @param permitsPerMinute requests per minute Feishu allows per app and tenant; 0 when only a
 *     per-second limit is documented
 */
public record RateLimit(String key, int permitsPerSecond, int permitsPerMinute) {
  /**
   * Checks the limit.
   *
   * @param key identifies the limit
   * @param permitsPerSecond requests per second, or 0
   * @param permitsPerMinute requests per minute, or 0
   * @throws IllegalArgumentException when a count is negative or both are 0
   */
  public RateLimit {
    Objects.requireNonNull(key, "key");
    if (permitsPerSecond < 0 || permitsPerMinute < 0) {
      throw new IllegalArgumentException(
          "permits must be >= 0, were " + permitsPerSecond + "/s and " + permitsPerMinute + "/min");
    }
    if (permitsPerSecond == 0 && permitsPerMinute == 0) {
      throw new IllegalArgumentException("a rate limit needs a per-second or per-minute permit");
    }
  }

  /**
   * A per-second limit only.
   *
   * @param key identifies the limit; operations with the same key share one budget
   * @param permitsPerSecond requests per second Feishu allows per app and tenant, positive
   */
  public RateLimit(String key, int permitsPerSecond) {
    this(key, requirePositive(permitsPerSecond), 0);
  }

  private static int requirePositive(int permitsPerSecond) {
    if (permitsPerSecond <= 0) {
      throw new IllegalArgumentException("permitsPerSecond must be > 0, was " + permitsPerSecond);
    }
    return permitsPerSecond;
  }
}
