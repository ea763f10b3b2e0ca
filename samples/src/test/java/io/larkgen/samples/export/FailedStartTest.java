package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.FeishuSandbox;
import io.larkgen.sandbox.InterviewFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that fails before its first page (bad argument, bad credentials) leaves the output and
 * any checkpoint as they were, so the previous export survives and the next correct run works.
 */
class FailedStartTest {
  private static final Backend.Factory FAST = Backends.withClientRateLimiting(false);
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(9L).interviews(200).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Map<String, String> wrongSecret() {
    return Map.of(Backends.APP_ID, sandbox.appId(), Backends.APP_SECRET, "wrong-secret",
        Backends.BASE_URL, sandbox.baseUrl());
  }

  static Stream<Arguments> badStarts() {
    Map<String, String> ok = EndToEndTest.env(sandbox);
    return Stream.of(
        Arguments.of("page size over the maximum", ok, ExitCodes.USAGE, List.of("--page-size", "101")),
        Arguments.of("page size 0", ok, ExitCodes.USAGE, List.of("--page-size", "0")),
        Arguments.of("negative page size", ok, ExitCodes.USAGE, List.of("--page-size", "-5")),
        Arguments.of("start time 0", ok, ExitCodes.USAGE, List.of("--from", "0", "--to", "1000")),
        Arguments.of("empty application id", ok, ExitCodes.USAGE, List.of("--application-id", "")),
        Arguments.of("wrong app secret", wrongSecret(), ExitCodes.AUTH, List.of()));
  }

  private String[] args(Path out, List<String> more) {
    List<String> a = new ArrayList<>(List.of("--out", out.toString()));
    if (more.stream().noneMatch(s -> s.equals("--from") || s.equals("--application-id"))) {
      a.addAll(List.of(EndToEndTest.wholeRange(sandbox)));
    }
    a.addAll(more);
    return a.toArray(new String[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aFailedStartLeavesTheFinishedExportAndWritesNoCheckpoint(
      String name, Map<String, String> env, int code, List<String> bad) throws IOException {
    Path out = dir.resolve("done.jsonl");
    assertEquals(ExitCodes.OK, Cli.run(EndToEndTest.env(sandbox), FAST, args(out, List.of())).code());
    byte[] finished = Files.readAllBytes(out);

    Cli.Run r = Cli.run(env, FAST, args(out, bad));
    assertEquals(code, r.code(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertArrayEquals(finished, Files.readAllBytes(out), "the finished export is untouched");
    assertFalse(Files.exists(CheckpointStore.beside(out).file()), "no checkpoint for a run that wrote nothing");

    Cli.Run again = Cli.run(EndToEndTest.env(sandbox), FAST, args(out, List.of()));
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertFalse(again.err().contains("resuming"), again.err());
    assertArrayEquals(finished, Files.readAllBytes(out));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aFailedStartKeepsTheInterruptedExportResumable(
      String name, Map<String, String> env, int code, List<String> bad) throws IOException {
    Path out = dir.resolve("half.jsonl");
    String[] good = args(out, List.of("--page-size", "20"));
    assertEquals(ExitCodes.FAILED, Cli.run(EndToEndTest.env(sandbox), FAST, WriterHooks.dieBefore(70), good).code());
    Path checkpoint = CheckpointStore.beside(out).file();
    byte[] partial = Files.readAllBytes(out);
    byte[] saved = Files.readAllBytes(checkpoint);

    List<String> badArgs = new ArrayList<>(List.of("--no-resume"));
    badArgs.addAll(bad);
    Cli.Run r = Cli.run(env, FAST, args(out, badArgs));
    assertEquals(code, r.code(), r.err());
    assertArrayEquals(partial, Files.readAllBytes(out));
    assertArrayEquals(saved, Files.readAllBytes(checkpoint));

    Cli.Run resumed = Cli.run(EndToEndTest.env(sandbox), FAST, good);
    assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("resuming from half.jsonl.checkpoint (60 interviews already written)"),
        resumed.err());
    assertEquals(sandbox.dataset().recordCount(), Expected.checkJsonLines(sandbox.dataset(), InterviewFilter.all(), out));
  }
}
