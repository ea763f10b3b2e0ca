package io.larkgen.sandbox;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feishu's documented limits: at most N requests per limit key, app and tenant in each
 * 1-second window and at most M in each 1-minute window (windows aligned to whole seconds and
 * minutes of the clock). A refused request uses up neither window.
 */
final class RateLimiter {

  /** The answer to one request: allowed, or refused with the limit and seconds to its reset. */
  record Decision(boolean allowed, int limit, int resetSeconds) {}

  private static final class Window {
    long second = Long.MIN_VALUE;
    int usedInSecond;
    long minute = Long.MIN_VALUE;
    int usedInMinute;
  }

  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /** One request against {@code perSecond} and {@code perMinute} (0: no such limit). */
  Decision acquire(String key, String appId, String tenantKey, int perSecond, int perMinute) {
    long now = clock.millis();
    long second = Math.floorDiv(now, 1000);
    long minute = Math.floorDiv(now, 60_000);
    Window window = windows.computeIfAbsent(key + "/" + appId + "/" + tenantKey, k -> new Window());
    synchronized (window) {
      if (window.second != second) {
        window.second = second;
        window.usedInSecond = 0;
      }
      if (window.minute != minute) {
        window.minute = minute;
        window.usedInMinute = 0;
      }
      if (perSecond > 0 && window.usedInSecond >= perSecond) {
        return refused(perSecond, (second + 1) * 1000 - now);
      }
      if (perMinute > 0 && window.usedInMinute >= perMinute) {
        return refused(perMinute, (minute + 1) * 60_000 - now);
      }
      window.usedInSecond++;
      window.usedInMinute++;
      return new Decision(true, perSecond > 0 ? perSecond : perMinute, 0);
    }
  }

  private static Decision refused(int limit, long untilResetMillis) {
    return new Decision(false, limit, (int) Math.max(1, (untilResetMillis + 999) / 1000));
  }
}
