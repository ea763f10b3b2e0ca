package io.larkgen.runtime.redis;

import io.larkgen.runtime.events.EventIdStore;
import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.params.SetParams;

/**
 * An {@link EventIdStore} in Redis: every event receiver sharing the Redis handles an event
 * Feishu delivers more than once (to the same or to another instance) once.
 *
 * <ul>
 *   <li>Key: {@code <namespace>:event:<event id>}, e.g. {@code
 *       larkgen:event:5e3702a84e847582be8db7fb73283c02}, holding {@code 1}, taken with {@code SET
 *       key 1 NX PX <window>}: the first receiver to set it handles the event, every later one
 *       sees a repeat. The key expires after the window, so Redis holds only recent ids.
 *   <li>{@link #forget} deletes the key after a handler failed, so that Feishu's redelivery is
 *       handled again.
 * </ul>
 *
 * <p>Feishu redelivers an event that was not acknowledged after 15 seconds, 5 minutes, 1 hour
 * and 6 hours; the {@linkplain #DEFAULT_WINDOW default window} covers all of them. When Redis
 * fails, {@link RedisUnavailableException} is thrown, which the dispatcher answers with 500 so
 * that Feishu delivers the event again, rather than risk handling it twice.
 */
public final class RedisEventIdStore implements EventIdStore {
  /** How long an event id is remembered by default: beyond Feishu's last redelivery at 6 h. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(7);

  private final LarkRedis redis;
  private final Duration window;

  RedisEventIdStore(LarkRedis redis, Duration window) {
    this.redis = Objects.requireNonNull(redis, "redis");
    Objects.requireNonNull(window, "window");
    if (window.toMillis() < 1) {
      throw new IllegalArgumentException("window must be at least 1 ms, was " + window);
    }
    this.window = window;
  }

  @Override
  public boolean markSeen(String eventId) {
    String key = key(eventId);
    return "OK".equals(redis.call("recording event id " + key,
        j -> j.set(key, "1", SetParams.setParams().nx().px(window.toMillis()))));
  }

  @Override
  public void forget(String eventId) {
    String key = key(eventId);
    redis.call("forgetting event id " + key, j -> j.del(key));
  }

  /**
   * How long an event id is remembered.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  String key(String eventId) {
    return redis.key("event", Objects.requireNonNull(eventId, "eventId"));
  }

  @Override
  public String toString() {
    return "RedisEventIdStore[window=" + window + ", " + redis + "]";
  }
}
