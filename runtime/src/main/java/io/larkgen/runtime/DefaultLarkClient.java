package io.larkgen.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.auth.InMemoryTokenStore;
import io.larkgen.runtime.auth.TokenStore;
import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkError;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.http.JdkHttpTransport;
import io.larkgen.runtime.http.RequestContent;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.internal.auth.TokenManager;
import io.larkgen.runtime.internal.error.Redactor;
import io.larkgen.runtime.internal.http.HttpExchange;
import io.larkgen.runtime.internal.http.Urls;
import io.larkgen.runtime.internal.paging.DefaultPaginator;
import io.larkgen.runtime.ratelimit.LocalRateLimiter;
import io.larkgen.runtime.ratelimit.RateLimiter;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.retry.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's {@link LarkClient}: sends operations to the Feishu / Lark Open Platform with
 * tenant access tokens, retries, client-side rate limiting, paging and typed errors.
 *
 * <pre>{@code
 * try (DefaultLarkClient client = DefaultLarkClient.builder()
 *     .appId(System.getenv("FEISHU_APP_ID"))
 *     .appSecret(System.getenv("FEISHU_APP_SECRET"))
 *     .baseUrl(DefaultLarkClient.FEISHU_BASE_URL)
 *     .build()) {
 *   ...
 *   System.err.println(client.stats());
 * }
 * }</pre>
 *
 * <p>Immutable once built and safe for concurrent use. Clients share no state unless they are
 * given the same {@link TokenStore}.
 */
public final class DefaultLarkClient implements LarkClient, AutoCloseable {
  /** Feishu (China) open platform. */
  public static final String FEISHU_BASE_URL = "https://open.feishu.cn";

  /** Lark (international) open platform. */
  public static final String LARK_BASE_URL = "https://open.larksuite.com";

  /**
   * Default share of each documented rate the client-side limiter uses before it has measured
   * its answers (then the guard follows them).
   */
  public static final double DEFAULT_RATE_LIMIT_HEADROOM = 0.97;

  private static final Logger LOG = LoggerFactory.getLogger(DefaultLarkClient.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final String appId;
  private final URI baseUrl;
  private final Duration readTimeout;
  private final Duration overallTimeout;
  private final RetryPolicy retryPolicy;
  private final boolean clientRateLimiting;
  private final Transport transport;
  private final boolean ownsTransport;
  private final String userAgent;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Object randomLock = new Object();
  private final Executor asyncExecutor;
  private final ExecutorService ownedExecutor;
  private final HttpExchange exchange;
  private final TokenManager tokens;
  private final RateLimiter rateLimiter;
  private final ResponseHandler responses = new ResponseHandler(JSON);
  private final Listeners listeners;

  private final LongAdder requestsSent = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder rateLimitWaits = new LongAdder();
  private final LongAdder rateLimitWaitNanos = new LongAdder();
  private final LongAdder throttled = new LongAdder();
  private final LongAdder tokenFetches = new LongAdder();

  private DefaultLarkClient(Builder b) {
    this.appId = b.appId;
    this.baseUrl = b.baseUrl;
    this.readTimeout = b.readTimeout;
    this.overallTimeout = b.overallTimeout;
    this.retryPolicy = b.retryPolicy;
    this.clientRateLimiting = b.clientRateLimiting;
    this.ownsTransport = b.transport == null;
    this.transport = ownsTransport ? new JdkHttpTransport(b.connectTimeout, b.maxResponseBytes) : b.transport;
    this.userAgent = b.userAgent;
    this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
    Clock c = this.clock;
    this.nanoTime =
        b.clock == null
            ? System::nanoTime
            : () -> {
              Instant now = c.instant();
              return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            };
    this.sleeper = b.sleeper;
    this.random = b.random;
    if (b.asyncExecutor == null) {
      this.ownedExecutor = Executors.newCachedThreadPool(new DaemonThreads());
      this.asyncExecutor = ownedExecutor;
    } else {
      this.ownedExecutor = null;
      this.asyncExecutor = b.asyncExecutor;
    }
    this.listeners = new Listeners(b.listeners);
    this.exchange = new HttpExchange(transport, nanoTime, this::secrets);
    this.tokens =
        new TokenManager(
            b.appId,
            b.appSecret,
            b.appTicket,
            b.tokenStore == null ? new InMemoryTokenStore() : b.tokenStore,
            clock,
            baseUrl,
            exchange,
            readTimeout,
            userAgent,
            tokenFetches::increment);
    this.rateLimiter =
        b.rateLimiter != null
            ? b.rateLimiter
            : new LocalRateLimiter(nanoTime, sleeper, b.rateLimitHeadroom);
  }

  /** The client's own secret values, masked wherever a log line or message could show them. */
  private List<String> secrets() {
    return tokens == null ? List.of() : tokens.secrets();
  }

  /**
   * Starts a client configuration.
   *
   * @return a builder with the defaults below; set at least the app id and secret
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public <Req, Resp> Resp execute(
      Operation<Req, Resp> operation, Req request, RequestOptions options) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    RequestOptions opts = options == null ? RequestOptions.DEFAULT : options;
    String userToken = userToken(operation, opts);
    URI uri;
    RequestContent body;
    try {
      RequestParams params = new RequestParams();
      operation.encoder().encode(request, params);
      uri = Urls.build(baseUrl, operation.pathTemplate(), params);
      body = operation.body().map(b -> RequestBodies.encode(JSON, b, request)).orElse(null);
    } catch (IllegalArgumentException e) {
      throw invalidRequest(operation, e);
    }
    boolean safeToRepeat =
        operation.method().isIdempotent() || operation.idempotencyKey(request) != null;
    return new Call<>(operation, uri, body, opts, userToken, safeToRepeat).run();
  }

  /**
   * The user token the call sends, or null for the tenant token; checked before any I/O against
   * the tokens the operation accepts.
   *
   * @throws LarkValidationException when the operation needs a user token and none is given, or
   *     takes none and one is
   */
  private static String userToken(Operation<?, ?> operation, RequestOptions options) {
    Set<TokenType> accepted = operation.tokenTypes();
    String user = options.userAccessToken();
    if (user == null && !accepted.contains(TokenType.TENANT)) {
      throw new LarkValidationException(operation.id(), 0, -1, "the operation acts for a user: "
          + "pass its user_access_token with RequestOptions.forUser(token) or "
          + "withUserAccessToken(token) (RequestOptions.userAccessToken is not set)", null,
          LarkError.NONE);
    }
    if (user != null && !accepted.contains(TokenType.USER)) {
      throw new LarkValidationException(operation.id(), 0, -1, "the operation accepts only a "
          + "tenant_access_token: RequestOptions.userAccessToken must not be set", null,
          LarkError.NONE);
    }
    return user;
  }

  /**
   * A request the client cannot send (a path parameter not set, a value JSON cannot hold) as
   * the validation failure callers already catch, before any I/O.
   */
  private static LarkValidationException invalidRequest(
      Operation<?, ?> operation, IllegalArgumentException e) {
    return new LarkValidationException(operation.id(), 0, -1,
        "the request cannot be sent: " + e.getMessage(), null, LarkError.NONE, null, e);
  }

  @Override
  public <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request, RequestOptions options) {
    return CompletableFuture.supplyAsync(() -> execute(operation, request, options), asyncExecutor);
  }

  @Override
  public <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation,
      Paging<Req, Resp, Item> paging,
      Req request,
      RequestOptions options) {
    Objects.requireNonNull(operation, "operation");
    return new DefaultPaginator<>(
        operation.id(),
        paging,
        request,
        page -> execute(operation, page, options),
        page -> executeAsync(operation, page, options));
  }

  /**
   * The client's counters so far.
   *
   * @return a snapshot of the requests sent, retries, rate-limit waits, 429 answers and token
   *     fetches
   */
  public ClientStats stats() {
    return new ClientStats(
        requestsSent.sum(),
        retries.sum(),
        rateLimitWaits.sum(),
        Duration.ofNanos(rateLimitWaitNanos.sum()),
        throttled.sum(),
        tokenFetches.sum());
  }

  /**
   * The base URL requests go to.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The retry policy.
   *
   * @return the policy set with {@link Builder#retryPolicy(RetryPolicy)}
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Whether requests wait for the client-side rate limiter.
   *
   * @return true unless turned off with {@link Builder#clientRateLimiting(boolean)}
   */
  public boolean clientRateLimiting() {
    return clientRateLimiting;
  }

  /** Stops the client's own async threads and transport. A shared transport stays open. */
  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "DefaultLarkClient[appId=" + appId + ", appSecret=***, baseUrl=" + baseUrl
        + ", storeApp=" + tokens.isStoreApp() + ", readTimeout=" + readTimeout
        + ", overallTimeout=" + overallTimeout + ", retryPolicy=" + retryPolicy
        + ", clientRateLimiting=" + clientRateLimiting + "]";
  }

  /**
   * One call: the loop of attempts (deadline, permit, token, send) around {@link
   * ResponseHandler}, which classifies each answer, and {@link RetryHandler}, which decides
   * whether to send again.
   */
  private final class Call<Req, Resp> {
    private final Operation<Req, Resp> operation;
    private final URI uri;
    private final RequestContent body;
    private final RequestOptions options;
    private final String userToken;
    private final long deadline;
    private final boolean deadlineIsRetryBudget;
    private final RetryHandler retry;
    private final long started;
    private int attempt;
    private ResponseMetadata lastAnswer;
    /** The current attempt's rate-limit permit, until its answer is reported; or null. */
    private RateLimiter.@Nullable Permit permit;

    Call(Operation<Req, Resp> operation, URI uri, RequestContent body, RequestOptions options,
        String userToken, boolean safeToRepeat) {
      this.operation = operation;
      this.uri = uri;
      this.body = body;
      this.options = options;
      this.userToken = userToken;
      Duration overall = options.timeout() != null ? options.timeout() : overallTimeout;
      Duration budget = retryPolicy.totalDeadline();
      this.deadlineIsRetryBudget = budget.compareTo(overall) < 0;
      this.started = nanoTime.getAsLong();
      // Beyond about 146 years every deadline is the same: cap it rather than overflow.
      this.deadline = nanoTime.getAsLong()
          + Math.min(RetryPolicy.saturatedNanos(shorter(overall, budget)), Long.MAX_VALUE / 2);
      this.retry = new RetryHandler(retryPolicy, safeToRepeat, body == null || body.repeatable(),
          userToken == null, this::backoff);
    }

    Resp run() {
      Resp result;
      try {
        result = attempts();
      } catch (RuntimeException e) {
        end(e);
        throw e;
      }
      end(null);
      return result;
    }

    private void end(RuntimeException failure) {
      listeners.onCallEnd(new CallListener.End(operation.id(), attempt,
          Duration.ofNanos(nanoTime.getAsLong() - started), failure, lastAnswer));
    }

    private Resp attempts() {
      while (true) {
        attempt++;
        if (attempt > 1) {
          retries.increment();
        }
        try {
          return attemptOnce();
        } catch (AttemptFailure f) {
          LarkException failure = f.failure();
          if (failure instanceof LarkRateLimitException) {
            throttled.increment();
          }
          Duration wait = retry.next(f, attempt, deadline - nanoTime.getAsLong())
              .orElseThrow(() -> failure);
          if (f.resend() == AttemptFailure.Resend.REFRESH_TOKEN) {
            int code = ((LarkApiException) failure).code();
            LOG.debug("{}: access token rejected with code {}, refreshing it and re-sending",
                operation.id(), code);
            tokens.invalidate(options.tenantKey(), f.rejectedToken(), code == 99991664);
            continue;
          }
          LOG.debug("{}: attempt {} failed ({}), retrying in {} ms", operation.id(), attempt,
              failure.getMessage(), wait.toMillis());
          if (failure instanceof LarkRateLimitException && clientRateLimiting
              && operation.rateLimit().isPresent()
              && operation.id().equals(failure.operationId())) {
            // Hold back the other threads calling this operation for as long as well.
            rateLimiter.pause(operation.rateLimit().get(), options.tenantKey(), wait);
          }
          listeners.onRetry(new CallListener.Retry(operation.id(), attempt, failure, wait));
          sleep(wait);
        }
      }
    }

    private Resp attemptOnce() throws AttemptFailure {
      Duration left = remainingOrTimeout();
      AccessToken token = null;
      if (userToken == null) {
        try {
          token = tokens.tenantToken(options.tenantKey(), shorter(left, readTimeout));
        } catch (LarkException e) {
          throw ResponseHandler.tokenFailure(e, deadlineAware(e, left));
        }
      }
      String bearer = token != null ? token.value() : userToken;
      // The permit comes after the token: one taken before a wait for the token (the first
      // call, a refresh, another process's refresh) would be used late, together with the
      // permits of the callers that waited alike, and more than the limit reach one second.
      awaitPermit();
      left = remainingOrTimeout();
      TransportRequest request =
          new TransportRequest(
              operation.method(),
              uri,
              Map.of(
                  "Authorization", List.of("Bearer " + bearer),
                  "Accept", List.of("application/json"),
                  "User-Agent", List.of(userAgent)),
              body,
              shorter(left, readTimeout));
      TransportResponse response;
      requestsSent.increment();
      if (listeners.any()) {
        listeners.beforeSend(new CallListener.Send(operation.id(), attempt, operation.method(),
            Redactor.redactUri(uri), Listeners.masked(request.headers())));
      }
      long sent = nanoTime.getAsLong();
      try {
        response = exchange.send(operation.id(), request, attempt);
      } catch (LarkTransportException e) {
        if (e instanceof LarkTimeoutException || e instanceof LarkInterruptedException) {
          // The request may still be on its way: its permit is left to the limiter's guess.
          permit = null;
        } else {
          permitAnswered();
        }
        throw ResponseHandler.sendFailure(e, deadlineAware(e, left));
      }
      permitAnswered();
      ResponseMetadata answer = new ResponseMetadata(operation.id(), response.status(),
          response.logId(), response.headers(), attempt);
      lastAnswer = answer;
      List<String> secrets = new ArrayList<>(tokens.secrets());
      secrets.add(bearer);
      Resp result;
      try {
        result = responses.handle(operation, response, token, secrets);
      } catch (AttemptFailure f) {
        listeners.afterReceive(new CallListener.Receive(answer,
            Duration.ofNanos(nanoTime.getAsLong() - sent), f.failure()));
        throw f;
      }
      listeners.afterReceive(new CallListener.Receive(answer,
          Duration.ofNanos(nanoTime.getAsLong() - sent), null));
      if (options.onResponse() != null) {
        options.onResponse().accept(answer);
      }
      return result;
    }

    /**
     * Tells the limiter that the attempt's request was answered, or failed in a way that means
     * it will not arrive later (a refused or reset connection): by then the server has counted
     * it, if it ever does.
     */
    private void permitAnswered() {
      RateLimiter.Permit held = permit;
      if (held != null) {
        permit = null;
        held.answered();
      }
    }

    /** Waits for the client-side limiter, unless the permit is due only after the deadline. */
    private void awaitPermit() {
      permit = null;
      if (!clientRateLimiting || operation.rateLimit().isEmpty()) {
        return;
      }
      RateLimiter.Permit taken;
      try {
        // A permit due only after the deadline is not waited for (nor taken from others).
        taken = rateLimiter.take(operation.rateLimit().get(), options.tenantKey(),
                Duration.ofNanos(deadline - nanoTime.getAsLong()))
            .orElseThrow(() -> overallTimeout(null, "the client-side rate limiter's next "
                + "permit is due after the deadline; "));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LarkInterruptedException(operation.id(), "waiting for a rate-limit permit", e);
      }
      permit = taken;
      Duration waited = taken.waited();
      if (!waited.isZero()) {
        rateLimitWaits.increment();
        rateLimitWaitNanos.add(waited.toNanos());
        listeners.onRateLimitWait(new CallListener.RateLimitWait(operation.id(), attempt, waited));
      }
    }

    /** What is left of the deadline; the overall timeout when nothing is. */
    private Duration remainingOrTimeout() {
      Duration left = Duration.ofNanos(deadline - nanoTime.getAsLong());
      if (left.isNegative() || left.isZero()) {
        throw overallTimeout(null);
      }
      return left;
    }

    /**
     * A read timeout of an attempt cut short to fit the deadline ({@code left} shorter than the
     * read timeout) is the call's overall timeout.
     */
    private LarkException deadlineAware(LarkException e, Duration left) {
      if (left.compareTo(readTimeout) < 0 && e instanceof LarkTimeoutException t
          && t.kind() == LarkTimeoutException.Kind.READ) {
        return overallTimeout(e);
      }
      return e;
    }

    private LarkTimeoutException overallTimeout(Throwable cause) {
      return overallTimeout(cause, "");
    }

    private LarkTimeoutException overallTimeout(Throwable cause, String why) {
      return new LarkTimeoutException(operation.id(), LarkTimeoutException.Kind.OVERALL,
          why + (deadlineIsRetryBudget ? "retry policy's total deadline " : "call deadline ")
              + (why.isEmpty() ? "elapsed" : "ends") + " after " + attempt + " attempt(s)",
          cause);
    }

    private Duration backoff(int afterAttempt) {
      // RandomGenerator.getDefault() (and most generators) must not be used concurrently.
      synchronized (randomLock) {
        return retryPolicy.backoff(afterAttempt, random);
      }
    }

    private void sleep(Duration wait) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LarkInterruptedException(operation.id(), "waiting to retry", e);
      }
    }
  }

  /** Names the async threads and keeps them from holding up JVM exit. */
  private static final class DaemonThreads implements ThreadFactory {
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final int client = CLIENTS.incrementAndGet();
    private final AtomicInteger threads = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "larkgen-" + client + "-async-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /**
   * Configuration of a {@link DefaultLarkClient}. {@link #toString()} never shows the secret or
   * ticket.
   */
  public static final class Builder {
    private String appId;
    private String appSecret;
    private Supplier<String> appTicket;
    private URI baseUrl = URI.create(FEISHU_BASE_URL);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private long maxResponseBytes = JdkHttpTransport.DEFAULT_MAX_RESPONSE_BYTES;
    private Duration overallTimeout = Duration.ofMinutes(2);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private boolean clientRateLimiting = true;
    private double rateLimitHeadroom = DEFAULT_RATE_LIMIT_HEADROOM;
    private RateLimiter rateLimiter;
    private TokenStore tokenStore;
    private Transport transport;
    private String userAgent =
        "larkgen-runtime/0.1 Java/" + Runtime.version().feature();
    private Clock clock;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random = RandomGenerator.getDefault();
    private Executor asyncExecutor;
    private final List<CallListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * The app id ({@code cli_…}). Required.
     *
     * @param appId the app id from the developer console, not blank
     * @return this builder
     */
    public Builder appId(String appId) {
      this.appId = requireText(appId, "appId");
      return this;
    }

    /**
     * The app secret. Required; never logged or shown.
     *
     * @param appSecret the app secret from the developer console, not blank
     * @return this builder
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = requireText(appSecret, "appSecret");
      return this;
    }

    /**
     * Makes this a store (ISV) app: tokens are obtained through {@code app_ticket} → {@code
     * app_access_token} → per-tenant {@code tenant_access_token}, and every call must name its
     * tenant with {@link RequestOptions#forTenant(String)}. {@code appTicket} returns the latest
     * ticket Feishu pushed by event (e.g. an {@link io.larkgen.runtime.auth.AppTicketHolder}).
     *
     * @param appTicket gives the latest {@code app_ticket}; called whenever a token is fetched
     * @return this builder
     */
    public Builder storeApp(Supplier<String> appTicket) {
      this.appTicket = Objects.requireNonNull(appTicket, "appTicket");
      return this;
    }

    /**
     * Base URL, e.g. {@link #FEISHU_BASE_URL}; plain {@code http} only for loopback hosts.
     *
     * @param baseUrl the scheme and host, e.g. {@code https://open.feishu.cn}
     * @return this builder
     * @throws IllegalArgumentException when the URL has no host, has a query or fragment, or is not
     *     {@code https} (plain {@code http} only to a loopback host)
     */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
    }

    /**
     * Base URL, e.g. {@link #LARK_BASE_URL}; plain {@code http} only for loopback hosts.
     *
     * @param baseUrl the scheme and host, e.g. {@code https://open.larksuite.com}
     * @return this builder
     * @throws IllegalArgumentException when the URL has no host, has a query or fragment, or is not
     *     {@code https} (plain {@code http} only to a loopback host)
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Urls.checkBaseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
      return this;
    }

    /**
     * Longest wait for a connection to be established (default 10 s).
     *
     * @param timeout the connect timeout, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Longest wait for one attempt's complete response, headers and body (default 30 s).
     *
     * @param timeout the timeout of one attempt, positive
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /**
     * Longest response body accepted, in bytes (default {@value
     * JdkHttpTransport#DEFAULT_MAX_RESPONSE_BYTES}, 64 MiB). A longer body, or a {@code
     * Content-Length} above it, fails the call with {@link
     * io.larkgen.runtime.error.LarkResponseTooLargeException} without being read whole and
     * without a retry. Applies to the default transport; a given transport has its own limit.
     *
     * @param bytes the limit, positive
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Longest duration of one call including retries and waits (default 2 min); a call's
     * {@link RequestOptions#timeout()} replaces it. The retry policy's total deadline also
     * applies.
     *
     * @param timeout the deadline of one call, positive
     * @return this builder
     */
    public Builder overallTimeout(Duration timeout) {
      this.overallTimeout = requirePositive(timeout, "overallTimeout");
      return this;
    }

    /**
     * When to retry (default {@link RetryPolicy#defaults()}); {@link RetryPolicy#none()}.
     *
     * @param policy which failures are retried, how often and after what wait
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Whether calls wait for the client-side limiter derived from each operation's {@link
     * Operation#rateLimit()} (default true). Turn off only when something else limits the rate.
     *
     * @param enabled false to send without waiting for the limiter
     * @return this builder
     */
    public Builder clientRateLimiting(boolean enabled) {
      this.clientRateLimiting = enabled;
      return this;
    }

    /**
     * Share of each documented rate the client-side limiter uses until it has measured how
     * long requests take (default {@value #DEFAULT_RATE_LIMIT_HEADROOM}), in (0, 1]. The
     * limiter grants at most the documented number of permits in any window (one second, one
     * minute) followed by a guard, so that a request arriving a little later than the one a
     * window after it does not land an extra request in one of the server's fixed windows: the
     * guard is {@code 1 / headroom - 1} of the window at first and then the longest recent time
     * from permit to answer; a request already answered is bounded by its answer instead, so
     * calls made one after the other wait a window after the answer of the call {@code N}
     * back and no longer. At 1 there is no guard (see {@link
     * io.larkgen.runtime.ratelimit.WindowRule}).
     *
     * @param headroom share of the documented rate to use
     * @return this builder
     */
    public Builder rateLimitHeadroom(double headroom) {
      if (!(headroom > 0 && headroom <= 1)) {
        throw new IllegalArgumentException("rateLimitHeadroom must be in (0, 1], was " + headroom);
      }
      this.rateLimitHeadroom = headroom;
      return this;
    }

    /**
     * The limiter calls wait for when {@link #clientRateLimiting(boolean)} is on (default: a
     * {@link LocalRateLimiter} private to this client, at {@link #rateLimitHeadroom(double)} of
     * each documented rate). Pass one limiter to several clients, or one backed by a shared
     * store, to keep their sum under the limit; a given limiter's own headroom applies.
     *
     * @param limiter the limiter to wait for
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = Objects.requireNonNull(limiter, "rateLimiter");
      return this;
    }

    /**
     * Where tokens are cached (default: a store private to this client).
     *
     * @param store the token cache, e.g. one shared by several processes
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.tokenStore = Objects.requireNonNull(store, "tokenStore");
      return this;
    }

    /**
     * How requests are sent (default {@link JdkHttpTransport} with {@link
     * #connectTimeout(Duration)}). A given transport applies its own connect timeout and is not
     * closed with the client.
     *
     * @param transport sends one HTTP request and returns its answer
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * The {@code User-Agent} header.
     *
     * @param userAgent the header's value, not blank
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = requireText(userAgent, "userAgent");
      return this;
    }

    /**
     * The clock deciding token expiry, deadlines and rate-limit spacing (default: the system
     * clock, with {@link System#nanoTime()} for durations).
     *
     * @param clock the clock, e.g. a fixed one in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How the client waits for retries and rate-limit permits (default {@link Sleeper#SYSTEM}).
     *
     * @param sleeper waits for a duration, e.g. one that only records it in tests
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Random source of the backoff jitter; the client never uses it from two threads at once.
     *
     * @param random the jitter's source, e.g. a seeded one in tests
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Where async calls run (default: the client's own daemon threads, stopped by close).
     *
     * @param executor runs the async calls; it is not shut down with the client
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
      return this;
    }

    /**
     * Adds a listener that hears every call's rate-limit waits, attempts, retries and end (see
     * {@link CallListener}); listeners hear events in the order they were added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(CallListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a client with this configuration; close it when done
     * @throws IllegalStateException when app id or secret is missing
     */
    public DefaultLarkClient build() {
      if (appId == null || appSecret == null) {
        throw new IllegalStateException("appId and appSecret are required");
      }
      return new DefaultLarkClient(this);
    }

    @Override
    public String toString() {
      return "DefaultLarkClient.Builder[appId=" + appId + ", appSecret="
          + (appSecret == null ? "unset" : "***") + ", storeApp=" + (appTicket != null)
          + ", baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
          + readTimeout + ", overallTimeout=" + overallTimeout + ", retryPolicy=" + retryPolicy
          + ", clientRateLimiting=" + clientRateLimiting + "]";
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank");
      }
      return value;
    }

    private static Duration requirePositive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
