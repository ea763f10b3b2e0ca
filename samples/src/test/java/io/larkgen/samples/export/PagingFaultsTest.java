package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Fault;
import io.larkgen.sandbox.FaultPlan;
import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page whose next token leads back to itself is fetched again, never committed. */
class PagingFaultsTest {
  @TempDir Path dir;

  private static FeishuSandbox sandbox(FaultPlan plan) {
    return FeishuSandbox.builder().seed(5L).interviews(300).rateLimits(false).faults(plan).start();
  }

  @Test
  void repeatedPageTokenIsRefetchedAndTheOutputIsExact() throws IOException {
    try (FeishuSandbox s = sandbox(FaultPlan.builder().at(2, Fault.REPEATED_PAGE_TOKEN).build())) {
      Path out = dir.resolve("x.jsonl");
      Cli.Run r = Cli.run(EndToEndTest.env(s), Backends.withClientRateLimiting(false),
          EndToEndTest.wholeRange(s, "--out", out.toString(), "--page-size", "20"));
      assertEquals(ExitCodes.OK, r.code(), r.err());
      assertEquals(1, s.stats().faultsInjected(Fault.REPEATED_PAGE_TOKEN));
      assertEquals(s.dataset().recordCount(), Expected.checkJsonLines(s.dataset(), InterviewFilter.all(), out));
    }
  }

  @Test
  void aTokenThatKeepsRepeatingStopsTheExportResumably() throws IOException {
    Path out = dir.resolve("y.jsonl");
    int port;
    String[] args;
    try (FeishuSandbox s = sandbox(FaultPlan.builder().rate(1).mix(Fault.REPEATED_PAGE_TOKEN).build())) {
      port = s.port();
      args = EndToEndTest.wholeRange(s, "--out", out.toString(), "--page-size", "20");
      Cli.Run r = Cli.run(EndToEndTest.env(s), Backends.withClientRateLimiting(false), args);
      assertEquals(ExitCodes.API, r.code(), r.err());
      assertTrue(r.err().contains("Feishu keeps answering has_more=true with an unusable page_token (one already"
          + " followed); the checkpoint is kept: run the same command again to resume."), r.err());
      assertEquals(1 + 1 + HireSource.PAGE_REFETCHES, s.stats().requests("listInterviews"), s.stats().toString());
      assertEquals(20, CheckpointStore.beside(out).load().orElseThrow().totals().interviews());
    }
    // The server recovers (same address, same data): the same command finishes the export.
    try (FeishuSandbox s =
        FeishuSandbox.builder().seed(5L).interviews(300).rateLimits(false).port(port).start()) {
      Cli.Run again = Cli.run(EndToEndTest.env(s), Backends.withClientRateLimiting(false), args);
      assertEquals(ExitCodes.OK, again.code(), again.err());
      assertTrue(again.err().contains("resuming from y.jsonl.checkpoint (20 interviews already written)"), again.err());
      assertEquals(s.dataset().recordCount(), Expected.checkJsonLines(s.dataset(), InterviewFilter.all(), out));
    }
  }
}
