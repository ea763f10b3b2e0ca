package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.importer.cli.ImportCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, --check, --report, --help, bad input without stack traces. */
class ImportCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      int code = ImportCommand.execute(args);
      return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Path docs() throws IOException {
    Path docs = dir.resolve("docs/note");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("create.md"), SamplePages.NOTE_CREATE, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("get.md"), SamplePages.NOTE_GET, StandardCharsets.UTF_8);
    return docs.getParent();
  }

  @Test
  void writesTheSpecThenCheckFindsItUpToDate() throws IOException {
    Path docs = docs();
    Path out = dir.resolve("spec");
    Path report = dir.resolve("report.txt");
    Run write = run("--docs", docs.toString(), "--out-dir", out.toString(), "--report", report.toString());
    assertEquals(0, write.code, write.err);
    assertTrue(Files.exists(out.resolve("hire-v1.yaml")));
    assertTrue(write.out.contains("2 page(s) read, 2 operation(s), 0 event(s) in hire-v1.yaml; 0 error(s)"), write.out);
    assertTrue(Files.readString(report).contains("## hire-v1.yaml: 1 change(s), 0 breaking"), Files.readString(report));
    Run check = run("--docs", docs.toString(), "--out-dir", out.toString(), "--check");
    assertEquals(0, check.code, check.out + check.err);
    assertTrue(check.out.contains("## hire-v1.yaml: unchanged"), check.out);
  }

  @Test
  void checkExitsOneWithTheReportWhenTheDocsMoved() throws IOException {
    Path docs = docs();
    Path out = dir.resolve("spec");
    assertEquals(0, run("--docs", docs.toString(), "--out-dir", out.toString()).code);
    String spec = Files.readString(out.resolve("hire-v1.yaml"));
    Files.writeString(docs.resolve("note/create.md"),
        SamplePages.NOTE_CREATE.replace(" - `2`: 公开", ""), StandardCharsets.UTF_8);
    Run check = run("--docs", docs.toString(), "--out-dir", out.toString(), "--check");
    assertEquals(1, check.code, check.out + check.err);
    assertTrue(check.out.contains("BREAKING schema Privacy"), check.out);
    assertTrue(check.out.contains("- enum value 2 removed"), check.out);
    assertEquals(spec, Files.readString(out.resolve("hire-v1.yaml")), "--check writes nothing");
  }

  @Test
  void aBadPageIsNamedAndTheRunExitsTwo() throws IOException {
    Path docs = docs();
    Files.writeString(docs.resolve("note/create.md"),
        SamplePages.NOTE_CREATE.replace("| `content` | `string` |", "| `content` | `str ing` |"), StandardCharsets.UTF_8);
    Run run = run("--docs", docs.toString(), "--out-dir", dir.resolve("spec").toString());
    assertEquals(2, run.code);
    int line = SamplePages.lineOf(SamplePages.NOTE_CREATE, "| `content` | `string` |");
    assertTrue(run.err.contains("note/create.md:" + line + ": error: unknown type string 'str ing'"), run.err);
    assertFalse(run.err.contains("Exception"), run.err);
    assertTrue(Files.readString(dir.resolve("spec/hire-v1.yaml")).contains("/open-apis/hire/v1/notes/{note_id}"));
  }

  @Test
  void serviceRestrictsTheFilesWritten() throws IOException {
    Path out = dir.resolve("spec");
    Run run = run("--docs", docs().toString(), "--out-dir", out.toString(), "--service", "contact");
    assertEquals(0, run.code, run.err);
    assertFalse(Files.exists(out.resolve("hire-v1.yaml")));
    assertEquals(0, run("--docs", docs().toString(), "--out-dir", out.toString(), "--service", "hire").code);
    assertTrue(Files.exists(out.resolve("hire-v1.yaml")));
  }

  @Test
  void helpListsTheExitCodes() {
    Run help = run("--help");
    assertEquals(0, help.code);
    assertTrue(help.out.contains("--check"), help.out);
    assertTrue(help.out.contains("Exit codes:"), help.out);
  }

  @Test
  void badCommandLinesExitThreeWithoutAStackTrace() {
    Run missing = run("--out-dir", dir.toString());
    assertEquals(3, missing.code);
    assertTrue(missing.err.contains("Missing required option: '--docs=DIR'"), missing.err);
    Run absent = run("--docs", dir.resolve("nowhere").toString(), "--out-dir", dir.toString());
    assertEquals(3, absent.code);
    assertTrue(absent.err.contains("does not exist"), absent.err);
    assertFalse(absent.err.contains("Exception"), absent.err);
  }
}
