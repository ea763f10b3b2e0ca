package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkMalformedResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's arguments, messages and exit codes, against a fake backend. */
class CommandLineTest {
  @TempDir Path dir;

  record Run(int code, String err) {}

  private final Fakes.Data data = new Fakes.Data(120);
  private Map<String, String> env = Map.of();
  private Backend.SandboxOptions sandboxSeen;
  private Fakes.Source lastSource;
  private Optional<Backend.Range> defaultRange =
      Optional.of(new Backend.Range(Instant.ofEpochMilli(1), Instant.ofEpochMilli(2)));
  private final List<InterviewSource.Segment> segmentsSeen = new java.util.ArrayList<>();
  private Instant now = Instant.parse("2026-03-01T00:00:00Z");
  private int failAtPage = -1;

  private final Backend.Factory fake =
      (e, sandbox, redis) -> {
        sandboxSeen = sandbox;
        return new Backend() {
          @Override
          public String sourceId() {
            return "fake(" + sandbox.seed() + ")";
          }

          @Override
          public String description() {
            return "using the fake backend";
          }

          @Override
          public Optional<Range> defaultRange() {
            return defaultRange;
          }

          @Override
          public OptionalLong expectedInterviews(InterviewSource.Segment... segments) {
            return OptionalLong.of(data.interviews.size());
          }

          @Override
          public Binding<?, ?> binding(int pageSize) {
            lastSource =
                new Fakes.Source(data, pageSize) {
                  @Override
                  public java.util.Iterator<Page<Fakes.Interview>> pages(Segment segment, String pageToken) {
                    segmentsSeen.add(segment);
                    java.util.Iterator<Page<Fakes.Interview>> pages = super.pages(segment, pageToken);
                    return new java.util.Iterator<>() {
                      @Override
                      public boolean hasNext() {
                        return pages.hasNext();
                      }

                      @Override
                      public Page<Fakes.Interview> next() {
                        if (pageRequests.get() + 1 == failAtPage) {
                          throw new LarkMalformedResponseException(
                              "hire.v1.interviews.list", 200, "20261202nodata", "success without data", null);
                        }
                        return pages.next();
                      }
                    };
                  }
                };
            return new Binding<>(
                lastSource, Fakes.MODEL, Fakes.INTERVIEW_CODEC, Fakes.RECORD_CODEC, Fakes.COLUMNS);
          }

          @Override
          public void close() {}
        };
      };

  private Run run(HireExport.WriterHook hook, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    HireExport cmd =
        new HireExport(env, err, fake, Clock.fixed(now, ZoneOffset.UTC), () -> false, hook);
    int code = HireExport.execute(cmd, ZoneId.of("Asia/Shanghai"), args);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return run(HireExport.WriterHook.NONE, args);
  }

  private String out(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void helpDocumentsTheExitCodes() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, run("--help").code());
    } finally {
      System.setOut(old);
    }
    String help = stdout.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("Exit codes:"), help);
    for (int code : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 130}) {
      assertTrue(help.matches("(?s).*\\n\\s+" + code + "\\s+\\S.*"), "exit code " + code + " in\n" + help);
    }
    assertTrue(help.contains("--sandbox-faults"), help);
  }

  @Test
  void outIsRequired() {
    Run r = run("--from", "2026-01-01");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().startsWith("hire-export: Missing required option: '--out=FILE'"), r.err());
  }

  @Test
  void unparsableTime() {
    Run r = run("--out", out("x.jsonl"), "--from", "yesterday");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(
        r.err().startsWith("hire-export: Invalid value for option '--from': 'yesterday' is not a time:"
            + " expected an ISO date (2026-01-31)"),
        r.err());
  }

  @Test
  void fromNotBeforeTo() {
    Run r = run("--out", out("x.jsonl"), "--from", "2026-02-01", "--to", "2026-01-01T00:00+08:00");
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals(
        "hire-export: bad time range: --from 2026-01-31T16:00:00Z is not before --to 2025-12-31T16:00:00Z\n",
        r.err());
    assertEquals(ExitCodes.USAGE, run("--out", out("x.jsonl"), "--from", "1000", "--to", "1000").code());
  }

  @Test
  void pageSizeOutsideTheDocumentedRangeIsRejectedBeforeAnythingIsTouched() throws IOException {
    Path existing = dir.resolve("kept.jsonl");
    Files.writeString(existing, "an earlier export\n");
    for (String size : new String[] {"0", "-1", "101"}) {
      Run r = run("--out", existing.toString(), "--page-size", size);
      assertEquals(ExitCodes.USAGE, r.code(), r.err());
      assertEquals("hire-export: --page-size must be between 1 and 100 (Feishu's limit), was " + size + "\n", r.err());
    }
    assertEquals(null, lastSource, "no backend was bound");
    assertEquals("an earlier export\n", Files.readString(existing));
    assertEquals(ExitCodes.OK, run("--out", out("one.jsonl"), "--page-size", "1").code());
  }

  @Test
  void blankApplicationIdIsRejected() {
    Run r = run("--out", out("x.jsonl"), "--application-id", " ");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("--application-id must not be empty"), r.err());
    assertEquals(ExitCodes.USAGE, run("--out", out("x.jsonl"), "--application-id", "7 ").code());
  }

  @Test
  void unknownExtensionNeedsFormat() {
    Run r = run("--out", out("x.txt"));
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("cannot tell the output format from 'x.txt'; name the file .jsonl or .csv,"
        + " or pass --format jsonl|csv"), r.err());
    assertEquals(ExitCodes.OK, run("--out", out("x.txt"), "--format", "CSV").code());
  }

  @Test
  void badFormatValue() {
    Run r = run("--out", out("x.jsonl"), "--format", "xml");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("Invalid value for option '--format'"), r.err());
  }

  @Test
  void outputDirectoryMissing() {
    Run r = run("--out", dir.resolve("no/such/dir/x.jsonl").toString());
    assertEquals(ExitCodes.OUTPUT, r.code());
    assertTrue(r.err().startsWith("hire-export: cannot write "), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
  }

  @Test
  void outputIsADirectory() throws IOException {
    Files.createDirectory(dir.resolve("d.jsonl"));
    Run r = run("--out", out("d.jsonl"));
    assertEquals(ExitCodes.OUTPUT, r.code());
    assertTrue(r.err().contains("it is a directory"), r.err());
  }

  @Test
  void exportsAndPrintsTheSummary() throws IOException {
    Run r = run("--out", out("all.jsonl"), "--page-size", "25");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(120, Files.readAllLines(dir.resolve("all.jsonl")).size());
    assertTrue(r.err().startsWith("hire-export: using the fake backend\n"), r.err());
    assertTrue(r.err().contains("exported 120 interviews and 180 interview records to "), r.err());
    assertTrue(r.err().contains("pages fetched:   5 interview pages"), r.err());
    assertFalse(Files.exists(dir.resolve("all.jsonl.checkpoint")));
    assertEquals(new Backend.SandboxOptions(3000, 42, 0, true), sandboxSeen);
  }

  @Test
  void sandboxOptionsReachTheBackend() {
    run("--out", out("s.csv"), "--sandbox-interviews", "10", "--sandbox-seed", "7", "--sandbox-faults", "0.1",
        "--no-sandbox-rate-limits");
    assertEquals(new Backend.SandboxOptions(10, 7, 0.1, false), sandboxSeen);
  }

  @Test
  void resumesAfterACrashWithTheSameArguments() throws IOException {
    assertEquals(ExitCodes.OK, run("--out", out("ref.csv"), "--page-size", "10").code());
    Run crashed = run(WriterHooks.dieBefore(55), "--out", out("x.csv"), "--page-size", "10");
    assertEquals(ExitCodes.FAILED, crashed.code());
    assertTrue(Files.exists(dir.resolve("x.csv.checkpoint")));
    Run resumed = run("--out", out("x.csv"), "--page-size", "10");
    assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("resuming from x.csv.checkpoint (50 interviews already written)"), resumed.err());
    assertTrue(resumed.err().contains("(resumed; 70 interviews in this run)"), resumed.err());
    assertEquals(Files.readString(dir.resolve("ref.csv")), Files.readString(dir.resolve("x.csv")));
  }

  @Test
  void aSecondRunOnTheSameOutputStopsWhileTheFirstHoldsTheLock() throws Exception {
    CountDownLatch firstPageWritten = new CountDownLatch(1);
    CountDownLatch secondDone = new CountDownLatch(1);
    HireExport.WriterHook pauseAfterFirstPage =
        WriterHooks.of(
            WriterHooks.never(),
            WriterHooks.at(0, () -> {
              firstPageWritten.countDown();
              try {
                secondDone.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }));
    Path shared = dir.resolve("shared.jsonl");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Run> first = pool.submit(() -> run(pauseAfterFirstPage, "--out", shared.toString(), "--page-size", "10"));
      assertTrue(firstPageWritten.await(60, TimeUnit.SECONDS));
      byte[] before = Files.readAllBytes(shared);
      Run second = run("--out", shared.toString(), "--page-size", "10");
      byte[] after = Files.readAllBytes(shared);
      secondDone.countDown();

      assertEquals(ExitCodes.LOCKED, second.code(), second.err());
      assertEquals("hire-export: another hire-export is writing " + shared + " (it holds shared.jsonl.lock);"
          + " wait for it to finish or stop it, then run this command again\n", second.err());
      assertArrayEquals(before, after, "the second run wrote nothing");
      Run done = first.get(60, TimeUnit.SECONDS);
      assertEquals(ExitCodes.OK, done.code(), done.err());
    } finally {
      secondDone.countDown();
      pool.shutdownNow();
    }
    assertEquals(120, Files.readAllLines(shared).size());
    assertFalse(Files.exists(dir.resolve("shared.jsonl.lock")), "the lock file goes with the run");
    assertEquals(ExitCodes.OK, run("--out", shared.toString()).code(), "the lock was released");
  }

  @Test
  void aLockFileLeftByAKilledRunBlocksNothing() throws IOException {
    Files.writeString(dir.resolve("stale.jsonl.lock"), "");
    Run r = run("--out", out("stale.jsonl"));
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertFalse(Files.exists(dir.resolve("stale.jsonl.lock")));
  }

  @Test
  void csvFormulasAreEscapedUnlessTurnedOffAndAResumeKeepsTheChoice() throws IOException {
    data.interviews.set(3, new Fakes.Interview("i3", 1L, "=HYPERLINK(\"http://x.example\")", List.of()));
    assertEquals(ExitCodes.OK, run("--out", out("safe.csv")).code());
    assertTrue(Files.readString(dir.resolve("safe.csv")).contains("\r\ni3,\"'=HYPERLINK(\"\"http://x.example\"\")\",,\r\n"));
    assertEquals(ExitCodes.OK, run("--out", out("raw.csv"), "--no-csv-escape-formulas").code());
    assertTrue(Files.readString(dir.resolve("raw.csv")).contains("\r\ni3,\"=HYPERLINK(\"\"http://x.example\"\")\",,\r\n"));

    run(WriterHooks.dieBefore(30), "--out", out("half.csv"), "--page-size", "10");
    Run r = run("--out", out("half.csv"), "--page-size", "10", "--no-csv-escape-formulas");
    assertEquals(ExitCodes.CHECKPOINT, r.code(), r.err());
    assertTrue(r.err().contains("--csv-escape-formulas: checkpoint has true, this run has false"), r.err());
  }

  @Test
  void aRuntimeErrorMidExportIsAFailureWithTheLogIdAndKeepsTheCheckpoint() throws IOException {
    failAtPage = 4;
    Run failed = run("--out", out("m.jsonl"), "--page-size", "10");
    assertEquals(ExitCodes.API, failed.code(), failed.err());
    assertTrue(failed.err().contains("hire-export: Feishu request failed: hire.v1.interviews.list: HTTP 200,"
        + " malformed response body: success without data (log id 20261202nodata). The checkpoint is kept"), failed.err());
    assertEquals(30, CheckpointStore.beside(dir.resolve("m.jsonl")).load().orElseThrow().totals().interviews());

    failAtPage = -1;
    Run resumed = run("--out", out("m.jsonl"), "--page-size", "10");
    assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("(30 interviews already written)"), resumed.err());
    assertEquals(120, Files.readAllLines(dir.resolve("m.jsonl")).size());
  }

  @Test
  void refusesToResumeWithOtherArguments() {
    run(WriterHooks.dieBefore(30), "--out", out("x.jsonl"), "--page-size", "10");
    Run r = run("--out", out("x.jsonl"), "--page-size", "20", "--from", "1");
    assertEquals(ExitCodes.CHECKPOINT, r.code());
    assertTrue(
        r.err().contains("x.jsonl.checkpoint belongs to an export with other arguments (--from: checkpoint has"
            + " (default), this run has '1'; --page-size: checkpoint has 10, this run has 20)."
            + " Run it again with the same arguments to resume it, or pass --no-resume to discard it and start over."),
        r.err());
    Run fresh = run("--out", out("x.jsonl"), "--page-size", "20", "--from", "1", "--no-resume");
    assertEquals(ExitCodes.OK, fresh.code(), fresh.err());
  }

  @Test
  void failuresFromTheSourceKeepTheirMessageAndCode() {
    Backend.Factory failing =
        (e, s, redis) -> {
          throw new ExportFailure(ExitCodes.AUTH, "authentication failed: Feishu code 10014");
        };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HireExport cmd =
        new HireExport(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8), failing, Clock.systemUTC(),
            () -> false, HireExport.WriterHook.NONE);
    assertEquals(ExitCodes.AUTH, HireExport.execute(cmd, ZoneOffset.UTC, "--out", out("a.jsonl")));
    assertEquals("hire-export: authentication failed: Feishu code 10014\n", bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void applicationIdsWithoutTimesExportUnfiltered() throws IOException {
    Run r = run("--out", out("apps.jsonl"), "--application-id", "1", "--application-id", "3", "--application-id", "1");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    List<String> lines = Files.readAllLines(dir.resolve("apps.jsonl"));
    assertEquals(24, lines.size());
  }

  @Test
  void feishuDefaultsToTheLast30DaysAndKeepsThemWhenResumingLater() throws IOException {
    defaultRange = Optional.empty();
    assertEquals(ExitCodes.FAILED, run(WriterHooks.dieBefore(15), "--out", out("f.jsonl"), "--page-size", "10").code());
    Checkpoint cp = CheckpointStore.beside(dir.resolve("f.jsonl")).load().orElseThrow();
    assertEquals(Instant.parse("2026-01-30T00:00:00Z").toEpochMilli(), cp.rangeStart());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli(), cp.rangeEnd());

    now = Instant.parse("2026-03-05T12:00:00Z");
    segmentsSeen.clear();
    Run r = run("--out", out("f.jsonl"), "--page-size", "10");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertEquals(
        List.of(new InterviewSource.Segment(null, cp.rangeStart(), cp.rangeEnd())), segmentsSeen,
        "a resumed export asks for the range it started with");
  }

  @Test
  void onlyFromGivenOnFeishuEndsNow() {
    defaultRange = Optional.empty();
    assertEquals(ExitCodes.OK, run("--out", out("g.jsonl"), "--from", "2026-02-01T00:00Z").code());
    assertEquals(
        List.of(new InterviewSource.Segment(
            null, Instant.parse("2026-02-01T00:00:00Z").toEpochMilli(), now.toEpochMilli())),
        segmentsSeen);
    Run late = run("--out", out("h.jsonl"), "--from", "2026-04-01T00:00Z");
    assertEquals(ExitCodes.USAGE, late.code());
    assertTrue(late.err().contains("bad time range: --from 2026-04-01T00:00:00Z is not before"
        + " 2026-03-01T00:00:00Z (now, no --to given)"), late.err());
  }

  @Test
  void progressBarOnRequestPlainLinesOtherwise() {
    Run bar = run("--out", out("p.jsonl"), "--progress");
    assertTrue(bar.err().contains("\r[##############################] 100% 120 interviews, 180 records, "), bar.err());
    Run plain = run("--out", out("q.jsonl"));
    assertFalse(plain.err().contains("\r"), plain.err());
  }
}
