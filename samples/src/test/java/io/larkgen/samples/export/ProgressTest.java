package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void barShowsFractionRateAndEta() {
    Progress p = Progress.bar(err, nanos::get, Duration.ofMillis(100));
    advance(Duration.ofSeconds(2));
    p.update(new Progress.Snapshot(500, 1200, OptionalDouble.of(0.25)));
    assertEquals(
        "\r[########----------------------]  25% 500 interviews, 1,200 records, 250/s, ETA 0:06\u001b[K",
        text());
    p.finish();
    assertTrue(text().endsWith("\n"));
  }

  @Test
  void barRedrawsAtMostEveryInterval() {
    Progress p = Progress.bar(err, nanos::get, Duration.ofMillis(100));
    advance(Duration.ofMillis(100));
    p.update(new Progress.Snapshot(1, 1, OptionalDouble.empty()));
    advance(Duration.ofMillis(50));
    p.update(new Progress.Snapshot(2, 2, OptionalDouble.empty()));
    assertEquals(1, text().chars().filter(c -> c == '\r').count());
    advance(Duration.ofMillis(60));
    p.update(new Progress.Snapshot(3, 3, OptionalDouble.empty()));
    assertEquals(2, text().chars().filter(c -> c == '\r').count());
    assertTrue(text().contains("3 interviews, 3 records"), text());
    assertTrue(text().contains("ETA ?"), text());
  }

  @Test
  void etaOfAResumedRunCountsOnlyThisRunsProgress() {
    Progress p = Progress.lines(err, nanos::get, Duration.ofSeconds(10));
    p.begin(1000, OptionalDouble.of(0.5));
    advance(Duration.ofSeconds(5));
    p.update(new Progress.Snapshot(1050, 0, OptionalDouble.of(0.55)));
    assertEquals("", text(), "nothing before the first interval");
    advance(Duration.ofSeconds(5));
    p.update(new Progress.Snapshot(1100, 0, OptionalDouble.of(0.6)));
    assertEquals(
        "hire-export: 1,100 interviews, 0 records (60%), 10 interviews/s, ETA 0:40\n",
        text().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void linesComeOncePerInterval() {
    Progress p = Progress.lines(err, nanos::get, Duration.ofSeconds(10));
    for (int s = 1; s <= 35; s++) {
      advance(Duration.ofSeconds(1));
      p.update(new Progress.Snapshot(s, s, OptionalDouble.empty()));
    }
    p.finish();
    assertEquals(3, text().lines().count());
  }

  @Test
  void longEtaHasHours() {
    assertEquals("1:01:05", Progress.Timed.clock(3665));
    assertEquals("0:07", Progress.Timed.clock(7));
  }
}
