package io.larkgen.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feishu's documented limits: at most N requests per limit key, app and tenant in each
 * 1-second window (windows aligned to whole seconds of the clock).
 */
final class RateLimiter {

  /** The answer to one request: allowed, or refused with seconds until the window resets. */
  record Decision(boolean allowed, int limit, int resetSeconds) {}

  private static final class Window {
    long second = Long.MIN_VALUE;
    int used;
  }

  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  Decision acquire(String key, String appId, String tenantKey, int limit) {
    long now = clock.millis();
    long second = Math.floorDiv(now, 1000);
    Window window = windows.computeIfAbsent(key + "/" + appId + "/" + tenantKey, k -> new Window());
    synchronized (window) {
      if (window.second != second) {
        window.second = second;
        window.used = 0;
      }
      if (window.used < limit) {
        window.used++;
        return new Decision(true, limit, 0);
      }
    }
    long untilReset = (second + 1) * 1000 - now;
    return new Decision(false, limit, (int) Math.max(1, (untilReset + 999) / 1000));
  }
}
