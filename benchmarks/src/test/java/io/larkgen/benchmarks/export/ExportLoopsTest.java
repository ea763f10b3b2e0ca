package io.larkgen.benchmarks.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.sandbox.FeishuSandbox;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void transportFloorMakesTheSameRequestsAndSeesEveryInterviewAndRecord() throws Exception {
    Path out = dir.resolve("floor.jsonl");
    TransportFloorExport.main(
        new String[] {sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret(), out.toString()});
    // main prints the summary; the loop itself is checked through its parts below.
    assertEquals(0, Files.size(out));

    ExportSummary summary = TransportFloorExport.export(sandbox.baseUrl(), sandbox.appId(),
        sandbox.appSecret());
    assertEquals(INTERVIEWS, summary.interviews());
    assertEquals(sandbox.dataset().recordCount(), summary.records());
    assertEquals(3, summary.interviewRequests());
    try (DefaultLarkClient client = LarkgenExport.client(sandbox.baseUrl(), sandbox.appId(),
            sandbox.appSecret(), false);
        OutputStream o = OutputStream.nullOutputStream()) {
      ExportSummary larkgen = new LarkgenExport(client).export(o);
      assertEquals(larkgen.recordRequests(), summary.recordRequests());
    }
  }

  @Test
  void transportFloorReadsOnlyTheFieldsAtTheirPlace() throws Exception {
    byte[] page = ("{\"code\":0,\"data\":{\"items\":[{\"id\":\"i1\",\"interview_record_list\":"
        + "[{\"id\":\"r1\",\"interviewer\":{\"id\":\"u1\"}},{\"id\":\"r2\"}],"
        + "\"page_token\":\"not this\"},{\"id\":\"i2\",\"interview_record_list\":[]}],"
        + "\"has_more\":true,\"page_token\":\"next\"},\"page_token\":\"nor this\"}")
        .getBytes(StandardCharsets.UTF_8);

    assertEquals(new TransportFloorExport.InterviewsPage(2, List.of("r1", "r2"), "next"),
        TransportFloorExport.interviewsPage(page));
    assertEquals(new TransportFloorExport.InterviewsPage(0, List.of(), null),
        TransportFloorExport.interviewsPage(
            "{\"data\":{\"items\":[],\"has_more\":false,\"page_token\":\"x\"}}"
                .getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, TransportFloorExport.items(page));
    assertEquals("t", TransportFloorExport.stringField(
        "{\"a\":{\"tenant_access_token\":\"inner\"},\"tenant_access_token\":\"t\"}"
            .getBytes(StandardCharsets.UTF_8), "tenant_access_token"));
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

    assertEquals(new ExportBench.Reported(5000, 12443, 16.7, 50, 150, 2), r);
  }
}
