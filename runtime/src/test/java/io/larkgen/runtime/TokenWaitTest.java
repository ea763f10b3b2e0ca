package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.FakeFeishu.TOKEN_PATH;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Waiting for a token: deadlines, interrupts, odd lifetimes and a throttled token endpoint. */
class TokenWaitTest {
  private final FakeClock clock = new FakeClock();

  /** A transport whose token request blocks until {@code release}; other requests succeed. */
  private static Transport blockingTokenFetch(CountDownLatch fetching, CountDownLatch release) {
    return request -> {
      String body;
      if (request.uri().getPath().endsWith("/internal")) {
        fetching.countDown();
        release.await();
        body = "{\"code\":0,\"tenant_access_token\":\"t-slowtoken0000001\",\"expire\":7200}";
      } else {
        body = "{\"code\":0,\"data\":" + page(false, null, "z") + "}";
      }
      return new TransportResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    };
  }

  private DefaultLarkClient client(Transport transport) {
    return DefaultLarkClient.builder().appId(Clients.APP_ID).appSecret(Clients.APP_SECRET)
        .transport(transport).clock(clock).sleeper(clock).build();
  }

  @Test
  void aCallWaitingForAnotherThreadsTokenFetchEndsAtItsOwnDeadline() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (DefaultLarkClient client = client(blockingTokenFetch(fetching, release))) {
      Future<?> leader = pool.submit(() -> client.execute(LIST, REQUEST));
      fetching.await();
      RequestOptions shortCall = RequestOptions.DEFAULT.withTimeout(Duration.ofMillis(100));
      Future<?> waiter = pool.submit(() -> client.execute(LIST, REQUEST, shortCall));
      // a hang guard only: before the fix the waiter stayed parked until the leader finished
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> waiter.get(60, TimeUnit.SECONDS));
      LarkTimeoutException timeout = assertInstanceOf(LarkTimeoutException.class, e.getCause());
      assertEquals(LarkTimeoutException.Kind.OVERALL, timeout.kind());
      release.countDown();
      assertEquals(List.of("z"), ((Things.ThingsPage) leader.get()).items());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedWaiterReturnsAtOnceWithItsFlagSet() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (DefaultLarkClient client = client(blockingTokenFetch(fetching, release))) {
      pool.submit(() -> client.execute(LIST, REQUEST));
      fetching.await();
      AtomicReference<Thread> waiterThread = new AtomicReference<>();
      Future<Boolean> waiter = pool.submit(() -> {
        waiterThread.set(Thread.currentThread());
        LarkInterruptedException e = assertThrows(LarkInterruptedException.class,
            () -> client.execute(LIST, REQUEST));
        assertTrue(e.getMessage().contains("tenant_access_token"), e.getMessage());
        return Thread.currentThread().isInterrupted();
      });
      while (waiterThread.get() == null) {
        Thread.onSpinWait();
      }
      waiterThread.get().interrupt();
      assertTrue(waiter.get(60, TimeUnit.SECONDS), "the interrupt flag is restored");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "1e17", "1e400", "100000000000000000000000"})
  void aHugeExpireIsClampedToTheLongestTrustedLifetime(String expire) throws Exception {
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      server.sequence(TOKEN_PATH, json(200, "{\"code\":0,\"tenant_access_token\":\""
          + server.tenantToken + "\",\"expire\":" + expire + "}"));
      try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
        client.execute(LIST, REQUEST);
        clock.advance(Duration.ofHours(12));
        client.execute(LIST, REQUEST);
        assertEquals(1, server.tokenRequests());
        clock.advance(Duration.ofHours(13)); // past the one-day clamp
        client.execute(LIST, REQUEST);
        assertEquals(2, server.tokenRequests());
      }
    }
  }

  @Test
  void aThrottledTokenEndpointIsWaitedForAsItsResetHeaderSays() throws Exception {
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      server.sequence(TOKEN_PATH,
          json(429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")
              .withHeader("x-ogw-ratelimit-reset", "7"),
          json(200, "{\"code\":0,\"tenant_access_token\":\"" + server.tenantToken
              + "\",\"expire\":7200}"));
      try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
        assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
        assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps());
        assertEquals(1, client.stats().throttledResponses());
      }
      server.reset(TOKEN_PATH);
      try (DefaultLarkClient once = Clients.builder(server, clock)
          .retryPolicy(RetryPolicy.none()).build()) {
        LarkRateLimitException e = assertThrows(LarkRateLimitException.class,
            () -> once.execute(LIST, REQUEST));
        assertEquals(Duration.ofSeconds(7), e.reset().orElseThrow());
      }
    }
  }
}
