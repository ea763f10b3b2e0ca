package io.larkgen.benchmarks.coldstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.sandbox.FeishuSandbox;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The cold-start floor holds the same first page as the clients, on jackson-core alone. */
class TransportFloorFirstPageTest {
  @Test
  void printsTheMarkerWithTheFirstPagesItems() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (FeishuSandbox sandbox =
        FeishuSandbox.builder().seed(42L).interviews(150).rateLimits(false).start()) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      TransportFloorFirstPage.main(
          new String[] {sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret()});
    } finally {
      System.setOut(out);
    }

    assertEquals(ColdStartBench.MARKER + " 100", printed.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void floorClasspathKeepsTheMainsAndJacksonCoreOnly() {
    String larkgen = String.join(File.pathSeparator, "benchmarks/target/classes",
        "m2/larkgen-hire-client-0.1.0.jar", "m2/larkgen-runtime-0.1.0.jar",
        "m2/jackson-core-2.20.1.jar", "m2/slf4j-api-2.0.17.jar");

    assertEquals(String.join(File.pathSeparator, "benchmarks/target/classes",
        "m2/jackson-core-2.20.1.jar"), ColdStartBench.floorClasspath(larkgen));
  }
}
