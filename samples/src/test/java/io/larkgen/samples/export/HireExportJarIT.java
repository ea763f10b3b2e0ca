package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.InterviewFilter;
import io.larkgen.sandbox.SandboxDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged fat jar in a child JVM: killed with SIGKILL mid-run, then resumed. */
class HireExportJarIT {
  private static final Path JAR = Path.of(System.getProperty("hireExport.jar", "target/hire-export.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;

  private Process start(Path stderr, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile());
    pb.environment().remove(Backends.APP_ID);
    pb.environment().remove(Backends.APP_SECRET);
    pb.environment().remove(Backends.BASE_URL);
    return pb.start();
  }

  /** Waits (up to two minutes) until {@code p} has committed {@code interviews} or has ended. */
  private static void awaitCommitted(Process p, CheckpointStore store, long interviews) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long committed = 0;
    while (committed < interviews && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      Optional<Checkpoint> cp = store.load();
      committed = cp.map(c -> c.totals().interviews()).orElse(0L);
    }
  }

  @Test
  void killedWithSigkillMidRunThenResumedGivesExactOutput() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "package the jar first: " + JAR);
    Path out = dir.resolve("killed.jsonl");
    String[] args = {"--out", out.toString(), "--sandbox-interviews", "1000", "--sandbox-seed", "11", "--page-size", "20"};
    CheckpointStore store = CheckpointStore.beside(out);

    Process first = start(dir.resolve("first.err"), args);
    awaitCommitted(first, store, 150);
    assertTrue(first.isAlive(), "still running when killed: " + Files.readString(dir.resolve("first.err")));
    first.destroyForcibly();
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, first.exitValue(), "killed by SIGKILL");
    long atKill = store.load().orElseThrow().totals().interviews();
    assertTrue(atKill >= 150 && atKill < 1000, "killed mid-run at " + atKill);
    assertTrue(Files.exists(OutputLock.fileFor(out)), "a killed run leaves its lock file, not its lock");

    Process second = start(dir.resolve("second.err"), args);
    assertTrue(second.waitFor(120, TimeUnit.SECONDS));
    String err = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);
    assertEquals(0, second.exitValue(), err);
    assertTrue(err.contains("resuming from killed.jsonl.checkpoint ("), err);
    assertTrue(err.contains("exported 1,000 interviews"), err);
    assertFalse(Files.exists(store.file()));
    assertFalse(Files.exists(OutputLock.fileFor(out)));

    SandboxDataset data = SandboxDataset.generate(11, 1000);
    assertEquals(data.recordCount(), Expected.checkJsonLines(data, InterviewFilter.all(), out));
  }

  @Test
  void twoProcessesOnOneOutputTheSecondStopsWithItsExitCode() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "package the jar first: " + JAR);
    Path out = dir.resolve("shared.jsonl");
    // the sandbox's rate limits on: the first run takes seconds, long enough to start the second
    String[] args = {"--out", out.toString(), "--sandbox-interviews", "1000", "--sandbox-seed", "12", "--page-size", "20"};
    CheckpointStore store = CheckpointStore.beside(out);

    Process first = start(dir.resolve("first.err"), args);
    awaitCommitted(first, store, 1);
    assertTrue(first.isAlive(), "still running: " + Files.readString(dir.resolve("first.err")));
    Process second = start(dir.resolve("second.err"), args);
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    String err = Files.readString(dir.resolve("second.err"), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.LOCKED, second.exitValue(), err);
    assertTrue(err.contains("hire-export: another hire-export is writing " + out), err);
    assertTrue(first.isAlive(), "the second run stopped while the first was still writing");

    assertTrue(first.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), Files.readString(dir.resolve("first.err")));
    SandboxDataset data = SandboxDataset.generate(12, 1000);
    assertEquals(data.recordCount(), Expected.checkJsonLines(data, InterviewFilter.all(), out));
  }

  @Test
  void helpAndExitCodeOfABadArgument() throws Exception {
    Process help = start(dir.resolve("help.err"), "--help");
    assertTrue(help.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, help.exitValue());
    String usage = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
    assertTrue(usage.contains("Usage: hire-export") && usage.contains("Exit codes:"), usage);

    Process bad = start(dir.resolve("bad.err"), "--out", dir.resolve("x.jsonl").toString(), "--to", "soon");
    assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
    assertEquals(ExitCodes.USAGE, bad.exitValue());
    String err = Files.readString(dir.resolve("bad.err"), StandardCharsets.UTF_8);
    assertTrue(err.startsWith("hire-export: Invalid value for option '--to': 'soon' is not a time"), err);
    assertFalse(err.contains("SLF4J"), "no logging noise: " + err);
  }
}
