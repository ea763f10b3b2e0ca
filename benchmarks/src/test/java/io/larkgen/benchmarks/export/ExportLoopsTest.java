package io.larkgen.benchmarks.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.sandbox.FeishuSandbox;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both export loops write every interview and record of an in-process sandbox. */
class ExportLoopsTest {
  private static final int INTERVIEWS = 250;
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(42L).interviews(INTERVIEWS).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void officialSdkLoopExportsEveryInterviewAndRecord() throws Exception {
    Path out = dir.resolve("sdk.jsonl");
    ExportSummary summary;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      summary = new OfficialSdkExport(OfficialSdkExport.client(sandbox.baseUrl(),
          sandbox.appId(), sandbox.appSecret())).export(w);
    }

    assertCounts(summary, out);
  }

  @Test
  void larkgenLoopExportsEveryInterviewAndRecord() throws Exception {
    Path out = dir.resolve("larkgen.jsonl");
    ExportSummary summary;
    try (DefaultLarkClient client = LarkgenExport.client(sandbox.baseUrl(), sandbox.appId(),
            sandbox.appSecret(), false);
        OutputStream o = Files.newOutputStream(out)) {
      summary = new LarkgenExport(client).export(o);
    }

    assertCounts(summary, out);
  }

  private static void assertCounts(ExportSummary summary, Path out)
      throws Exception {
    int records = sandbox.dataset().recordCount();
    assertEquals(INTERVIEWS, summary.interviews());
    assertEquals(records, summary.records());
    assertEquals(3, summary.interviewRequests()); // pages of 100: 100, 100, 50
    assertEquals(0, summary.rateLimited());
    assertEquals(new ExportFile.Counts(INTERVIEWS, records), ExportFile.count(out));
  }

  @Test
  void readsTheSampleSummary() {
    ExportBench.Reported r = ExportBench.fromSampleSummary(String.join("\n",
        "hire-export: exporting from http://127.0.0.1:1 as app cli_x",
        "hire-export: exported 5,000 interviews and 12,443 interview records to o.jsonl (jsonl)"
            + " in 16.7 s",
        "  pages fetched:   50 interview pages, 150 interview_records batches",
        "  this run:        200 requests, 0 retries, 136 rate-limit waits (2 throttled by the"
            + " server), 300 interviews/s"));

    assertEquals(new ExportBench.Reported(5000, 16.7, 50, 150, 2), r);
  }
}
