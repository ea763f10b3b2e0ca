package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports stopped abruptly in the middle, then run again: the output is exact. */
class ResumeEndToEndTest {
  private static FeishuSandbox sandbox;
  private static final Backend.Factory FAST = Backends.withClientRateLimiting(false);

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(7L).interviews(1_500).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private String[] args(Path out) {
    return EndToEndTest.wholeRange(sandbox, "--out", out.toString(), "--page-size", "50");
  }

  @Test
  void writerDyingMidPageThenResumeGivesExactJsonLines() throws IOException {
    Path out = dir.resolve("resume.jsonl");
    Cli.Run died = Cli.run(EndToEndTest.env(sandbox), FAST, WriterHooks.dieBefore(437), args(out));
    assertEquals(ExitCodes.FAILED, died.code(), died.err());
    Checkpoint cp = CheckpointStore.beside(out).load().orElseThrow();
    assertEquals(400, cp.totals().interviews());
    assertTrue(Files.size(out) > cp.outputBytes(), "the dead run left uncommitted bytes behind");

    Cli.Run resumed = Cli.run(EndToEndTest.env(sandbox), FAST, args(out));
    assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("resuming from resume.jsonl.checkpoint (400 interviews already written)"),
        resumed.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out));
    assertFalse(Files.exists(CheckpointStore.beside(out).file()));
  }

  @Test
  void twoDeathsThenResumeGivesExactCsv() throws IOException {
    Path out = dir.resolve("resume.csv");
    assertEquals(ExitCodes.FAILED, Cli.run(EndToEndTest.env(sandbox), FAST, WriterHooks.dieBefore(120), args(out)).code());
    assertEquals(ExitCodes.FAILED, Cli.run(EndToEndTest.env(sandbox), FAST, WriterHooks.dieBefore(333), args(out)).code());
    // first run commits 100 (dies at 120); the second starts there and dies 333 later, after committing 400
    assertEquals(400, CheckpointStore.beside(out).load().orElseThrow().totals().interviews());
    Cli.Run r = Cli.run(EndToEndTest.env(sandbox), FAST, args(out));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkCsv(sandbox.dataset(), InterviewFilter.all(), out));
  }

  @Test
  void interruptedThreadStopsWithExitCode130AndResumes() throws Exception {
    Path out = dir.resolve("interrupt.jsonl");
    AtomicReference<Cli.Run> result = new AtomicReference<>();
    AtomicReference<Thread> self = new AtomicReference<>();
    HireExport.WriterHook interruptAt300 =
        WriterHooks.of(WriterHooks.at(299, () -> self.get().interrupt()), WriterHooks.never());
    Thread t = new Thread(() -> result.set(Cli.run(EndToEndTest.env(sandbox), FAST, interruptAt300, args(out))));
    self.set(t);
    t.start();
    t.join();
    assertEquals(ExitCodes.INTERRUPTED, result.get().code(), result.get().err());
    assertTrue(result.get().err().contains("interrupted; run the same command again to resume"), result.get().err());
    Cli.Run r = Cli.run(EndToEndTest.env(sandbox), FAST, args(out));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out);
  }
}
