package io.larkgen.runtime.redis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.hire.Hire;
import io.larkgen.hire.api.InterviewRecordsApi;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.runtime.ClientStats;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.error.LarkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One replica of an app, run in its own JVM by the tests: lists interview records as fast as
 * its client lets it, from its first answer on for {@code seconds} or until a line {@code stop}
 * arrives on standard input. Prints {@code ready} once its client is built and waits for a line
 * {@code go}; prints {@code first} after its first answer, then one JSON line with its counts.
 * Exits 0, or 3 after a {@link RedisUnavailableException}.
 *
 * <p>Arguments, as {@code name=value}: {@code baseUrl}, {@code appId}, {@code appSecret},
 * {@code seconds}, and optionally {@code threads} (listing threads, default 1), {@code redis}
 * (a URL; without it the client limits only itself), {@code lockTtlMs}, {@code
 * redisTimeoutMs} and {@code warmUpCalls} (listings before {@code ready}, not counted).
 */
public final class ClientProcess {
  /** Exit status after Redis failed. */
  static final int REDIS_UNAVAILABLE = 3;

  private ClientProcess() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      opts.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch stop = new CountDownLatch(1);
    Thread stdin = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null && !line.equals("stop")) {
          if (line.equals("go")) {
            go.countDown();
          }
        }
      } catch (IOException e) {
        // the parent is gone: stop as well
      }
      go.countDown();
      stop.countDown();
    }, "stdin");
    stdin.setDaemon(true);
    stdin.start();

    String redisUrl = opts.get("redis");
    LarkRedis redis = redisUrl == null ? null : LarkRedis.builder(URI.create(redisUrl))
        .timeout(Duration.ofMillis(Long.parseLong(opts.getOrDefault("redisTimeoutMs", "2000"))))
        .build();
    DefaultLarkClient.Builder builder = DefaultLarkClient.builder()
        .baseUrl(URI.create(opts.get("baseUrl")))
        .appId(opts.get("appId"))
        .appSecret(opts.get("appSecret"));
    if (redis != null) {
      builder.tokenStore(redis.tokenStore(
              Duration.ofMillis(Long.parseLong(opts.getOrDefault("lockTtlMs", "10000")))))
          .rateLimiter(redis.rateLimiter(opts.get("appId")));
    }
    ObjectNode result = new ObjectMapper().createObjectNode();
    Counts counts = new Counts();
    long started = System.currentTimeMillis();
    try (DefaultLarkClient client = builder.build()) {
      InterviewRecordsApi records = Hire.of(client).v1().interviewRecords();
      long runMillis = TimeUnit.SECONDS.toMillis(Long.parseLong(opts.get("seconds")));
      int threads = Integer.parseInt(opts.getOrDefault("threads", "1"));
      int warmUpCalls = Integer.parseInt(opts.getOrDefault("warmUpCalls", "0"));
      for (int i = 0; i < warmUpCalls; i++) {
        records.list(ListInterviewRecordsRequest.builder().pageSize(10).build());
      }
      // Started JVMs are slow at first; all replicas begin together once they are loaded.
      System.out.println("ready");
      System.out.flush();
      if (!go.await(120, TimeUnit.SECONDS)) {
        throw new IllegalStateException("no word to go within 120 s");
      }
      started = System.currentTimeMillis();
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread worker = new Thread(() -> counts.listUntilDone(records, runMillis, stop),
            "lister-" + i);
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      ClientStats stats = client.stats();
      result.put("ok", counts.ok.get()).put("failed", counts.failed.get())
          .put("firstAt", counts.firstAt.get()).put("lastAt", counts.lastAt.get())
          .put("startedAt", started).put("endedAt", System.currentTimeMillis())
          .put("throttled", stats.throttledResponses()).put("tokenFetches", stats.tokenFetches());
      ObjectNode perSecond = result.putObject("perSecond");
      counts.perSecond.forEach((second, n) -> perSecond.put(Long.toString(second), n.get()));
      if (counts.redisFailure.get() != null) {
        RedisUnavailableException e = counts.redisFailure.get();
        result.put("failure", e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    } finally {
      if (redis != null) {
        redis.close();
      }
    }
    System.out.println(result);
    System.out.flush();
    System.exit(counts.redisFailure.get() == null ? 0 : REDIS_UNAVAILABLE);
  }

  /** What the listing threads of this process did. */
  private static final class Counts {
    final AtomicLong ok = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong firstAt = new AtomicLong();
    final AtomicLong lastAt = new AtomicLong();
    final AtomicReference<RedisUnavailableException> redisFailure = new AtomicReference<>();
    /** Answers by the epoch second they arrived in. */
    final Map<Long, AtomicLong> perSecond = new ConcurrentSkipListMap<>();

    /** Lists until {@code runMillis} after the process's first answer, a stop or Redis fails. */
    void listUntilDone(InterviewRecordsApi records, long runMillis, CountDownLatch stop) {
      ListInterviewRecordsRequest request =
          ListInterviewRecordsRequest.builder().pageSize(10).build();
      while (redisFailure.get() == null) {
        try {
          records.list(request);
          ok.incrementAndGet();
          long now = System.currentTimeMillis();
          lastAt.accumulateAndGet(now, Math::max);
          perSecond.computeIfAbsent(now / 1000, k -> new AtomicLong()).incrementAndGet();
          if (firstAt.compareAndSet(0, now)) {
            System.out.println("first");
            System.out.flush();
          }
        } catch (RedisUnavailableException e) {
          redisFailure.compareAndSet(null, e);
        } catch (LarkException e) {
          failed.incrementAndGet();
          System.err.println("call failed: " + e);
        }
        long first = firstAt.get();
        if (first != 0
            && (stop.getCount() == 0 || System.currentTimeMillis() - first >= runMillis)) {
          return;
        }
      }
    }
  }
}
