package io.larkgen.runtime.redis;

import io.larkgen.runtime.error.LarkException;

/**
 * Redis did not answer in time, refused the connection, or answered with an error. Thrown by
 * {@link RedisTokenStore}, {@link RedisRateLimiter} and {@link RedisEventIdStore} instead of
 * falling back to per-process state: a client that limited only itself would send its replicas'
 * share on top, and Feishu would answer 429; a receiver that remembered event ids only itself
 * would handle an event its replica handled too. The message names the Redis host and port,
 * never a password.
 */
public class RedisUnavailableException extends LarkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param detail what was being done and what failed
   * @param cause the Redis client's exception
   */
  public RedisUnavailableException(String detail, Throwable cause) {
    super("redis: " + detail, null, 0, null, cause);
  }
}
