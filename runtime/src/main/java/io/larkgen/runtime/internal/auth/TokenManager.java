package io.larkgen.runtime.internal.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.RequestParams;
import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.TokenKey;
import io.larkgen.runtime.auth.TokenStore;
import io.larkgen.runtime.error.LarkAuthException;
import io.larkgen.runtime.error.LarkError;
import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkMalformedResponseException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.http.RequestContent;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.internal.error.Redactor;
import io.larkgen.runtime.internal.http.HttpExchange;
import io.larkgen.runtime.internal.http.Urls;
import io.larkgen.runtime.retry.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains, caches and refreshes access tokens for one app.
 *
 * <ul>
 *   <li>Self-built app: {@code POST /open-apis/auth/v3/tenant_access_token/internal} with {@code
 *       app_id} and {@code app_secret}.
 *   <li>Store app: {@code POST /open-apis/auth/v3/app_access_token} with the latest {@code
 *       app_ticket}, then per tenant {@code POST /open-apis/auth/v3/tenant_access_token} with the
 *       {@code app_access_token} and {@code tenant_key}.
 * </ul>
 *
 * <p>A token is used until {@link #REFRESH_MARGIN} before it expires (half its lifetime for
 * tokens issued for less than an hour). Only one caller per key fetches; concurrent callers wait
 * for its result. When a refresh fails while the old token is still valid, the old token is
 * served, and the next refresh is tried {@link #REFRESH_RETRY_DELAY} later. Token fetches are
 * not retried here: the caller's retry policy decides.
 */
public final class TokenManager {
  /** How long before expiry a token is refreshed. */
  public static final Duration REFRESH_MARGIN = Duration.ofMinutes(30);

  /**
   * After a failed refresh, how long the still valid token is used before the next attempt:
   * without a pause every call would first wait for the failing token endpoint again.
   */
  public static final Duration REFRESH_RETRY_DELAY = Duration.ofSeconds(30);

  /**
   * The longest lifetime a token is trusted for, whatever its {@code expire} says (Feishu issues
   * two hours): an absurd value is clamped instead of overflowing the expiry instant.
   */
  public static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(1);

  private static final String SELF_BUILT_ID = "auth.v3.tenant_access_token.internal";
  private static final String APP_TOKEN_ID = "auth.v3.app_access_token";
  private static final String STORE_TENANT_ID = "auth.v3.tenant_access_token";
  private static final int RATE_LIMIT_CODE = 99991400;

  static final String SELF_BUILT_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  static final String APP_TOKEN_PATH = "/open-apis/auth/v3/app_access_token";
  static final String STORE_TENANT_PATH = "/open-apis/auth/v3/tenant_access_token";

  /** Token fetches log under the public {@code auth} package's name, wherever this class lives. */
  public static final String LOGGER_NAME = "io.larkgen.runtime.auth";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final JsonFactory JSON = new JsonFactory();

  private final String appId;
  private final String appSecret;
  private final Supplier<String> appTicket;
  private final TokenStore store;
  private final Clock clock;
  private final URI baseUrl;
  private final HttpExchange exchange;
  private final Duration timeout;
  private final String userAgent;
  private final Runnable onFetch;
  private final ConcurrentMap<TokenKey, CompletableFuture<AccessToken>> inFlight =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<TokenKey, Instant> nextRefreshAttempt = new ConcurrentHashMap<>();

  /**
   * Creates a token manager.
   *
   * @param appId the app id
   * @param appSecret the app secret
   * @param appTicket the latest app ticket for a store app; null for a self-built app
   * @param store where tokens are cached
   * @param clock decides expiry
   * @param baseUrl the open platform's base URL
   * @param exchange sends the token requests
   * @param timeout timeout of one token request
   * @param userAgent {@code User-Agent} header value
   * @param onFetch called once per token request sent (for statistics)
   */
  public TokenManager(
      String appId,
      String appSecret,
      Supplier<String> appTicket,
      TokenStore store,
      Clock clock,
      URI baseUrl,
      HttpExchange exchange,
      Duration timeout,
      String userAgent,
      Runnable onFetch) {
    this.appId = Objects.requireNonNull(appId, "appId");
    this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
    this.appTicket = appTicket;
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.onFetch = Objects.requireNonNull(onFetch, "onFetch");
  }

  /** Whether this is a store (ISV) app, which needs a tenant key per call. */
  public boolean isStoreApp() {
    return appTicket != null;
  }

  /** The key under which the tenant token for {@code tenantKey} is cached. */
  public TokenKey tenantTokenKey(String tenantKey) {
    if (isStoreApp()) {
      if (tenantKey == null || tenantKey.isEmpty()) {
        throw new IllegalArgumentException(
            "a store app calls on behalf of a tenant: pass RequestOptions.forTenant(tenantKey)");
      }
      return new TokenKey(TokenKey.Kind.TENANT_STORE, appId, tenantKey);
    }
    return new TokenKey(TokenKey.Kind.TENANT_SELF_BUILT, appId, null);
  }

  /**
   * A tenant access token usable now; a token request sent for it times out after {@code
   * requestTimeout} (e.g. what is left of the caller's deadline) or the manager's own timeout,
   * whichever is shorter.
   *
   * @param tenantKey the tenant (store apps); ignored for self-built apps
   * @param requestTimeout upper bound for each token request this call sends
   * @throws LarkAuthException when Feishu refuses to issue one
   */
  public AccessToken tenantToken(String tenantKey, Duration requestTimeout) {
    TokenKey key = tenantTokenKey(tenantKey);
    Duration t = requestTimeout.compareTo(timeout) < 0 ? requestTimeout : timeout;
    if (!isStoreApp()) {
      return obtain(key, t, () -> fetchSelfBuilt(t));
    }
    return obtain(key, t, () -> fetchStoreTenant(key.tenantKey(), t));
  }

  /**
   * Forgets {@code rejected} because Feishu said it is invalid, so the next call fetches a new
   * one. With {@code appTokenToo} the store app's app token is forgotten as well.
   */
  public void invalidate(String tenantKey, AccessToken rejected, boolean appTokenToo) {
    store.remove(tenantTokenKey(tenantKey), rejected);
    if (appTokenToo && isStoreApp()) {
      TokenKey appKey = new TokenKey(TokenKey.Kind.APP_STORE, appId, null);
      store.get(appKey).ifPresent(t -> store.remove(appKey, t));
    }
  }

  private AccessToken obtain(TokenKey key, Duration timeout, Supplier<AccessToken> fetch) {
    AccessToken cached = store.get(key).orElse(null);
    if (usable(key, cached)) {
      return cached;
    }
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    CompletableFuture<AccessToken> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(key, running, timeout);
    }
    try {
      AccessToken current = store.get(key).orElse(null);
      if (usable(key, current)) {
        mine.complete(current);
        return current;
      }
      try {
        // Across processes too when the store is shared: one fetches, the others wait for it.
        AccessToken fresh = store.fetchOnce(key, t -> usable(key, t), fetch, timeout);
        store.put(key, fresh);
        nextRefreshAttempt.remove(key);
        mine.complete(fresh);
        return fresh;
      } catch (RuntimeException e) {
        Instant now = clock.instant();
        if (current != null && current.isValidAt(now)) {
          nextRefreshAttempt.put(key, now.plus(REFRESH_RETRY_DELAY));
          LOG.warn("refreshing the {} for app {} failed, the current token stays in use until {}: {}",
              describe(key), appId, current.expiresAt(), e.getMessage());
          mine.complete(current);
          return current;
        }
        mine.completeExceptionally(e);
        throw e;
      } catch (Error e) {
        // Callers waiting for this fetch must not stay parked on a future nobody completes.
        mine.completeExceptionally(e);
        throw e;
      }
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** Fresh, or still valid while a failed refresh is not to be repeated yet. */
  private boolean usable(TokenKey key, AccessToken token) {
    if (token == null) {
      return false;
    }
    Instant now = clock.instant();
    if (token.isFreshAt(now)) {
      return true;
    }
    Instant retryAt = nextRefreshAttempt.get(key);
    return retryAt != null && now.isBefore(retryAt) && token.isValidAt(now);
  }

  /**
   * Waits for another caller's fetch, at most {@code timeout} (what is left of this caller's
   * deadline, or one token request's timeout).
   */
  private static AccessToken await(
      TokenKey key, CompletableFuture<AccessToken> running, Duration timeout) {
    try {
      return running.get(RetryPolicy.saturatedNanos(timeout), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new LarkTimeoutException(operationId(key), LarkTimeoutException.Kind.READ,
          "no " + describe(key) + " within " + timeout + " while another caller fetches it", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LarkInterruptedException(operationId(key),
          "waiting for the " + describe(key) + " another caller fetches", e);
    }
  }

  private static String operationId(TokenKey key) {
    return switch (key.kind()) {
      case TENANT_SELF_BUILT -> SELF_BUILT_ID;
      case APP_STORE -> APP_TOKEN_ID;
      case TENANT_STORE -> STORE_TENANT_ID;
    };
  }

  private AccessToken fetchSelfBuilt(Duration t) {
    return fetch(SELF_BUILT_ID, SELF_BUILT_PATH,
        Map.of("app_id", appId, "app_secret", appSecret), "tenant_access_token", t);
  }

  private AccessToken fetchAppToken(Duration t) {
    String ticket = appTicket.get();
    if (ticket == null || ticket.isEmpty()) {
      throw new LarkAuthException(APP_TOKEN_ID, 0, 10012,
          "no app_ticket received yet: Feishu sends it by event; pass it to the client's app "
              + "ticket supplier", null, LarkError.NONE);
    }
    return fetch(APP_TOKEN_ID, APP_TOKEN_PATH,
        Map.of("app_id", appId, "app_secret", appSecret, "app_ticket", ticket),
        "app_access_token", t);
  }

  private AccessToken fetchStoreTenant(String tenantKey, Duration t) {
    TokenKey appKey = new TokenKey(TokenKey.Kind.APP_STORE, appId, null);
    AccessToken appToken = obtain(appKey, t, () -> fetchAppToken(t));
    try {
      return fetchTenantWith(appToken, tenantKey, t);
    } catch (LarkAuthException e) {
      if (e.code() != 99991663 && e.code() != 99991664) {
        throw e;
      }
      LOG.debug("app_access_token of app {} rejected ({}), fetching a new one", appId, e.code());
      store.remove(appKey, appToken);
      return fetchTenantWith(obtain(appKey, t, () -> fetchAppToken(t)), tenantKey, t);
    }
  }

  private AccessToken fetchTenantWith(AccessToken appToken, String tenantKey, Duration t) {
    return fetch(STORE_TENANT_ID, STORE_TENANT_PATH,
        Map.of("app_access_token", appToken.value(), "tenant_key", tenantKey),
        "tenant_access_token", t);
  }

  private AccessToken fetch(
      String operationId,
      String path,
      Map<String, String> body,
      String tokenField,
      Duration requestTimeout) {
    TransportRequest request =
        new TransportRequest(
            HttpMethod.POST,
            Urls.build(baseUrl, path, new RequestParams()),
            Map.of(
                "Accept", List.of("application/json"),
                "User-Agent", List.of(userAgent)),
            RequestContent.ofBytes("application/json; charset=utf-8", json(body)),
            requestTimeout);
    Instant requested = clock.instant();
    onFetch.run();
    TransportResponse response = exchange.send(operationId, request, 1);
    return parse(operationId, response, tokenField, requested);
  }

  private AccessToken parse(
      String operationId, TransportResponse response, String tokenField, Instant requested) {
    Integer code = null;
    String msg = null;
    String token = null;
    Double expire = null;
    try (JsonParser p = JSON.createParser(response.body())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseFailure("expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("code".equals(name) && t == JsonToken.VALUE_NUMBER_INT) {
          code = p.getIntValue();
        } else if ("msg".equals(name) && t == JsonToken.VALUE_STRING) {
          msg = p.getText();
        } else if (tokenField.equals(name) && t == JsonToken.VALUE_STRING) {
          token = p.getText();
        } else if ("expire".equals(name)
            && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
          expire = p.getValueAsDouble();
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new JsonParseFailure("unexpected end of object");
      }
    } catch (JsonParseFailure | JsonProcessingException e) {
      throw new LarkMalformedResponseException(operationId, response.status(), response.logId(),
          e.getClass().getSimpleName() + " " + e.getMessage().split("\n", 2)[0], e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    msg = Redactor.redactValues(msg, secrets());
    if (response.status() == 429 || (code != null && code == RATE_LIMIT_CODE)) {
      throw new LarkRateLimitException(operationId, response.status(),
          code == null ? RATE_LIMIT_CODE : code, msg == null ? "rate limited" : msg,
          response.logId(), LarkError.NONE, response.rateLimitReset().orElse(null));
    }
    if (code == null || code != 0 || response.status() / 100 != 2) {
      throw new LarkAuthException(operationId, response.status(), code == null ? -1 : code,
          msg == null ? "token request failed" : msg, response.logId(), LarkError.NONE);
    }
    if (token == null || token.isEmpty() || expire == null || !(expire >= 1)) {
      throw new LarkMalformedResponseException(operationId, response.status(), response.logId(),
          "code 0 without " + tokenField + " and a positive expire", null);
    }
    Duration lifetime = expire >= MAX_TOKEN_LIFETIME.toSeconds()
        ? MAX_TOKEN_LIFETIME : Duration.ofSeconds(expire.longValue());
    Duration usable = lifetime.minus(REFRESH_MARGIN);
    if (usable.compareTo(lifetime.dividedBy(2)) < 0) {
      usable = lifetime.dividedBy(2);
    }
    return new AccessToken(token, requested.plus(lifetime), requested.plus(usable));
  }

  /**
   * The values no message may show: the app secret and, for a store app, the current app
   * ticket and app token.
   */
  public List<String> secrets() {
    List<String> values = new ArrayList<>(3);
    values.add(appSecret);
    if (appTicket != null) {
      values.add(appTicket.get());
      store.get(new TokenKey(TokenKey.Kind.APP_STORE, appId, null))
          .ifPresent(t -> values.add(t.value()));
    }
    return values;
  }

  private static byte[] json(Map<String, String> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String describe(TokenKey key) {
    return switch (key.kind()) {
      case TENANT_SELF_BUILT -> "tenant_access_token";
      case APP_STORE -> "app_access_token";
      case TENANT_STORE -> "tenant_access_token of tenant " + key.tenantKey();
    };
  }

  @Override
  public String toString() {
    return "TokenManager[appId=" + appId + ", appSecret=***, storeApp=" + isStoreApp()
        + ", store=" + store + "]";
  }

  /** A structural problem found while reading a token response. */
  private static final class JsonParseFailure extends Exception {
    private static final long serialVersionUID = 1L;

    JsonParseFailure(String message) {
      super(message);
    }
  }
}
