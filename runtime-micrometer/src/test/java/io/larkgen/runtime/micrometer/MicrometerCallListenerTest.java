package io.larkgen.runtime.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.Hire;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.ResponseMetadata;
import io.larkgen.sandbox.Fault;
import io.larkgen.sandbox.FaultPlan;
import io.larkgen.sandbox.FeishuSandbox;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters a client's calls leave in a registry, against the sandbox. */
class MicrometerCallListenerTest {

  @Test
  void countsCallsRetriesAndThrottledAnswersAndTimesThemPerOperation() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // request 1 lists interviews, request 2 (the records) is refused with a 429, 3 is its retry
    FaultPlan faults = FaultPlan.builder().at(2, Fault.HTTP_429).build();
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(20).faults(faults).start();
        DefaultLarkClient client = DefaultLarkClient.builder()
            .appId(sandbox.appId()).appSecret(sandbox.appSecret()).baseUrl(sandbox.baseUrl())
            .listener(new MicrometerCallListener(registry, List.of(Tag.of("client", "test"))))
            .build()) {
      Hire hire = Hire.of(client);
      List<ResponseMetadata> answers = new ArrayList<>();
      RequestOptions options = RequestOptions.DEFAULT.onResponse(answers::add);
      List<Interview> interviews = hire.v1().interviews()
          .list(Interviews.all(10), options).items();
      hire.v1().interviewRecords().list(Interviews.records(interviews), options);
      String listInterviews = answers.get(0).operationId();
      String listRecords = answers.get(1).operationId();
      assertEquals(2, answers.get(1).attempts());

      assertEquals(1, registry.get(MicrometerCallListener.CALLS).tag("client", "test")
          .tag("operation", listInterviews).tag("outcome", "success").timer().count());
      assertEquals(1, registry.get(MicrometerCallListener.CALLS)
          .tag("operation", listRecords).tag("outcome", "success").timer().count());
      assertEquals(1, registry.get(MicrometerCallListener.RETRIES)
          .tag("operation", listRecords).counter().count());
      assertEquals(1, registry.get(MicrometerCallListener.THROTTLED)
          .tag("operation", listRecords).counter().count());
      assertNull(registry.find(MicrometerCallListener.THROTTLED)
          .tag("operation", listInterviews).counter());
      assertEquals(1, registry.get(MicrometerCallListener.ATTEMPTS)
          .tag("operation", listRecords).tag("status", "429").timer().count());
      assertEquals(1, registry.get(MicrometerCallListener.ATTEMPTS)
          .tag("operation", listRecords).tag("status", "200").timer().count());
      // the call's time includes the reset the retry waited for, beyond its attempts' own
      double call = registry.get(MicrometerCallListener.CALLS).tag("operation", listRecords)
          .timer().totalTime(TimeUnit.NANOSECONDS);
      double attempts = registry.get(MicrometerCallListener.ATTEMPTS)
          .tag("operation", listRecords).timers().stream()
          .mapToDouble(t -> t.totalTime(TimeUnit.NANOSECONDS)).sum();
      assertTrue(call > attempts, call + " ns for the call, " + attempts + " for its attempts");
    }
  }
}
