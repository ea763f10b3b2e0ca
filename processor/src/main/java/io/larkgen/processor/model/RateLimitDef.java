package io.larkgen.processor.model;

/**
 * {@code x-lark-rate-limit}.
 *
 * @param key budget key; operations with the same key share a budget (default: operationId)
 * @param requestsPerSecond documented requests per second per app and tenant, 0 if the docs
 *     state only a per-minute limit
 * @param requestsPerMinute documented requests per minute, 0 if the docs state none
 */
public record RateLimitDef(String key, int requestsPerSecond, int requestsPerMinute) {

  /** A per-second limit only. */
  public RateLimitDef(String key, int requestsPerSecond) {
    this(key, requestsPerSecond, 0);
  }
}
