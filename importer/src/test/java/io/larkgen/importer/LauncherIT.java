package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/larkgen-import} on the packaged jar: the same spec and exit codes as {@code java -jar},
 * its class-data archive written once per jar build and reused, and none when switched off.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of(System.getProperty("larkgen.launcher", "bin/larkgen-import"));
  private static final Path BUILT_JAR = Path.of(System.getProperty("larkgen.importJar", "target/larkgen-import.jar"));
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;
  private Path jar;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void copyTheJar() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    // A copy of its own: the archive is written beside the jar, and the test must not leave one
    // in target/ or find one there.
    jar = Files.copy(BUILT_JAR, Files.createDirectories(dir.resolve("lib")).resolve("larkgen-import.jar"));
  }

  private Path docs() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/note"));
    Files.writeString(docs.resolve("create.md"), SamplePages.NOTE_CREATE, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("get.md"), SamplePages.NOTE_GET, StandardCharsets.UTF_8);
    return docs.getParent();
  }

  private Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", JAVA.getParent().getParent().toString());
    pb.environment().put("LARKGEN_IMPORT_JAR", jar.toString());
    pb.environment().remove("LARKGEN_IMPORT_CDS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the import ends within two minutes");
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run launcher(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(env, command);
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(jar.getParent())) {
      return files.filter(f -> f.toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void writesWhatTheJarWritesAndReusesItsArchiveUntilTheJarChanges() throws Exception {
    Path docs = docs();
    Path byJar = dir.resolve("by-jar");
    Run plain = run(Map.of(), List.of(JAVA.toString(), "-jar", jar.toString(), "--docs", docs.toString(),
        "--out-dir", byJar.toString()));
    assertEquals(0, plain.code(), plain.err());

    Path first = dir.resolve("first");
    Run archiving = launcher(Map.of(), "--docs", docs.toString(), "--out-dir", first.toString());
    assertEquals(0, archiving.code(), archiving.err());
    assertEquals(Files.readString(byJar.resolve("hire-v1.yaml")), Files.readString(first.resolve("hire-v1.yaml")));
    assertFalse(archiving.out().contains("[cds]"), "no CDS log lines in the report: " + archiving.out());
    List<Path> written = archives();
    assertEquals(1, written.size(), "one archive beside the jar: " + written);
    Path archive = written.get(0);
    assertTrue(Files.size(archive) > 0);

    // Times an hour back, so that the archive a later run writes is newer than all of them.
    long jarBuilt = System.currentTimeMillis() - 3_600_000;
    Files.setLastModifiedTime(jar, FileTime.fromMillis(jarBuilt));
    FileTime stamp = FileTime.fromMillis(jarBuilt + 10_000);
    Files.setLastModifiedTime(archive, stamp);
    Run mapped = launcher(Map.of(), "--docs", docs.toString(), "--out-dir", dir.resolve("second").toString());
    assertEquals(0, mapped.code(), mapped.err());
    assertEquals(Files.readString(byJar.resolve("hire-v1.yaml")),
        Files.readString(dir.resolve("second/hire-v1.yaml")));
    assertEquals(stamp, Files.getLastModifiedTime(archive), "an up-to-date archive is used, not rewritten");

    // A rebuilt jar makes the archive stale: the next import writes it again.
    Files.setLastModifiedTime(jar, FileTime.fromMillis(jarBuilt + 20_000));
    Run rewritten = launcher(Map.of(), "--docs", docs.toString(), "--out-dir", dir.resolve("third").toString());
    assertEquals(0, rewritten.code(), rewritten.err());
    assertEquals(List.of(archive), archives());
    assertTrue(Files.getLastModifiedTime(archive).compareTo(stamp) > 0, "the stale archive was rewritten");
  }

  @Test
  void exitCodesPassThroughAndNoArchiveWhenSwitchedOffOrWithoutDocs() throws Exception {
    Path docs = docs();
    Files.writeString(docs.resolve("note/create.md"),
        SamplePages.NOTE_CREATE.replace("| `content` | `string` |", "| `content` | `str ing` |"), StandardCharsets.UTF_8);
    Run broken = launcher(Map.of("LARKGEN_IMPORT_CDS", "false"), "--docs", docs.toString(),
        "--out-dir", dir.resolve("out").toString());
    assertEquals(2, broken.code(), broken.err());
    assertTrue(broken.err().contains("note/create.md:"), broken.err());
    assertEquals(List.of(), archives(), "LARKGEN_IMPORT_CDS=false writes no archive");

    Run help = launcher(Map.of(), "--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().contains("--docs"), help.out());
    assertEquals(List.of(), archives(), "a run without --docs does not train the archive");

    Run badCommandLine = launcher(Map.of(), "--docs", dir.resolve("missing").toString(), "--out-dir", dir.toString());
    assertEquals(3, badCommandLine.code());
    assertTrue(badCommandLine.err().contains("does not exist"), badCommandLine.err());

    Run broken2 = launcher(Map.of(), "--docs", docs.toString(), "--out-dir", dir.resolve("out2").toString());
    assertEquals(2, broken2.code(), "the exit code survives the archiving run: " + broken2.err());
  }

  @Test
  void aMissingJarIsNamed() throws Exception {
    Files.delete(jar);
    Run run = launcher(Map.of(), "--help");
    assertEquals(3, run.code());
    assertTrue(run.err().contains(jar + " not found"), run.err());
  }
}
