package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.http.JdkHttpTransport;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page the client cannot use, in the middle of an export, is a failure with Feishu's log id,
 * never a short export that exits 0; the checkpoint is kept and the same command resumes.
 */
class MidExportFailureTest {
  private static final String BAD_LOG_ID = "20261202badpage0001";
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(13L).interviews(300).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** A success envelope cut short (what a proxy dropping the connection leaves). */
  private static final String CUT_SHORT = "{\"code\":0,\"msg\":\"success\",\"data\":{\"has_more\":true,\"items\":[{\"id\":\"7";

  /** A success without {@code data}, which the client refuses rather than read as an empty page. */
  private static final String NO_DATA = "{\"code\":0,\"msg\":\"success\"}";

  /**
   * The sandbox over HTTP, except that every interviews page after the {@code good}-th is
   * {@code body}.
   */
  private static Backend.Factory badPagesAfter(int good, AtomicInteger pages, String body) {
    return (env, options, redis) -> {
      Transport real = new JdkHttpTransport(Duration.ofSeconds(5));
      Transport transport =
          new Transport() {
            @Override
            public TransportResponse send(io.larkgen.runtime.http.TransportRequest request)
                throws IOException, InterruptedException {
              if (request.uri().getPath().endsWith("/hire/v1/interviews") && pages.incrementAndGet() > good) {
                return new TransportResponse(
                    200,
                    Map.of("Content-Type", List.of("application/json; charset=utf-8"), "X-Tt-Logid", List.of(BAD_LOG_ID)),
                    body.getBytes(StandardCharsets.UTF_8));
              }
              return real.send(request);
            }

            @Override
            public void close() {
              real.close();
            }
          };
      DefaultLarkClient client =
          DefaultLarkClient.builder()
              .appId(sandbox.appId())
              .appSecret(sandbox.appSecret())
              .baseUrl(sandbox.baseUrl())
              .transport(transport)
              .retryPolicy(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMillis(1), Duration.ofMillis(1)))
              .clientRateLimiting(false)
              .build();
      return Backends.over(client, "sandbox over a flaky proxy", "exporting through a flaky proxy");
    };
  }

  @Test
  void aMalformedPageMidExportFailsWithTheLogIdAndTheSameCommandResumes() throws IOException {
    failsAfterTwoPagesAndResumes(CUT_SHORT, "malformed response body");
  }

  @Test
  void aSuccessWithoutDataMidExportFailsWithTheLogIdAndTheSameCommandResumes() throws IOException {
    failsAfterTwoPagesAndResumes(NO_DATA, "malformed response body: code 0 without data");
  }

  private void failsAfterTwoPagesAndResumes(String badBody, String expectedReason) throws IOException {
    Path out = dir.resolve("x.jsonl");
    String[] args = EndToEndTest.wholeRange(sandbox, "--out", out.toString(), "--page-size", "50");
    AtomicInteger pages = new AtomicInteger();

    Cli.Run r = Cli.run(Map.of(), badPagesAfter(2, pages, badBody), args);
    assertEquals(ExitCodes.API, r.code(), r.err());
    assertTrue(r.err().contains("hire-export: Feishu request failed: "), r.err());
    assertTrue(r.err().contains(expectedReason), r.err());
    assertTrue(r.err().contains("log id " + BAD_LOG_ID), r.err());
    assertTrue(r.err().contains("The checkpoint is kept: run the same command again to resume."), r.err());
    assertFalse(r.err().contains("exported "), "no summary of a finished export: " + r.err());
    assertEquals(2 + 3, pages.get(), "two good pages, then the bad one with the client's retries");
    assertEquals(100, CheckpointStore.beside(out).load().orElseThrow().totals().interviews());

    Cli.Run again = Cli.run(Map.of(), badPagesAfter(Integer.MAX_VALUE, new AtomicInteger(), badBody), args);
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.err().contains("resuming from x.jsonl.checkpoint (100 interviews already written)"), again.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out));
  }
}
