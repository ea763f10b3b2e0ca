package io.larkgen.runtime;

import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.InMemoryTokenStore;
import io.larkgen.runtime.auth.TokenKey;
import io.larkgen.runtime.auth.TokenStore;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The seams a store and a limiter shared by several processes rely on. */
class SharedTokenStoreTest {
  private final FakeClock clock = new FakeClock();
  private final List<String> events = new ArrayList<>();

  /** Answers token requests and calls, noting each in {@link #events}. */
  private final Transport transport = request -> {
    String body;
    if (request.uri().getPath().endsWith("/internal")) {
      events.add("token request");
      body = "{\"code\":0,\"tenant_access_token\":\"t-fetchedhere000001\",\"expire\":7200}";
    } else {
      events.add("call with " + request.headers().get("Authorization").get(0));
      body = "{\"code\":0,\"data\":" + page(false, null, "z") + "}";
    }
    return new TransportResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  };

  private final RateLimiter recordingLimiter = new RateLimiter() {
    @Override
    public Optional<Duration> tryAcquire(RateLimit limit, String scope, Duration maxWait) {
      events.add("permit");
      return Optional.of(Duration.ZERO);
    }

    @Override
    public void pause(RateLimit limit, String scope, Duration duration) {
      events.add("pause");
    }
  };

  private DefaultLarkClient client(TokenStore store) {
    return DefaultLarkClient.builder().appId(Clients.APP_ID).appSecret(Clients.APP_SECRET)
        .transport(transport).clock(clock).sleeper(clock).tokenStore(store)
        .rateLimiter(recordingLimiter).build();
  }

  @Test
  void theTokenIsObtainedBeforeThePermitIsTaken() {
    try (DefaultLarkClient client = client(new InMemoryTokenStore())) {
      client.execute(LIST, REQUEST);
      client.execute(LIST, REQUEST);
    }
    assertEquals(List.of("token request", "permit", "call with Bearer t-fetchedhere000001",
        "permit", "call with Bearer t-fetchedhere000001"), events);
  }

  @Test
  void aStoreMayAnswerARefreshWithAnotherClientsToken() {
    List<Duration> waits = new ArrayList<>();
    InMemoryTokenStore shared = new InMemoryTokenStore();
    TokenStore store = new TokenStore() {
      @Override
      public Optional<AccessToken> get(TokenKey key) {
        return shared.get(key);
      }

      @Override
      public void put(TokenKey key, AccessToken token) {
        shared.put(key, token);
      }

      @Override
      public void remove(TokenKey key, AccessToken token) {
        shared.remove(key, token);
      }

      @Override
      public AccessToken fetchOnce(TokenKey key, Predicate<AccessToken> usable,
          Supplier<AccessToken> fetch, Duration maxWait) {
        waits.add(maxWait);
        // Another process fetched meanwhile: its token, not a request of this client.
        return new AccessToken("t-fromanotherclient1", clock.instant().plusSeconds(7200),
            clock.instant().plusSeconds(5400));
      }
    };
    try (DefaultLarkClient client = client(store)) {
      client.execute(LIST, REQUEST);
      client.execute(LIST, REQUEST);
      assertEquals(0, client.stats().tokenFetches());
    }
    assertEquals(List.of("permit", "call with Bearer t-fromanotherclient1",
        "permit", "call with Bearer t-fromanotherclient1"), events);
    assertEquals(1, waits.size(), "asked once, then cached");
    assertEquals(Duration.ofSeconds(30), waits.get(0), "bounded by one token request's timeout");
  }
}
