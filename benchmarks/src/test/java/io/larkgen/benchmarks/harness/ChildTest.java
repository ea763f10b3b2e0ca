package io.larkgen.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildTest {
  @TempDir Path dir;

  @Test
  void parsesTheChildrenLineOfBashTimes() {
    assertEquals(62.5 + 0.5, Child.parseChildTimes(
        List.of("0m0.010s 0m0.020s", "1m2.500s 0m0.500s")), 1e-9);
    assertEquals(-1, Child.parseChildTimes(List.of("0m0.010s 0m0.020s")));
  }

  @Test
  void reportsExitCodeOutputMarkAndStderr() throws Exception {
    Path err = dir.resolve("err.log");

    Child.Result r = Child.run(
        List.of("bash", "-c", "echo hello; echo first-page 3; echo '{\"n\":1}'; echo oops >&2; "
            + "exit 3"),
        err, line -> line.startsWith("first-page"), Duration.ofSeconds(30));

    assertEquals(3, r.exitCode());
    assertEquals(List.of("hello", "first-page 3", "{\"n\":1}"), r.stdout());
    assertEquals("{\"n\":1}", r.lastJsonLine());
    assertTrue(r.markSeconds() >= 0 && r.markSeconds() <= r.wallSeconds());
    assertTrue(r.cpuSeconds() >= 0);
    assertEquals("oops\n", Files.readString(err));
  }

  @Test
  void markIsAbsentWhenNoLineMatches() throws Exception {
    Child.Result r = Child.run(List.of("true"), dir.resolve("e.log"), l -> false,
        Duration.ofSeconds(30));

    assertEquals(0, r.exitCode());
    assertEquals(-1, r.markSeconds());
  }
}
