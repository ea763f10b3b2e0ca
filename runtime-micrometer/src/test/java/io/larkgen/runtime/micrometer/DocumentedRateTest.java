package io.larkgen.runtime.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.Hire;
import io.larkgen.hire.api.InterviewRecordsApi;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.runtime.CallListener;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.sandbox.FeishuSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The client's own limiter against the sandbox's documented limits (interview records: 10
 * requests in each one-second window): callers asking as fast as they can gets at least 95 % of
 * the documented rate and never an answer of 429. The rate is a ratio within the run (requests
 * per second of the run against the documented 10), not a time limit.
 */
class DocumentedRateTest {
  private static final int DOCUMENTED_PER_SECOND = 10;
  private static final int THREADS = 4;
  private static final int CALLS = 80;

  @Test
  void fastCallersGetAtLeast95PercentOfTheDocumentedRateAndNo429() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    List<Long> sent = Collections.synchronizedList(new ArrayList<>());
    CallListener sendTimes = new CallListener() {
      @Override
      public void beforeSend(Send event) {
        if (event.target().contains("interview_records")) {
          sent.add(System.nanoTime());
        }
      }
    };
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).rateLimits(true).start();
        DefaultLarkClient client = DefaultLarkClient.builder()
            .appId(sandbox.appId()).appSecret(sandbox.appSecret()).baseUrl(sandbox.baseUrl())
            .listener(new MicrometerCallListener(registry))
            .listener(sendTimes)
            .build()) {
      Hire hire = Hire.of(client);
      ListInterviewRecordsRequest records =
          Interviews.records(hire.v1().interviews().list(Interviews.all(1)).items());
      InterviewRecordsApi api = hire.v1().interviewRecords();
      // several callers, so that the limiter, not the time a call takes, sets the pace
      ExecutorService callers = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          done.add(callers.submit(() -> {
            for (int i = 0; i < CALLS / THREADS; i++) {
              api.list(records);
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      } finally {
        callers.shutdownNow();
      }
      Collections.sort(sent);

      assertEquals(0, sandbox.stats().tooManyRequestsSent(), sandbox.stats().toString());
      assertEquals(0, client.stats().throttledResponses());
      assertEquals(CALLS, sent.size(), "one attempt per call");
      // Requests 0 .. k - 1 took the time from request 0 to request k, for k a whole number
      // of windows' worth (the last window's own requests would need a window of time after
      // them, which the run does not wait for).
      int k = CALLS - DOCUMENTED_PER_SECOND;
      double seconds = (sent.get(k) - sent.get(0)) / 1e9;
      double achieved = k / seconds;
      double share = achieved / DOCUMENTED_PER_SECOND;
      System.out.printf("interview records: %d requests, %d of them in %.3f s, %.1f %% of the "
          + "documented rate, %d answers of 429%n", CALLS, k, seconds, 100 * share,
          sandbox.stats().tooManyRequestsSent());
      assertTrue(share >= 0.95, "achieved " + achieved + "/s of " + DOCUMENTED_PER_SECOND);
      assertTrue(registry.get(MicrometerCallListener.RATE_LIMIT_WAITS).timer().count() > 0,
          "the limiter held the caller back");
    }
  }
}
