package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Fault;
import io.larkgen.sandbox.FaultPlan;
import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import io.larkgen.sandbox.TimeRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole exports of a 5,000-interview sandbox through the credentials path (as against a Feishu
 * tenant), checked against the sandbox's data set.
 */
class EndToEndTest {
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(42L).interviews(5_000).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Map<String, String> env(FeishuSandbox s) {
    return Map.of(
        Backends.APP_ID, s.appId(), Backends.APP_SECRET, s.appSecret(), Backends.BASE_URL, s.baseUrl());
  }

  static String[] wholeRange(FeishuSandbox s, String... more) {
    TimeRange r = s.dataset().timeRange();
    String[] base = {"--from", Long.toString(r.minBeginTime()), "--to", Long.toString(r.maxBeginTime())};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static final Backend.Factory FAST = Backends.withClientRateLimiting(false);

  @Test
  void jsonLinesHoldEveryInterviewAndRecordExactlyOnce() throws IOException {
    Path out = dir.resolve("all.jsonl");
    Cli.Run r = Cli.run(env(sandbox), FAST, wholeRange(sandbox, "--out", out.toString()));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    long records = Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out);
    assertEquals(sandbox.dataset().recordCount(), records);
    assertTrue(r.err().contains(String.format("exported 5,000 interviews and %,d interview records", records)), r.err());
    assertFalse(Files.exists(dir.resolve("all.jsonl.checkpoint")));
  }

  @Test
  void csvHasOneRowPerRecordWithTheRecordsJson() throws IOException {
    Path out = dir.resolve("all.csv");
    Cli.Run r = Cli.run(env(sandbox), FAST, wholeRange(sandbox, "--out", out.toString()));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkCsv(sandbox.dataset(), InterviewFilter.all(), out));
  }

  @Test
  void faultsAndATokenRevocationChangeNothingInTheOutput() throws IOException {
    FaultPlan plan =
        FaultPlan.builder()
            .rate(0.1)
            .seed(7)
            .mix(Fault.HTTP_500, Fault.HTTP_502, Fault.HTTP_503, Fault.HTTP_429, Fault.SLOW,
                Fault.TRUNCATED_BODY, Fault.TRUNCATED_CONNECTION_CLOSED, Fault.CONNECTION_RESET,
                Fault.REPEATED_PAGE_TOKEN)
            .slowDelay(Duration.ofMillis(300))
            .revokeTokensAt(30)
            .build();
    try (FeishuSandbox faulty =
        FeishuSandbox.builder().seed(42L).interviews(5_000).rateLimits(true).faults(plan).start()) {
      Path out = dir.resolve("faults.jsonl");
      Cli.Run r = Cli.run(env(faulty), Backends.DEFAULT, wholeRange(faulty, "--out", out.toString()));
      assertEquals(ExitCodes.OK, r.code(), r.err());
      Expected.checkJsonLines(faulty.dataset(), InterviewFilter.all(), out);
      long faults = faulty.stats().faultsInjected();
      long requests = faulty.stats().totalRequests();
      assertTrue(faults >= requests / 20, faults + " faults in " + requests + " requests");
      assertEquals(1, faulty.stats().faultsInjected(Fault.REVOKE_TOKENS));
      assertTrue(faulty.stats().faultsInjected(Fault.HTTP_429) > 0, faulty.stats().toString());
      assertTrue(faulty.stats().faultsInjected(Fault.TRUNCATED_BODY) > 0, faulty.stats().toString());
      // The client's limiter spaces requests evenly at the documented rates; on a busy machine a
      // request that leaves late can still land in the same server second as the next one, and
      // that rare 429 is retried like any other.
      assertTrue(faulty.stats().rateLimitedRequests() * 20 <= requests, "under the limits: " + faulty.stats());
      assertTrue(r.err().matches("(?s).*this run: +[0-9,]+ requests, [1-9][0-9,]* retries.*"), r.err());
    }
  }

  @Test
  void applicationIdsExportTheirInterviews() throws IOException {
    String a = sandbox.dataset().applicationId(10);
    String b = sandbox.dataset().applicationId(4000);
    Path out = dir.resolve("apps.jsonl");
    Cli.Run r = Cli.run(env(sandbox), FAST, "--out", out.toString(), "--application-id", a, "--application-id", b);
    assertEquals(ExitCodes.OK, r.code(), r.err());
    java.util.List<String> lines = Files.readAllLines(out);
    int expected =
        sandbox.dataset().interviewsOfApplication(a).length + sandbox.dataset().interviewsOfApplication(b).length;
    assertEquals(expected, lines.size());
    Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.application(a), writeFirst(out, lines,
        sandbox.dataset().interviewsOfApplication(a).length));
  }

  private Path writeFirst(Path out, java.util.List<String> lines, int n) throws IOException {
    Path part = out.resolveSibling("first-" + out.getFileName());
    Files.write(part, lines.subList(0, n));
    return part;
  }
}
