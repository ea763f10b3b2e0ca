package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-interview data set builds and serves within a small heap. The build runs this
 * class in its own JVM with {@code -Xmx64m} (surefire execution {@code small-heap}).
 */
class LargeDatasetTest {

  @Test
  void millionInterviewsFitInASmallHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long before = usedAfterGc(memory);
    SandboxDataset data = SandboxDataset.generate(42L, 1_000_000);
    long retained = usedAfterGc(memory) - before;
    System.out.printf("1,000,000 interviews, %,d records, %,d applications: index %,d bytes, "
            + "retained %,d bytes (max heap %,d)%n",
        data.recordCount(), data.applicationCount(), data.indexBytes(), retained, maxHeap);
    assertTrue(data.indexBytes() < 40L * 1024 * 1024, "index under 40 MiB: " + data.indexBytes());
    assertTrue(retained < 48L * 1024 * 1024, "retained under 48 MiB: " + retained);

    int last = data.interviewCount() - 1;
    assertEquals(last, data.indexOfInterview(data.interviewId(last)).getAsInt());
    List<String> records = data.recordIdsOf(last);
    assertEquals(last, data.interviewIndexOfRecord(records.get(records.size() - 1)).getAsInt());
    assertEquals(data.recordCount() - 1, data.recordOrdinal(records.get(records.size() - 1)).getAsInt());
  }

  @Test
  void millionInterviewSandboxServesPages() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(1_000_000).rateLimits(false).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      long end = sandbox.dataset().timeRange().maxBeginTime();
      Http.Answer a = http.get(token, Http.INTERVIEWS, "start_time", String.valueOf(end - 3_600_000),
          "page_size", "100");
      assertEquals(0, a.code());
      assertTrue(a.data().path("items").size() > 0);
      assertEquals(sandbox.dataset().interviewId(sandbox.dataset().interviewCount() - 1),
          a.data().path("items").path(a.data().path("items").size() - 1).path("id").asText(),
          "the last hour ends with the last interview");
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
