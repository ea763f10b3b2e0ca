package io.larkgen.runtime.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventHandler;
import io.larkgen.runtime.events.EventOutcome;
import io.larkgen.runtime.events.EventRequest;
import io.larkgen.runtime.events.EventResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

class RedisEventIdStoreTest {
  @RegisterExtension
  static final RunningRedis REDIS = new RunningRedis();

  @Test
  void anIdIsSeenOnceUnderItsKeyWithTheWindowAsTimeToLive() {
    RedisEventIdStore store = REDIS.client().eventIdStore(Duration.ofMinutes(10));
    assertTrue(store.markSeen("ev-1"));
    assertFalse(store.markSeen("ev-1"));
    assertTrue(store.markSeen("ev-2"));
    try (Jedis jedis = REDIS.server().jedis()) {
      assertEquals(Set.of("larkgen:event:ev-1", "larkgen:event:ev-2"), jedis.keys("*"));
      long ttl = jedis.pttl("larkgen:event:ev-1");
      assertTrue(ttl > 0 && ttl <= Duration.ofMinutes(10).toMillis(), "time to live " + ttl);
    }
    assertEquals(RedisEventIdStore.DEFAULT_WINDOW, REDIS.client().eventIdStore().window());
  }

  @Test
  void aForgottenIdIsSeenAgain() {
    RedisEventIdStore store = REDIS.client().eventIdStore();
    assertTrue(store.markSeen("ev-3"));
    store.forget("ev-3");
    assertTrue(store.markSeen("ev-3"));
  }

  @Test
  void anIdExpiresAfterTheWindow() throws Exception {
    RedisEventIdStore store = REDIS.client().eventIdStore(Duration.ofMillis(50));
    assertTrue(store.markSeen("ev-4"));
    try (Jedis jedis = REDIS.server().jedis()) {
      // Wait until Redis itself has expired the key rather than for a fixed time.
      while (jedis.exists("larkgen:event:ev-4")) {
        Thread.sleep(10);
      }
    }
    assertTrue(store.markSeen("ev-4"));
  }

  @Test
  void twoDispatchersSharingOneRedisHandleARedeliveredEventOnce() {
    List<String> handled = Collections.synchronizedList(new ArrayList<>());
    try (LarkRedis other = REDIS.server().connect()) {
      EventDispatcher first = dispatcher(REDIS.client(), handled, "first");
      EventDispatcher second = dispatcher(other, handled, "second");
      EventResponse a = first.handle(event("ev-5"));
      EventResponse b = second.handle(event("ev-5"));
      EventResponse c = first.handle(event("ev-5"));
      assertInstanceOf(EventOutcome.Handled.class, a.outcome());
      assertInstanceOf(EventOutcome.Duplicate.class, b.outcome());
      assertInstanceOf(EventOutcome.Duplicate.class, c.outcome());
      assertEquals(200, b.status());
      assertInstanceOf(EventOutcome.Handled.class, second.handle(event("ev-6")).outcome());
    }
    assertEquals(List.of("first ev-5", "second ev-6"), handled);
  }

  @Test
  void aFailedHandlerLetsTheRedeliveryReachTheOtherDispatcher() {
    List<String> handled = new ArrayList<>();
    try (LarkRedis other = REDIS.server().connect()) {
      EventDispatcher failing = dispatcher(REDIS.client(), (h, e) -> {
        throw new IllegalStateException("down");
      });
      assertEquals(500, failing.handle(event("ev-7")).status());
      assertInstanceOf(EventOutcome.Handled.class,
          dispatcher(other, handled, "second").handle(event("ev-7")).outcome());
    }
    assertEquals(List.of("second ev-7"), handled);
  }

  @Test
  void anUnreachableRedisFailsWithTheTypedExceptionAndTheDispatcherAnswers500() throws Exception {
    try (LarkRedis nowhere = LarkRedis.builder(
        URI.create("redis://127.0.0.1:" + TestRedis.freePort()))
        .timeout(Duration.ofMillis(300)).build()) {
      RedisEventIdStore store = nowhere.eventIdStore();
      RedisUnavailableException e =
          assertThrows(RedisUnavailableException.class, () -> store.markSeen("ev-8"));
      assertTrue(e.getMessage().contains("larkgen:event:ev-8"), e.getMessage());
      assertThrows(RedisUnavailableException.class, () -> store.forget("ev-8"));
      List<String> handled = new ArrayList<>();
      EventResponse r = dispatcher(nowhere, handled, "x").handle(event("ev-8"));
      assertEquals(500, r.status());
      assertInstanceOf(RedisUnavailableException.class,
          assertInstanceOf(EventOutcome.Failed.class, r.outcome()).error());
      assertEquals(List.of(), handled);
    }
  }

  @Test
  void aWindowUnderAMillisecondIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> REDIS.client().eventIdStore(Duration.ofNanos(10)));
    assertEquals("window must be at least 1 ms, was PT0.00000001S", e.getMessage());
    assertTrue(REDIS.client().eventIdStore().toString().startsWith("RedisEventIdStore[window=PT7H"));
  }

  private static EventDispatcher dispatcher(LarkRedis redis, List<String> handled, String name) {
    return dispatcher(redis, (h, e) -> handled.add(name + " " + h.eventId()));
  }

  private static EventDispatcher dispatcher(LarkRedis redis, EventHandler<String> handler) {
    return EventDispatcher.builder()
        .eventIdStore(redis.eventIdStore())
        .on("hire.test.event_v1", p -> {
          p.skipChildren();
          return "body";
        }, handler)
        .build();
  }

  private static EventRequest event(String eventId) {
    String json = "{\"schema\":\"2.0\",\"header\":{\"event_id\":\"" + eventId
        + "\",\"event_type\":\"hire.test.event_v1\",\"create_time\":\"1608725989000\","
        + "\"app_id\":\"cli_test\",\"tenant_key\":\"tk\"},\"event\":{\"a\":1}}";
    return EventRequest.of(Map.of(), json.getBytes(StandardCharsets.UTF_8));
  }
}
