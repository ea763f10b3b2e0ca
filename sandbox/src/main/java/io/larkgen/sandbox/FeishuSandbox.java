package io.larkgen.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process fake of the Feishu Open Platform for every operation of the Hire specs: token
 * endpoints, the {@code {code,msg,data}} envelope, opaque page tokens, the spec's parameter and
 * body rules and error codes, auth checks and token types, the documented rate limits and
 * switchable faults, over a deterministic seeded data set (answers generated from the response
 * schemas, writes kept in a small store). Loopback only.
 *
 * <pre>{@code
 * try (FeishuSandbox sandbox = FeishuSandbox.builder().seed(42L).interviews(5_000).start()) {
 *   URI base = URI.create(sandbox.baseUrl());   // http://127.0.0.1:PORT
 *   ... sandbox.appId(), sandbox.appSecret(), sandbox.dataset(), sandbox.stats()
 * }
 * }</pre>
 */
public final class FeishuSandbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeishuSandbox.class);

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, small
    // answers then wait for the client's delayed ACK (about 40 ms each). The property is read
    // once, when the first server is created, so it is set before that unless set already.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final SandboxDataset dataset;
  private final SandboxStats stats;
  private final TokenService tokens;
  private final SandboxHandler.Credentials credentials;
  private final String baseUrl;
  private final IdSpace ids;
  private final EventPusher events;

  private FeishuSandbox(Builder b) throws IOException {
    List<SpecModel> specs = b.specResources.stream().map(SpecModel::load).toList();
    this.dataset = SandboxDataset.generate(b.seed, b.interviews, specs.get(0));
    this.stats = new SandboxStats();
    this.tokens = new TokenService(b.clock, b.tokenTtl, b.tokenRefreshWindow, stats);
    long s = b.seed;
    String appId = b.appId != null ? b.appId : "cli_" + SandboxDataset.hex(SandboxDataset.mix(s, 901, 0));
    String secret = b.appSecret != null ? b.appSecret : secret(s, 902);
    String tenantKey = SandboxDataset.hex(SandboxDataset.mix(s, 903, 0));
    StoreApp store = new StoreApp(
        "cli_" + SandboxDataset.hex(SandboxDataset.mix(s, 904, 0)),
        secret(s, 905),
        "tk-" + SandboxDataset.hex(SandboxDataset.mix(s, 906, 0))
            + SandboxDataset.hex(SandboxDataset.mix(s, 906, 1)),
        List.of(tenantKey, SandboxDataset.hex(SandboxDataset.mix(s, 907, 0))));
    this.credentials = new SandboxHandler.Credentials(appId, secret, tenantKey, store);
    for (String user : b.userTokens) {
      tokens.issueUser(user, appId, tenantKey);
    }
    PageTokens pageTokens = new PageTokens(s);
    IdSpace ids = new IdSpace(dataset, b.entitiesPerFamily);
    this.ids = ids;
    SchemaData values = new SchemaData(ids);
    SpecEndpoints generic = new SpecEndpoints(ids, values, new RecordStore(), pageTokens);
    this.events = new EventPusher(specs, ids, values, s, appId, tenantKey, b.encryptKey,
        b.verificationToken, b.clock);
    SandboxHandler handler = new SandboxHandler(specs, new HireEndpoints(dataset, pageTokens),
        generic, tokens, new RateLimiter(b.clock), b.rateLimits, new FaultInjector(b.faults),
        stats, credentials, SandboxDataset.mix(System.nanoTime(), 5, 5));
    this.executor = Executors.newFixedThreadPool(b.threads, new DaemonThreads());
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 128);
    server.createContext("/", handler);
    server.setExecutor(executor);
    server.start();
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    LOG.info("Feishu sandbox on {} ({} operations of {}, {} interviews, seed {}, rate limits {},"
        + " faults {})", baseUrl, specs.stream().mapToInt(m -> m.operations().size()).sum(),
        b.specResources, b.interviews, b.seed, b.rateLimits ? "on" : "off", b.faults);
  }

  /** A builder with the defaults: seed 42, 5,000 interviews, rate limits on, no faults. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}, no trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port the sandbox listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** App id of the self-built test app (企业自建应用). */
  public String appId() {
    return credentials.appId();
  }

  /** App secret of the self-built test app. */
  public String appSecret() {
    return credentials.appSecret();
  }

  /** Tenant key of the sandbox's tenant (the one the self-built app belongs to). */
  public String tenantKey() {
    return credentials.tenantKey();
  }

  /** The store app: credentials, app_ticket and the tenants that installed it. */
  public StoreApp storeApp() {
    return credentials.storeApp();
  }

  /**
   * Pushes one event of {@code eventType} (a type of the specs' {@code x-lark-events}) to an
   * app's request URL the way Feishu does: a schema 2.0 envelope whose {@code event} is
   * generated from the event's schema, deterministic per seed and push number; with
   * {@link Builder#encryptKey} encrypted and signed, with {@link Builder#verificationToken}
   * carrying that token.
   *
   * @param webhook the app's request URL
   * @param eventType e.g. {@code hire.application.deleted_v1}
   * @return the event id sent and the URL's answer
   * @throws IllegalArgumentException when no spec declares the event type
   * @throws java.io.UncheckedIOException when the request fails
   */
  public EventDelivery pushEvent(URI webhook, String eventType) {
    return events.push(webhook, eventType);
  }

  /**
   * Sends the {@code url_verification} challenge Feishu sends when an app sets its request URL
   * (encrypted with {@link Builder#encryptKey} when set, with the verification token).
   *
   * @return whether the URL answered HTTP 200 echoing the challenge
   */
  public boolean verifyEventUrl(URI webhook) {
    return events.verifyUrl(webhook);
  }

  /** Every event type {@link #pushEvent} can push, in spec order. */
  public List<String> eventTypes() {
    return events.eventTypes();
  }

  /** The data served, for expected values in tests. */
  public SandboxDataset dataset() {
    return dataset;
  }

  /** Live counters. */
  public SandboxStats stats() {
    return stats;
  }

  /**
   * A new user access token ({@code u-…}) of the self-built app's tenant, for the operations
   * whose {@code x-lark-token-types} take one. Test-only: Feishu issues user tokens through an
   * OAuth login the sandbox does not play; here any bearer starting with {@code u-} that this
   * method (or {@link Builder#userAccessToken}) issued is a valid user token.
   */
  public String issueUserAccessToken() {
    return tokens.issueUser(null, credentials.appId(), credentials.tenantKey()).value();
  }

  /**
   * An id the sandbox issued for the family a name means ({@code job_id}, {@code job_ids},
   * {@code jobs} and {@code job} all mean {@code job}): the family's first generated entity,
   * accepted wherever a path parameter of that family is.
   *
   * @param name a family, or a parameter or field name that carries its ids
   * @return the id, as the sandbox spells it on the wire
   */
  public String idOf(String name) {
    return ids.idAt(IdSpace.familyOf(name), 0);
  }

  /**
   * Revokes every token issued so far: requests with them get 99991663, and the next token
   * request issues a new token.
   */
  public void revokeAllTokens() {
    tokens.revokeAll();
  }

  /** Stops the server at once and releases its threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "FeishuSandbox{" + baseUrl + ", appId=" + appId() + "}";
  }

  private static String secret(long seed, long salt) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      long v = SandboxDataset.mix(seed, salt, i) >>> 1;
      sb.append(alphabet.charAt((int) (v % alphabet.length())));
    }
    return sb.toString();
  }

  private static final class DaemonThreads implements ThreadFactory {
    private static final AtomicInteger SANDBOXES = new AtomicInteger();
    private final int sandbox = SANDBOXES.incrementAndGet();
    private final AtomicInteger threads = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "feishu-sandbox-" + sandbox + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }

  /** Configures and starts a {@link FeishuSandbox}. */
  public static final class Builder {
    private long seed = 42L;
    private int interviews = 5_000;
    private boolean rateLimits = true;
    private FaultPlan faults = FaultPlan.none();
    private Duration tokenTtl = Duration.ofHours(2);
    private Duration tokenRefreshWindow = Duration.ofMinutes(30);
    private Clock clock = Clock.systemUTC();
    private int port;
    private int threads = 16;
    private String appId;
    private String appSecret;
    private List<String> specResources = defaultSpecs();
    private int entitiesPerFamily = 50;
    private final List<String> userTokens = new ArrayList<>();
    private String encryptKey;
    private String verificationToken;

    private Builder() {}

    /** Seed of the data set and the credentials (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Number of interviews, 10 … 1,000,000 (default 5,000). */
    public Builder interviews(int interviews) {
      if (interviews < SandboxDataset.MIN_INTERVIEWS || interviews > SandboxDataset.MAX_INTERVIEWS) {
        throw new IllegalArgumentException("interviews must be between "
            + SandboxDataset.MIN_INTERVIEWS + " and " + SandboxDataset.MAX_INTERVIEWS + ", was " + interviews);
      }
      this.interviews = interviews;
      return this;
    }

    /** Whether the documented rate limits are enforced (default true; false for benchmarks). */
    public Builder rateLimits(boolean enforce) {
      this.rateLimits = enforce;
      return this;
    }

    /** Faults to inject (default {@link FaultPlan#none()}). */
    public Builder faults(FaultPlan plan) {
      this.faults = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /** Lifetime of issued tokens (default 2 h, Feishu's {@code expire} of 7200 s). */
    public Builder tokenTtl(Duration ttl) {
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("tokenTtl must be positive");
      }
      this.tokenTtl = ttl;
      return this;
    }

    /**
     * A token request returns the current token while more than this remains of it, a new
     * one otherwise (default 30 min, as Feishu documents).
     */
    public Builder tokenRefreshWindow(Duration window) {
      this.tokenRefreshWindow = Objects.requireNonNull(window, "window");
      return this;
    }

    /** Clock for token expiry, rate-limit windows and log ids (default system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Port to listen on (default 0: a free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** Server threads (default 16). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Credentials of the self-built app instead of the seeded ones. */
    public Builder credentials(String appId, String appSecret) {
      this.appId = Objects.requireNonNull(appId, "appId");
      this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
      return this;
    }

    /**
     * The app's Encrypt Key: pushed events and URL verifications are then encrypted
     * (AES-256-CBC) and signed ({@code X-Lark-Signature}) like Feishu's (default none: plain
     * JSON, unsigned).
     */
    public Builder encryptKey(String encryptKey) {
      this.encryptKey = requireText(encryptKey, "encryptKey");
      return this;
    }

    /** The app's Verification Token, sent in every pushed event (default none: empty). */
    public Builder verificationToken(String verificationToken) {
      this.verificationToken = requireText(verificationToken, "verificationToken");
      return this;
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    /** Class-path resource of the one spec to serve. */
    public Builder spec(String resource) {
      return specs(resource);
    }

    /**
     * Class-path resources of the specs to serve, each a standalone OpenAPI document (default
     * {@code hire-v1.yaml} and, when the spec jar has it, {@code hire-v2.yaml}). The first one's
     * enums shape the hand-crafted interview data set.
     */
    public Builder specs(String... resources) {
      if (resources.length == 0) {
        throw new IllegalArgumentException("at least one spec resource");
      }
      for (String r : resources) {
        Objects.requireNonNull(r, "resource");
      }
      this.specResources = List.of(resources);
      return this;
    }

    /**
     * Generated entities per family outside the interview data set ({@code jobs},
     * {@code talents}, {@code notes}, …; default 50).
     */
    public Builder entitiesPerFamily(int count) {
      if (count < 1 || count >= IdSpace.CREATED) {
        throw new IllegalArgumentException("entitiesPerFamily must be between 1 and "
            + (IdSpace.CREATED - 1) + ", was " + count);
      }
      this.entitiesPerFamily = count;
      return this;
    }

    /**
     * Registers a fixed user access token (it must start with {@code u-}), valid for the token
     * lifetime from the start, e.g. to configure a client before the sandbox runs. See
     * {@link FeishuSandbox#issueUserAccessToken()}.
     */
    public Builder userAccessToken(String token) {
      Objects.requireNonNull(token, "token");
      if (!token.startsWith(TokenService.USER_PREFIX) || token.length() < 3) {
        throw new IllegalArgumentException("a user access token starts with "
            + TokenService.USER_PREFIX);
      }
      userTokens.add(token);
      return this;
    }

    private static List<String> defaultSpecs() {
      return SpecModel.exists(SpecModel.V2_RESOURCE)
          ? List.of(SpecModel.DEFAULT_RESOURCE, SpecModel.V2_RESOURCE)
          : List.of(SpecModel.DEFAULT_RESOURCE);
    }

    /** Builds the data set and starts the server. */
    public FeishuSandbox start() {
      try {
        return new FeishuSandbox(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the Feishu sandbox", e);
      }
    }
  }
}
