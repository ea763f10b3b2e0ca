package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated client also compiles, lint-clean, with the javac of JDK 25 (new lints such as
 * {@code this-escape}). Uses {@code JAVA25_HOME}, else a JDK whose directory name contains
 * {@code 25} next to the running one; skipped when there is none.
 */
class Jdk25CompileTest {

  @Test
  void generatedClientsCompileOnJdk25(@TempDir Path dir) throws IOException, InterruptedException {
    Optional<Path> javac = findJavac25();
    Assumptions.assumeTrue(javac.isPresent(), "no JDK 25 found (set JAVA25_HOME)");

    List<String> files = new ArrayList<>();
    files.addAll(generate(dir.resolve("src"), "io.larkgen.hire", "hire-interviews-v1.yaml"));
    files.addAll(generate(dir.resolve("src"), "com.example.petstore", "specs/good/petstore-like.yaml"));

    List<String> command = new ArrayList<>();
    command.add(javac.get().toString());
    command.addAll(
        List.of(
            "-Xlint:all,-processing", "-Werror", "-proc:none", "-encoding", "UTF-8",
            "-d", dir.resolve("classes").toString(),
            "-classpath", System.getProperty("java.class.path")));
    command.addAll(files);
    Path log = dir.resolve("javac.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("JDK 25 javac did not finish");
    }
    assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static List<String> generate(Path root, String pkg, String spec) throws IOException {
    Compilation compilation = Compilations.compile(Compilations.trigger(pkg, spec));
    assertThat(compilation).succeededWithoutWarnings();
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> source : Compilations.generatedSources(compilation).entrySet()) {
      Path file = root.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    return files;
  }

  /** {@code JAVA25_HOME}, or a sibling of the running JDK whose name mentions 25. */
  static Optional<Path> findJavac25() throws IOException {
    String env = System.getenv("JAVA25_HOME");
    if (env != null && !env.isBlank()) {
      Path javac = Path.of(env, "bin", "javac");
      return Files.isExecutable(javac) ? Optional.of(javac) : Optional.empty();
    }
    Path jdks = Path.of(System.getProperty("java.home")).toAbsolutePath().getParent();
    if (jdks == null || !Files.isDirectory(jdks)) {
      return Optional.empty();
    }
    try (Stream<Path> siblings = Files.list(jdks)) {
      return siblings
          .filter(p -> p.getFileName().toString().matches(".*\\b25\\b.*|.*-25.*|.*25-.*"))
          .map(p -> p.resolve("bin").resolve("javac"))
          .filter(Files::isExecutable)
          .sorted()
          .findFirst();
    }
  }
}
