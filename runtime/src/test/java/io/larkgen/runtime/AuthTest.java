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

import io.larkgen.runtime.auth.AppTicketHolder;
import io.larkgen.runtime.auth.InMemoryTokenStore;
import io.larkgen.runtime.error.LarkAuthException;
import io.larkgen.runtime.error.LarkPermissionException;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.internal.auth.TokenManager;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu.Reply;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {
  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    server.sequence(PATH, ok(page(false, null, "x")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void tokenIsFetchedOnceAndSentAsBearer() {
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      client.execute(LIST, REQUEST);
      client.execute(LIST, REQUEST);
      assertEquals(1, server.tokenRequests());
      FakeFeishu.Received tokenRequest = server.requests(TOKEN_PATH).get(0);
      assertEquals("POST", tokenRequest.method());
      assertEquals("{\"app_id\":\"" + Clients.APP_ID + "\",\"app_secret\":\""
          + Clients.APP_SECRET + "\"}", tokenRequest.body());
      for (FakeFeishu.Received r : server.requests(PATH)) {
        assertEquals("Bearer " + server.tenantToken, r.authorization());
      }
      assertEquals(1, client.stats().tokenFetches());
      assertEquals(2, client.stats().requestsSent());
    }
  }

  @Test
  void tokenIsReusedUntilThirtyMinutesBeforeExpiryThenRefreshed() {
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      client.execute(LIST, REQUEST);
      clock.advance(Duration.ofMinutes(89).plusSeconds(59)); // expire 7200 s: refresh at 90 min
      client.execute(LIST, REQUEST);
      assertEquals(1, server.tokenRequests());

      server.tenantToken = "t-g1044ghJRUIJJ5ELPZ5GYMAYIZSECONDTOKEN";
      clock.advance(Duration.ofSeconds(1));
      client.execute(LIST, REQUEST);
      assertEquals(2, server.tokenRequests());
      List<FakeFeishu.Received> calls = server.requests(PATH);
      assertEquals("Bearer " + server.tenantToken, calls.get(2).authorization());
    }
  }

  /** The token endpoint issues the default token once, then answers {@code error}; returns it. */
  private String oneTokenThenErrors(Reply error) {
    String first = server.tenantToken;
    server.sequence(TOKEN_PATH,
        json(200, "{\"code\":0,\"tenant_access_token\":\"" + first + "\",\"expire\":7200}"),
        error);
    return first;
  }

  @Test
  void failedRefreshKeepsServingTheStillValidToken() {
    String first = oneTokenThenErrors(Reply.error(500, 1, "internal error"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      client.execute(LIST, REQUEST);
      clock.advance(Duration.ofMinutes(100)); // in the refresh window, 20 min before expiry
      client.execute(LIST, REQUEST);
      assertEquals(2, server.tokenRequests());
      assertEquals("Bearer " + first, server.requests(PATH).get(1).authorization());

      clock.advance(Duration.ofMinutes(21)); // now expired: the failure surfaces
      LarkAuthException e = assertThrows(LarkAuthException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(1, e.code());
      assertEquals(500, e.httpStatus());
      assertEquals("auth.v3.tenant_access_token.internal", e.operationId());
    }
  }

  @Test
  void tokenFetchFailureIsTypedWithTheCode() {
    server.sequence(TOKEN_PATH, json(200, "{\"code\":10014,\"msg\":\"app secret invalid\"}"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      LarkAuthException e = assertThrows(LarkAuthException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(10014, e.code());
      assertEquals("app secret invalid", e.msg());
      assertTrue(e.getMessage().contains("code 10014"), e.getMessage());
      assertTrue(server.requests(PATH).isEmpty());
      assertEquals(1, server.tokenRequests()); // a refusal is not retried
      assertTrue(clock.sleeps().isEmpty());
    }
  }

  @Test
  void singleFlightUnderHundredConcurrentCallers() throws Exception {
    // The token endpoint is slow, so all callers find the cache cold and pile up.
    server.script(TOKEN_PATH, (r, n) -> json(200, "{\"code\":0,\"tenant_access_token\":\""
        + server.tenantToken + "\",\"expire\":7200}").delayed(300));
    int callers = 100;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    // No client limiter: its waits would run on the fake clock, where the sleeps of concurrent
    // callers add up instead of overlapping, and push the others past their call deadlines.
    try (DefaultLarkClient client = Clients.builder(server, clock).clientRateLimiting(false)
        .build()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ThingsPage>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return client.execute(LIST, REQUEST);
        }));
      }
      go.countDown();
      for (Future<ThingsPage> f : results) {
        assertEquals(List.of("x"), f.get().items());
      }
      assertEquals(1, server.tokenRequests());
      assertEquals(1, client.stats().tokenFetches());
      assertEquals(callers, server.requests(PATH).size());
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {99991663, 99991664, 99991665, 99991671})
  void invalidTokenIsEvictedRefreshedAndRetriedOnce(int code) {
    AtomicInteger issued = new AtomicInteger();
    server.script(TOKEN_PATH, (r, n) -> json(200, "{\"code\":0,\"tenant_access_token\":\"t-token"
        + issued.incrementAndGet() + "qwertyuiop12\",\"expire\":7200}"));
    server.sequence(PATH, Reply.error(401, code, "Invalid access token for authorization"),
        ok(page(false, null, "x")));
    try (DefaultLarkClient client =
        Clients.builder(server, clock).retryPolicy(RetryPolicy.none())
            .build()) {
      assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
      assertEquals(2, server.tokenRequests());
      List<FakeFeishu.Received> calls = server.requests(PATH);
      assertEquals(2, calls.size());
      assertEquals("Bearer t-token1qwertyuiop12", calls.get(0).authorization());
      assertEquals("Bearer t-token2qwertyuiop12", calls.get(1).authorization());
      assertEquals(1, client.stats().retries());
    }
  }

  @Test
  void tokenRejectedTwiceIsThrown() {
    server.sequence(PATH, Reply.error(401, 99991663, "Invalid access token for authorization"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      LarkAuthException e = assertThrows(LarkAuthException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(99991663, e.code());
      assertEquals("test.v1.things.list", e.operationId());
      assertEquals(2, server.requests(PATH).size());
      assertEquals(2, server.tokenRequests());
    }
  }

  @Test
  void missingScopeIsNotRetriedAndNamesTheScope() {
    server.sequence(PATH, json(400, "{\"code\":99991672,\"msg\":\"Access denied. One of the "
        + "following scopes is required: [hire:interview:readonly, hire:interview]\","
        + "\"error\":{\"log_id\":\"20260301ABCDEF\",\"troubleshooter\":\"https://open.feishu.cn/"
        + "search?log_id=20260301ABCDEF\",\"permission_violations\":[{\"type\":\"action_scope_"
        + "required\",\"subject\":\"hire:interview:readonly\"},{\"type\":\"action_scope_required\","
        + "\"subject\":\"hire:interview\"}]}}"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      LarkPermissionException e = assertThrows(LarkPermissionException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(99991672, e.code());
      assertEquals(400, e.httpStatus());
      assertEquals("log-400", e.logId().orElseThrow());
      assertEquals("20260301ABCDEF", e.errorLogId().orElseThrow());
      assertTrue(e.troubleshooter().orElseThrow().contains("log_id=20260301ABCDEF"));
      assertEquals(List.of("hire:interview:readonly", "hire:interview"),
          e.error().permissionViolations().stream().map(v -> v.subject()).toList());
      assertTrue(e.getMessage().contains("missing permission, one of: hire:interview:readonly, "
          + "hire:interview"), e.getMessage());
      assertEquals(1, server.requests(PATH).size());
      assertEquals(1, server.tokenRequests());
    }
  }

  @Test
  void deniedIpIsNotRetried() {
    server.sequence(PATH, Reply.error(400, 99991401, "ip 10.0.0.1 is denied by app setting"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      LarkPermissionException e = assertThrows(LarkPermissionException.class,
          () -> client.execute(LIST, REQUEST));
      assertEquals(99991401, e.code());
      assertEquals(1, server.requests(PATH).size());
    }
  }

  @Test
  void clientsShareTokensOnlyThroughTheSameStore() {
    InMemoryTokenStore shared = new InMemoryTokenStore();
    try (DefaultLarkClient a = Clients.builder(server, clock).tokenStore(shared).build();
        DefaultLarkClient b = Clients.builder(server, clock).tokenStore(shared).build();
        DefaultLarkClient c = Clients.builder(server, clock).build()) {
      a.execute(LIST, REQUEST);
      b.execute(LIST, REQUEST);
      assertEquals(1, server.tokenRequests());
      c.execute(LIST, REQUEST);
      assertEquals(2, server.tokenRequests());
      assertEquals(0, b.stats().tokenFetches());
      assertEquals(1, c.stats().tokenFetches());
    }
  }

  @Test
  void storeAppGetsAnAppTokenFromTheTicketAndOneTenantTokenPerTenant() {
    server.sequence("/open-apis/auth/v3/app_access_token",
        json(200, "{\"code\":0,\"msg\":\"ok\",\"app_access_token\":\"a-appaccesstoken0001\","
            + "\"expire\":7200}"));
    server.script("/open-apis/auth/v3/tenant_access_token", (r, n) -> {
      String tenant = r.body().contains("tenant-one") ? "one" : "two";
      return json(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-tenant" + tenant
          + "token00001\",\"expire\":7200}");
    });
    AppTicketHolder ticket = new AppTicketHolder();
    try (DefaultLarkClient client = Clients.builder(server, clock).storeApp(ticket).build()) {
      LarkAuthException noTicket = assertThrows(LarkAuthException.class,
          () -> client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-one")));
      assertTrue(noTicket.getMessage().contains("no app_ticket"), noTicket.getMessage());
      assertThrows(IllegalArgumentException.class, () -> client.execute(LIST, REQUEST));

      ticket.set(Clients.APP_TICKET);
      client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-one"));
      client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-two"));
      client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-one"));

      List<FakeFeishu.Received> app = server.requests("/open-apis/auth/v3/app_access_token");
      assertEquals(1, app.size());
      assertEquals("{\"app_id\":\"" + Clients.APP_ID + "\",\"app_secret\":\""
          + Clients.APP_SECRET + "\",\"app_ticket\":\"" + Clients.APP_TICKET + "\"}",
          app.get(0).body());
      List<FakeFeishu.Received> tenant = server.requests("/open-apis/auth/v3/tenant_access_token");
      assertEquals(2, tenant.size());
      assertEquals("{\"app_access_token\":\"a-appaccesstoken0001\",\"tenant_key\":\"tenant-one\"}",
          tenant.get(0).body());
      List<String> auth = server.requests(PATH).stream().map(FakeFeishu.Received::authorization)
          .toList();
      assertEquals(List.of("Bearer t-tenantonetoken00001", "Bearer t-tenanttwotoken00001",
          "Bearer t-tenantonetoken00001"), auth);
      assertEquals(0, server.tokenRequests());
      assertEquals(3, client.stats().tokenFetches());
    }
  }

  @Test
  void invalidAppTokenOfAStoreAppRefreshesBothTokens() {
    AtomicInteger appTokens = new AtomicInteger();
    AtomicInteger tenantTokens = new AtomicInteger();
    server.script("/open-apis/auth/v3/app_access_token", (r, n) -> json(200,
        "{\"code\":0,\"app_access_token\":\"a-apptoken" + appTokens.incrementAndGet()
            + "qwertyuiop\",\"expire\":7200}"));
    server.script("/open-apis/auth/v3/tenant_access_token", (r, n) -> json(200,
        "{\"code\":0,\"tenant_access_token\":\"t-tenanttoken" + tenantTokens.incrementAndGet()
            + "qwertyuiop\",\"expire\":7200}"));
    server.sequence(PATH, Reply.error(401, 99991664, "invalid app token"),
        ok(page(false, null, "x")));
    AppTicketHolder ticket = new AppTicketHolder();
    ticket.set(Clients.APP_TICKET);
    try (DefaultLarkClient client = Clients.builder(server, clock).storeApp(ticket).build()) {
      client.execute(LIST, REQUEST, RequestOptions.forTenant("tenant-one"));
    }
    assertEquals(2, appTokens.get());
    assertEquals(2, tenantTokens.get());
    assertTrue(server.requests("/open-apis/auth/v3/tenant_access_token").get(1).body()
        .contains("a-apptoken2qwertyuiop"));
    assertEquals("Bearer t-tenanttoken2qwertyuiop", server.requests(PATH).get(1).authorization());
  }

  @Test
  void aLambdaTransportReceivesTheBearerTokenAndBoundedTimeout() {
    List<TransportRequest> seen =
        Collections.synchronizedList(new ArrayList<>());
    Transport transport = request -> {
      seen.add(request);
      String body = request.uri().getPath().endsWith("/internal")
          ? "{\"code\":0,\"tenant_access_token\":\"t-lambdatoken00001\",\"expire\":7200}"
          : "{\"code\":0,\"data\":" + page(false, null, "z") + "}";
      return new TransportResponse(200, Map.of(),
          body.getBytes(StandardCharsets.UTF_8));
    };
    try (DefaultLarkClient client = DefaultLarkClient.builder().appId(Clients.APP_ID)
        .appSecret(Clients.APP_SECRET).baseUrl("https://open.larksuite.com").transport(transport)
        .readTimeout(Duration.ofSeconds(7)).clock(clock).sleeper(clock).build()) {
      assertEquals(List.of("z"), client.execute(LIST, REQUEST).items());
    }
    assertEquals(2, seen.size());
    assertEquals("https://open.larksuite.com/open-apis/auth/v3/tenant_access_token/internal",
        seen.get(0).uri().toString());
    assertEquals("Bearer t-lambdatoken00001", seen.get(1).header("authorization"));
    assertEquals(Duration.ofSeconds(7), seen.get(1).timeout());
  }

  @Test
  void tokenEndpointServerErrorsAndThrottlingAreRetriedLikeAnyOtherFailure() {
    server.sequence(TOKEN_PATH, Reply.error(503, 1002001, "system busy"),
        json(429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}"),
        json(200, "{\"code\":0,\"tenant_access_token\":\"" + server.tenantToken
            + "\",\"expire\":7200}"));
    try (DefaultLarkClient client = Clients.builder(server, clock).random(new Random(1))
        .build()) {
      assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
      assertEquals(3, server.tokenRequests());
      assertEquals(2, clock.sleeps().size());
      assertEquals(1, server.requests(PATH).size());
    }
  }

  @Test
  void afterAFailedRefreshTheValidTokenIsServedForAWhileWithoutAskingAgain() {
    String first = oneTokenThenErrors(Reply.error(500, 1002001, "system error"));
    try (DefaultLarkClient client = Clients.builder(server, clock).build()) {
      client.execute(LIST, REQUEST);
      clock.advance(Duration.ofMinutes(100)); // in the refresh window
      client.execute(LIST, REQUEST);          // the refresh fails, the old token is used
      assertEquals(2, server.tokenRequests());
      client.execute(LIST, REQUEST);          // no new attempt right away
      client.execute(LIST, REQUEST);
      assertEquals(2, server.tokenRequests());
      clock.advance(TokenManager.REFRESH_RETRY_DELAY);
      client.execute(LIST, REQUEST);          // now it tries again
      assertEquals(3, server.tokenRequests());
      for (FakeFeishu.Received r : server.requests(PATH)) {
        assertEquals("Bearer " + first, r.authorization());
      }
    }
  }

  @Test
  void callersWaitingForATokenFetchThatDiesOfAnErrorAreReleasedToo() throws Exception {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch fail = new CountDownLatch(1);
    Transport transport = request -> {
      fetching.countDown();
      fail.await();
      throw new StackOverflowError("transport blew up");
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (DefaultLarkClient client = DefaultLarkClient.builder().appId(Clients.APP_ID)
        .appSecret(Clients.APP_SECRET).transport(transport).clock(clock).sleeper(clock).build()) {
      Future<?> leader = pool.submit(() -> client.execute(LIST, REQUEST));
      fetching.await();
      AtomicReference<Thread> waiterThread = new AtomicReference<>();
      Future<?> waiter = pool.submit(() -> {
        waiterThread.set(Thread.currentThread());
        return client.execute(LIST, REQUEST);
      });
      // the second caller parks on the leader's fetch before the fetch fails
      while (waiterThread.get() == null
          || waiterThread.get().getState() != Thread.State.TIMED_WAITING) {
        Thread.onSpinWait();
      }
      fail.countDown();
      assertInstanceOf(StackOverflowError.class,
          assertThrows(ExecutionException.class, leader::get).getCause());
      // a hang guard only: the waiter must be released, not left parked forever
      assertInstanceOf(StackOverflowError.class, assertThrows(ExecutionException.class,
          () -> waiter.get(60, TimeUnit.SECONDS)).getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
