package io.larkgen.processor.model;

/**
 * {@code x-lark-rate-limit}.
 *
 * @param key budget key; operations with the same key share a budget (default: operationId)
 * @param requestsPerSecond documented requests per second per app and tenant
 */
public record RateLimitDef(String key, int requestsPerSecond) {}
