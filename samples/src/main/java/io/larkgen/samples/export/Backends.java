package io.larkgen.samples.export;

import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.redis.LarkRedis;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.sandbox.FaultPlan;
import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import io.larkgen.sandbox.SandboxDataset;
import io.larkgen.sandbox.TimeRange;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The backends {@code hire-export} runs against: a Feishu tenant or the embedded sandbox. */
final class Backends {
  static final String APP_ID = "FEISHU_APP_ID";
  static final String APP_SECRET = "FEISHU_APP_SECRET";
  static final String BASE_URL = "FEISHU_BASE_URL";

  /**
   * More patient than the runtime's default: a long export should ride out a bad minute of
   * the server rather than stop (it would resume, but need not).
   */
  static final RetryPolicy RETRIES =
      new RetryPolicy(8, Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(5));

  /** Request number (1-based) at which {@code --sandbox-faults} revokes every token once. */
  static final long REVOKE_TOKENS_AT = 40;

  private Backends() {}

  /** Feishu when {@code FEISHU_APP_ID} and {@code FEISHU_APP_SECRET} are set, else the sandbox. */
  static final Backend.Factory DEFAULT = withClientRateLimiting(true);

  /**
   * Whether the client's own rate limiter runs. Always in production; tests of the sandbox
   * with its limits off may turn it off for speed.
   */
  static Backend.Factory withClientRateLimiting(boolean on) {
    return (env, sandbox, redis) -> {
      LarkRedis shared = redis.map(Backends::connect).orElse(null);
      try {
        return open(env, sandbox, shared, on);
      } catch (RuntimeException e) {
        if (shared != null) {
          shared.close();
        }
        throw e;
      }
    };
  }

  private static LarkRedis connect(URI uri) {
    try {
      return LarkRedis.builder(uri).build();
    } catch (IllegalArgumentException e) {
      // The message names scheme, host and port; the URL itself may hold a password.
      throw new ExportFailure(ExitCodes.USAGE, "--redis is not usable: " + e.getMessage(), e);
    }
  }

  private static Backend open(
      Map<String, String> env, Backend.SandboxOptions sandbox, LarkRedis redis, boolean limit) {
    String appId = blankToNull(env.get(APP_ID));
    String secret = blankToNull(env.get(APP_SECRET));
    if (appId == null && secret == null) {
      return startSandbox(sandbox, redis, limit);
    }
    if (appId == null || secret == null) {
      throw new ExportFailure(
          ExitCodes.USAGE,
          (appId == null ? APP_SECRET + " is set but " + APP_ID : APP_ID + " is set but " + APP_SECRET)
              + " is not: set both to export from Feishu, or neither to use the embedded sandbox");
    }
    String baseUrl = Optional.ofNullable(blankToNull(env.get(BASE_URL))).orElse(DefaultLarkClient.FEISHU_BASE_URL);
    DefaultLarkClient client;
    try {
      client = client(appId, secret, baseUrl, redis, limit);
    } catch (IllegalArgumentException e) {
      throw new ExportFailure(ExitCodes.USAGE, BASE_URL + " '" + baseUrl + "' is not usable: " + e.getMessage(), e);
    }
    return new ClientBackend(client, null, redis, baseUrl + " app " + appId,
        "exporting from " + baseUrl + " as app " + appId + sharing(redis));
  }

  private static String sharing(LarkRedis redis) {
    return redis == null ? "" : ", sharing its token and rate budget through " + redis;
  }

  /**
   * A backend reading through {@code client} (a Feishu tenant or anything that answers like
   * one), which it closes.
   */
  static Backend over(DefaultLarkClient client, String sourceId, String description) {
    return new ClientBackend(client, null, null, sourceId, description);
  }

  private static DefaultLarkClient client(
      String appId, String secret, String baseUrl, LarkRedis redis, boolean limit) {
    DefaultLarkClient.Builder b = DefaultLarkClient.builder()
        .appId(appId)
        .appSecret(secret)
        .baseUrl(baseUrl)
        .retryPolicy(RETRIES)
        .overallTimeout(Duration.ofMinutes(5))
        .clientRateLimiting(limit)
        .userAgent("hire-export/0.1");
    if (redis != null) {
      b.tokenStore(redis.tokenStore()).rateLimiter(redis.rateLimiter(appId));
    }
    return b.build();
  }

  private static Backend startSandbox(Backend.SandboxOptions o, LarkRedis redis, boolean limit) {
    FeishuSandbox sandbox;
    try {
      FeishuSandbox.Builder b =
          FeishuSandbox.builder().seed(o.seed()).interviews(o.interviews()).rateLimits(o.rateLimits());
      if (o.faults() > 0) {
        b.faults(FaultPlan.builder().rate(o.faults()).revokeTokensAt(REVOKE_TOKENS_AT).build());
      } else if (o.faults() < 0) {
        throw new IllegalArgumentException("--sandbox-faults must be between 0 and 1, was " + o.faults());
      }
      sandbox = b.start();
    } catch (IllegalArgumentException e) {
      throw new ExportFailure(ExitCodes.USAGE, "bad sandbox option: " + e.getMessage(), e);
    }
    DefaultLarkClient client = client(sandbox.appId(), sandbox.appSecret(), sandbox.baseUrl(), redis, limit);
    String description = String.format(
        Locale.ROOT,
        "no %s / %s set: exporting from the embedded sandbox at %s (seed %d, %,d interviews, rate limits %s%s)",
        APP_ID, APP_SECRET, sandbox.baseUrl(), o.seed(), o.interviews(), o.rateLimits() ? "on" : "off",
        o.faults() > 0 ? String.format(Locale.ROOT, ", %.0f%% of requests failing", o.faults() * 100) : "")
        + sharing(redis);
    return new ClientBackend(client, sandbox, redis,
        "sandbox(seed=" + o.seed() + ", interviews=" + o.interviews() + ")", description);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A backend reached through a {@link DefaultLarkClient}; with a sandbox and a Redis connection
   * it owns.
   */
  private static final class ClientBackend implements Backend {
    private final DefaultLarkClient client;
    private final FeishuSandbox sandbox;
    private final LarkRedis redis;
    private final String sourceId;
    private final String description;

    ClientBackend(
        DefaultLarkClient client, FeishuSandbox sandbox, LarkRedis redis, String sourceId, String description) {
      this.client = client;
      this.sandbox = sandbox;
      this.redis = redis;
      this.sourceId = sourceId;
      this.description = description;
    }

    @Override
    public String sourceId() {
      return sourceId;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public Optional<Range> defaultRange() {
      if (sandbox == null) {
        return Optional.empty();
      }
      TimeRange r = sandbox.dataset().timeRange();
      return Optional.of(new Range(r.min(), r.max()));
    }

    @Override
    public OptionalLong expectedInterviews(InterviewSource.Segment... segments) {
      if (sandbox == null) {
        return OptionalLong.empty();
      }
      SandboxDataset data = sandbox.dataset();
      long n = 0;
      for (InterviewSource.Segment s : segments) {
        n += data.interviewIndices(new InterviewFilter(s.applicationId(), null, s.startMillis(), s.endMillis())).count();
      }
      return OptionalLong.of(n);
    }

    @Override
    public Binding<?, ?> binding(int pageSize) {
      return new Binding<>(
          new HireSource(client, pageSize),
          HireModel.INSTANCE,
          InterviewCodec.INSTANCE,
          InterviewRecordCodec.INSTANCE,
          HireColumns.ALL);
    }

    @Override
    public void close() {
      try {
        client.close();
      } finally {
        try {
          if (redis != null) {
            redis.close();
          }
        } finally {
          if (sandbox != null) {
            sandbox.close();
          }
        }
      }
    }
  }

}
