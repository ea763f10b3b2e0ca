package io.larkgen.runtime.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * One connection pool to the Redis that several Larkgen clients (threads, processes, hosts)
 * share, and the factory of the shared {@link RedisTokenStore} and {@link RedisRateLimiter}.
 *
 * <pre>{@code
 * try (LarkRedis redis = LarkRedis.builder(URI.create("redis://127.0.0.1:6379")).build();
 *      DefaultLarkClient client = DefaultLarkClient.builder()
 *          .appId(appId).appSecret(appSecret)
 *          .tokenStore(redis.tokenStore())
 *          .rateLimiter(redis.rateLimiter(appId))
 *          .build()) {
 *   ...
 * }
 * }</pre>
 *
 * <p>Every key starts with the namespace ({@code larkgen} by default) and a colon. Each Redis
 * command is bounded by the timeout; a Redis that does not answer in time, or at all, raises
 * {@link RedisUnavailableException}. {@link #toString()} never shows a password.
 */
public final class LarkRedis implements AutoCloseable {
  /** Default prefix of every key. */
  public static final String DEFAULT_NAMESPACE = "larkgen";

  /** Default bound of one Redis command, connecting included. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private final UnifiedJedis jedis;
  private final String address;
  private final String namespace;
  private final Duration timeout;

  private LarkRedis(Builder b) {
    HostAndPort hostAndPort = JedisURIHelper.getHostAndPort(b.uri);
    int millis = (int) Math.min(Integer.MAX_VALUE, b.timeout.toMillis());
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(millis)
        .socketTimeoutMillis(millis)
        .database(JedisURIHelper.getDBIndex(b.uri))
        .ssl(JedisURIHelper.isRedisSSLScheme(b.uri))
        .clientName("larkgen");
    String password = JedisURIHelper.getPassword(b.uri);
    if (password != null) {
      config.user(JedisURIHelper.getUser(b.uri)).password(password);
    }
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(b.poolSize);
    pool.setMaxIdle(b.poolSize);
    // Waiting for a free connection counts against the same bound as a command.
    pool.setMaxWait(b.timeout);
    this.jedis = new JedisPooled(pool, hostAndPort, config.build());
    this.address = hostAndPort.toString();
    this.namespace = b.namespace;
    this.timeout = b.timeout;
  }

  /**
   * Starts a configuration for the Redis at {@code uri}, e.g. {@code redis://127.0.0.1:6379},
   * {@code redis://:password@host:6379/2} (database 2) or {@code rediss://…} (TLS).
   *
   * @param uri the Redis URI, {@code redis} or {@code rediss}
   * @return a builder with the defaults below
   */
  public static Builder builder(URI uri) {
    return new Builder(uri);
  }

  /**
   * A token store shared by every client using this Redis, with the default lock lifetime.
   *
   * @return the token store; pass it to {@code DefaultLarkClient.Builder.tokenStore}
   */
  public RedisTokenStore tokenStore() {
    return new RedisTokenStore(this, RedisTokenStore.DEFAULT_LOCK_TTL);
  }

  /**
   * A token store shared by every client using this Redis.
   *
   * @param lockTtl how long the refresh lock lives: at least as long as one token request may
   *     take, since a second process fetches once it expires (also when its holder died)
   * @return the token store
   */
  public RedisTokenStore tokenStore(Duration lockTtl) {
    return new RedisTokenStore(this, lockTtl);
  }

  /**
   * A rate limiter for app {@code appId} shared by every client using this Redis, at {@link
   * RedisRateLimiter#DEFAULT_HEADROOM} of each documented limit.
   *
   * @param appId the app's id; limits are counted per app
   * @return the rate limiter; pass it to {@code DefaultLarkClient.Builder.rateLimiter}
   */
  public RedisRateLimiter rateLimiter(String appId) {
    return new RedisRateLimiter(this, appId, RedisRateLimiter.DEFAULT_HEADROOM);
  }

  /**
   * A rate limiter for app {@code appId} shared by every client using this Redis.
   *
   * @param appId the app's id; limits are counted per app
   * @param headroom share of each documented rate to use, in (0, 1]; every client of the app
   *     should use the same
   * @return the rate limiter
   */
  public RedisRateLimiter rateLimiter(String appId, double headroom) {
    return new RedisRateLimiter(this, appId, headroom);
  }

  /**
   * An event id store shared by every event receiver using this Redis, remembering ids for
   * {@link RedisEventIdStore#DEFAULT_WINDOW}.
   *
   * @return the event id store; pass it to {@code EventDispatcher.Builder.eventIdStore}
   */
  public RedisEventIdStore eventIdStore() {
    return new RedisEventIdStore(this, RedisEventIdStore.DEFAULT_WINDOW);
  }

  /**
   * An event id store shared by every event receiver using this Redis.
   *
   * @param window how long an event id is remembered: longer than Feishu redelivers (6 hours)
   * @return the event id store
   */
  public RedisEventIdStore eventIdStore(Duration window) {
    return new RedisEventIdStore(this, window);
  }

  /**
   * The prefix of every key, without the colon after it.
   *
   * @return the namespace, e.g. {@value #DEFAULT_NAMESPACE}
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The bound of one Redis command.
   *
   * @return the command timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /** {@code namespace:part1:part2…}. */
  String key(String... parts) {
    StringBuilder sb = new StringBuilder(namespace);
    for (String part : parts) {
      sb.append(':').append(part);
    }
    return sb.toString();
  }

  /** Runs {@code command}; any Redis failure becomes a {@link RedisUnavailableException}. */
  <T> T call(String what, Function<UnifiedJedis, T> command) {
    try {
      return command.apply(jedis);
    } catch (JedisException e) {
      throw new RedisUnavailableException(what + " at " + address + " failed: "
          + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  /** Runs a Lua script in one round trip, loading it into Redis first when it is not cached. */
  Object eval(String what, Script script, List<String> keys, List<String> args) {
    return call(what, j -> {
      try {
        return j.evalsha(script.sha1, keys, args);
      } catch (JedisNoScriptException e) {
        return j.eval(script.text, keys, args);
      }
    });
  }

  @Override
  public void close() {
    jedis.close();
  }

  @Override
  public String toString() {
    return "LarkRedis[" + address + ", namespace=" + namespace + ", timeout=" + timeout + "]";
  }

  /** A Lua script of this package with its SHA-1, the name Redis caches it under. */
  static final class Script {
    final String text;
    final String sha1;

    Script(String resource) {
      try (InputStream in = LarkRedis.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing script resource " + resource);
        }
        this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      this.sha1 = sha1Hex(text);
    }

    private static String sha1Hex(String text) {
      try {
        return HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-1 is required of every JDK", e);
      }
    }
  }

  /** Configuration of a {@link LarkRedis}. */
  public static final class Builder {
    private final URI uri;
    private String namespace = DEFAULT_NAMESPACE;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int poolSize = 16;

    private Builder(URI uri) {
      this.uri = Objects.requireNonNull(uri, "uri");
      if (!(JedisURIHelper.isRedisScheme(uri) || JedisURIHelper.isRedisSSLScheme(uri))
          || !JedisURIHelper.isValid(uri)) {
        throw new IllegalArgumentException(
            "redis URL must look like redis://host:port or rediss://host:port, was "
                + uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
      }
    }

    /**
     * Prefix of every key (default {@value #DEFAULT_NAMESPACE}); no colon, not empty.
     *
     * @param namespace the key prefix
     * @return this builder
     */
    public Builder namespace(String namespace) {
      Objects.requireNonNull(namespace, "namespace");
      if (namespace.isEmpty() || namespace.contains(":")) {
        throw new IllegalArgumentException(
            "namespace must be non-empty and contain no ':', was '" + namespace + "'");
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * Bound of one Redis command, connecting included (default 2 s).
     *
     * @param timeout the command timeout, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Most connections open at once (default 16).
     *
     * @param poolSize the largest number of connections, positive
     * @return this builder
     */
    public Builder poolSize(int poolSize) {
      if (poolSize < 1) {
        throw new IllegalArgumentException("poolSize must be >= 1, was " + poolSize);
      }
      this.poolSize = poolSize;
      return this;
    }

    /**
     * Opens the pool; connections are made when first needed.
     *
     * @return the connection pool and its stores; close it when done
     */
    public LarkRedis build() {
      return new LarkRedis(this);
    }
  }
}
