package io.larkgen.runtime.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.Fault;
import io.larkgen.sandbox.FaultPlan;
import io.larkgen.sandbox.FeishuSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/**
 * Several client processes (child JVMs) of one app against the sandbox with Feishu's
 * documented limits on: with a shared Redis they behave as one client.
 */
class SharedBudgetTest {
  private static final String RECORDS = "listInterviewRecords";
  private static final String TOKEN_PATH = "/open-apis/auth/v3/tenant_access_token/internal";
  /** Documented limit of {@code GET /open-apis/hire/v1/interview_records}. */
  private static final double DOCUMENTED_PER_SECOND = 10;

  @RegisterExtension
  static final RunningRedis REDIS = new RunningRedis();

  private final List<ChildJvm> children = new ArrayList<>();
  private Path logs;

  @BeforeEach
  void setUp(TestInfo test) {
    logs = Path.of("target", "child-logs", test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void killLeftovers() {
    for (ChildJvm child : children) {
      child.close();
    }
  }

  private static FeishuSandbox sandbox(FaultPlan faults) {
    return FeishuSandbox.builder().interviews(200).rateLimits(true).faults(faults).start();
  }

  private ChildJvm child(FeishuSandbox sandbox, TestRedis redis, String... more)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("baseUrl=" + sandbox.baseUrl(),
        "appId=" + sandbox.appId(), "appSecret=" + sandbox.appSecret()));
    if (redis != null) {
      args.add("redis=" + redis.uri());
    }
    args.addAll(List.of(more));
    ChildJvm child = ChildJvm.start(logs.resolve("child-" + children.size() + ".log"), args);
    children.add(child);
    return child;
  }

  /** Lets every child begin at once, when all have loaded. */
  private void goTogether() throws Exception {
    awaitAllReady();
    children.forEach(ChildJvm::go);
  }

  private void awaitAllReady() throws Exception {
    for (ChildJvm child : children) {
      child.awaitReady(120);
    }
  }

  private List<JsonNode> results() throws Exception {
    List<JsonNode> results = new ArrayList<>();
    for (ChildJvm child : children) {
      results.add(child.result(120));
    }
    return results;
  }

  /** Answers per second from the first process's first answer to the last one's last. */
  private static double rate(List<JsonNode> results) {
    long ok = 0;
    long first = Long.MAX_VALUE;
    long last = 0;
    for (JsonNode r : results) {
      ok += r.path("ok").asLong();
      first = Math.min(first, r.path("firstAt").asLong());
      last = Math.max(last, r.path("lastAt").asLong());
    }
    return (ok - 1) * 1000.0 / (last - first);
  }

  /**
   * Answers per second over the whole seconds in which every process was listing (after the
   * last one's first answer, before the first one's last): what the processes reach together,
   * without the seconds in which some were still starting or had already stopped.
   */
  private static double rateWhileAllRun(List<JsonNode> results) {
    long from = 0;
    long to = Long.MAX_VALUE;
    for (JsonNode r : results) {
      from = Math.max(from, r.path("firstAt").asLong() / 1000 + 1);
      to = Math.min(to, r.path("lastAt").asLong() / 1000 - 1);
    }
    assertTrue(to - from >= 10, "the processes listed together for at least 10 s");
    long answers = 0;
    for (JsonNode r : results) {
      for (long second = from; second <= to; second++) {
        answers += r.path("perSecond").path(Long.toString(second)).asLong();
      }
    }
    return (double) answers / (to - from + 1);
  }

  @Test
  void fourProcessesTogetherStayWithinTheDocumentedLimitAndUseIt() throws Exception {
    int processes = 4;
    try (FeishuSandbox sandbox = sandbox(FaultPlan.none())) {
      // A cold process's first listings reach the server up to hundreds of milliseconds after
      // their permits, several at once: beyond any headroom, so the client's handling of 429
      // covers them (see RedisRateLimiter). Here the processes start warm, as replicas that
      // share a budget mostly run; this is the budget they then keep together.
      for (int i = 0; i < processes; i++) {
        child(sandbox, REDIS.server(), "seconds=20", "threads=2", "warmUpCalls=5");
      }
      awaitAllReady();
      long tooManyBefore = sandbox.stats().tooManyRequestsSent();
      long requestsBefore = sandbox.stats().requests(RECORDS);
      children.forEach(ChildJvm::go);
      List<JsonNode> results = results();
      double rate = rateWhileAllRun(results);
      long answers429 = sandbox.stats().tooManyRequestsSent() - tooManyBefore;
      long tokens = sandbox.stats().requests(TOKEN_PATH);
      System.out.printf(Locale.ROOT, "[figure] %d processes of 2 threads with Redis, 20 s each: "
              + "%.2f requests/s while all run (%.1f %% of %.0f/s; %.2f/s over the whole run), "
              + "%d answers of 429, %d token requests, %d requests%n",
          processes, rate, 100 * rate / DOCUMENTED_PER_SECOND, DOCUMENTED_PER_SECOND,
          rate(results), answers429, tokens,
          sandbox.stats().requests(RECORDS) - requestsBefore);
      assertEquals(0, answers429, "once warm: " + sandbox.stats());
      assertTrue(rate >= 0.9 * DOCUMENTED_PER_SECOND, "rate " + rate);
      assertTrue(rate <= DOCUMENTED_PER_SECOND, "rate " + rate);
      for (int i = 0; i < processes; i++) {
        assertEquals(0, children.get(i).exitValue(), children.get(i).log());
        assertTrue(results.get(i).path("ok").asLong() > 0, "every process had its share");
        assertEquals(0, results.get(i).path("failed").asLong(), children.get(i).log());
      }
      assertEquals(1, tokens, "one token for all processes");
    }
  }

  @Test
  void withoutRedisTheSameProcessesTripTheLimit() throws Exception {
    int processes = 4;
    try (FeishuSandbox sandbox = sandbox(FaultPlan.none())) {
      for (int i = 0; i < processes; i++) {
        child(sandbox, null, "seconds=5", "threads=2");
      }
      goTogether();
      List<JsonNode> results = results();
      long answers429 = sandbox.stats().tooManyRequestsSent();
      System.out.printf(Locale.ROOT, "[figure] %d processes of 2 threads without Redis, 5 s: "
              + "%.2f answers/s, "
              + "%d answers of 429 out of %d requests, %d token requests%n", processes,
          rate(results), answers429, sandbox.stats().requests(RECORDS),
          sandbox.stats().requests(TOKEN_PATH));
      assertTrue(answers429 > 0, "each process limits only itself: " + sandbox.stats());
      assertEquals(processes, sandbox.stats().requests(TOKEN_PATH), "a token per process");
    }
  }

  @Test
  void eightProcessesFetchOneTokenAndRefreshARevokedOneOnce() throws Exception {
    int processes = 8;
    try (FeishuSandbox sandbox = sandbox(FaultPlan.none())) {
      for (int i = 0; i < processes; i++) {
        child(sandbox, REDIS.server(), "seconds=60");
      }
      goTogether();
      for (ChildJvm child : children) {
        child.awaitFirstAnswer(120);
      }
      long tokensAtStart = sandbox.stats().requests(TOKEN_PATH);
      sandbox.revokeAllTokens();
      long before = sandbox.stats().requests(RECORDS);
      // Three calls a process on average after the revocation: every one sees it.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (sandbox.stats().requests(RECORDS) < before + 3 * processes
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      children.forEach(ChildJvm::stop);
      List<JsonNode> results = results();
      long fetches = results.stream().mapToLong(r -> r.path("tokenFetches").asLong()).sum();
      System.out.printf(Locale.ROOT, "[figure] %d processes starting at once: %d token request(s);"
              + " after revocation %d in all (%d sent by the clients), %d answers of 429%n",
          processes, tokensAtStart, sandbox.stats().requests(TOKEN_PATH), fetches,
          sandbox.stats().tooManyRequestsSent());
      assertEquals(1, tokensAtStart, "one token for eight processes starting at once");
      assertEquals(2, sandbox.stats().requests(TOKEN_PATH), "the revoked token refreshed once");
      assertEquals(2, fetches);
      for (int i = 0; i < processes; i++) {
        assertEquals(0, children.get(i).exitValue(), children.get(i).log());
        assertEquals(0, results.get(i).path("failed").asLong(), children.get(i).log());
      }
    }
  }

  @Test
  void killingTheLockHolderStallsTheOthersOnlyUntilTheLockExpires() throws Exception {
    Duration slow = Duration.ofSeconds(90);
    Duration lockTtl = Duration.ofSeconds(3);
    // The first token request, the lock holder's, is answered only after 90 s.
    FaultPlan faults = FaultPlan.builder().includeTokenEndpoints(true)
        .at(1, Fault.SLOW).slowDelay(slow).build();
    try (FeishuSandbox sandbox = sandbox(faults)) {
      for (int i = 0; i < 3; i++) {
        child(sandbox, REDIS.server(), "seconds=1", "lockTtlMs=" + lockTtl.toMillis());
      }
      goTogether();
      String lockKey = "larkgen:token-lock:tenant_self_built:" + sandbox.appId();
      String holder = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      // Once the slow token request arrived, the lock's holder is the process waiting for it.
      while (sandbox.stats().requests(TOKEN_PATH) == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      try (Jedis jedis = REDIS.server().jedis()) {
        holder = jedis.get(lockKey);
      }
      assertNotNull(holder, "a process holds the refresh lock while it fetches");
      long pid = Long.parseLong(holder.substring(0, holder.indexOf('-')));
      ChildJvm killed = children.stream().filter(c -> c.pid() == pid).findFirst().orElseThrow();
      killed.kill();
      long killedAt = System.currentTimeMillis();
      for (ChildJvm child : children) {
        if (child == killed) {
          continue;
        }
        JsonNode r = child.result(120);
        long stall = r.path("firstAt").asLong() - killedAt;
        System.out.printf(Locale.ROOT, "[figure] lock holder killed: first answer %d ms later "
            + "(lock lifetime %d ms, the holder's token answer was due after %d ms)%n", stall,
            lockTtl.toMillis(), slow.toMillis());
        assertEquals(0, child.exitValue(), child.log());
        assertEquals(0, r.path("failed").asLong(), child.log());
        assertTrue(stall < slow.toMillis(), "did not wait for the dead holder's fetch: " + stall);
      }
      assertEquals(2, sandbox.stats().requests(TOKEN_PATH),
          "the dead holder's request and one more");
    }
  }

  @Test
  void redisStoppedMidRunFailsEveryProcessWithTheTypedException() throws Exception {
    try (FeishuSandbox sandbox = sandbox(FaultPlan.none()); TestRedis own = TestRedis.start()) {
      for (int i = 0; i < 2; i++) {
        child(sandbox, own, "seconds=120", "redisTimeoutMs=500");
      }
      goTogether();
      for (ChildJvm child : children) {
        child.awaitFirstAnswer(120);
      }
      own.stop();
      long stoppedAt = System.currentTimeMillis();
      for (ChildJvm child : children) {
        JsonNode r = child.result(60);
        System.out.printf(Locale.ROOT, "[figure] Redis stopped: process ended %d ms later with "
            + "%s%n", r.path("endedAt").asLong() - stoppedAt, r.path("failure").asText());
        assertEquals(ClientProcess.REDIS_UNAVAILABLE, child.exitValue(), child.log());
        assertTrue(r.path("failure").asText().startsWith("RedisUnavailableException: redis: "),
            r.toString());
        assertEquals(0, r.path("failed").asLong(), "no other failure first: " + child.log());
      }
    }
  }
}
