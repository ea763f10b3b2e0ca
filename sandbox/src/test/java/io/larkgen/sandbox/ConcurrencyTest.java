package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Several clients at once each see the whole, correct data set. */
class ConcurrencyTest {

  @Test
  void parallelExportsAllSeeEveryInterview() throws Exception {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().seed(21L).interviews(1_500).rateLimits(false).start()) {
      List<String> expected = sandbox.dataset().interviewIndices(InterviewFilter.all())
          .mapToObj(sandbox.dataset()::interviewId).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          runs.add(pool.submit(() -> walk(new Http(sandbox))));
        }
        for (Future<List<String>> run : runs) {
          assertEquals(expected, run.get());
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(4, sandbox.stats().tokensIssued() + sandbox.stats().tokensReused());
      assertEquals(1, sandbox.stats().tokensIssued(), "one token, reused by the other clients");
      assertEquals(4 * 30, sandbox.stats().requests("listInterviews"));
    }
  }

  private static List<String> walk(Http http) {
    String token = http.tenantToken();
    List<String> ids = new ArrayList<>();
    String pageToken = null;
    do {
      Http.Answer a = pageToken == null
          ? http.get(token, INTERVIEWS, "start_time", "1", "page_size", "50")
          : http.get(token, INTERVIEWS, "start_time", "1", "page_size", "50", "page_token", pageToken);
      a.data().path("items").forEach(item -> ids.add(item.path("id").asText()));
      pageToken = a.data().path("has_more").asBoolean() ? a.data().path("page_token").asText() : null;
    } while (pageToken != null);
    return ids;
  }
}
