package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regeneration path a user relies on: edit the spec, run the normal Maven build, and the
 * generated client changes — without {@code clean}, and also when building only this module
 * with {@code -pl generated-client -am}.
 *
 * <p>Runs Maven (offline, on the same local repository as the enclosing build) on a copy of
 * the reactor's importer, spec, runtime, processor, sandbox (a test dependency of the client)
 * and client modules in a temporary directory.
 */
class SpecEditRegeneratesClientTest {

  /** The modules the client's build needs; the spec's tests use the importer. */
  private static final List<String> MODULES =
      List.of("importer", "spec", "runtime", "processor", "sandbox", "generated-client");

  private static final String MODEL = "target/generated-sources/annotations/io/larkgen/hire/model/";

  @Test
  void editingTheSpecRegeneratesTheClient(@TempDir Path work) throws Exception {
    Path root = reactorRoot();
    Path maven = mavenExecutable();
    for (String module : MODULES) {
      copyModule(root.resolve(module), work.resolve(module));
    }
    Files.writeString(work.resolve("pom.xml"), reactorPom(root), StandardCharsets.UTF_8);

    mvn(maven, work, "package");
    Path i18n = work.resolve("generated-client").resolve(MODEL + "I18n.java");
    String before = Files.readString(i18n);
    assertFalse(before.contains("jaJp"), "the unedited spec has no ja_jp");

    Path spec = work.resolve("spec/hire-v1.yaml");
    String yaml = Files.readString(spec);
    String anchor = "    I18n:\n";
    int at = yaml.indexOf(anchor);
    assertTrue(at >= 0, "spec has an I18n schema");
    int properties = yaml.indexOf("      properties:\n", at) + "      properties:\n".length();
    String added =
        "        ja_jp:\n"
            + "          type: string\n"
            + "          description: 日文 / Japanese\n";
    Files.writeString(spec, yaml.substring(0, properties) + added + yaml.substring(properties));

    // `compile` puts the spec module's target/classes (not its jar) on the client's class
    // path, so only the yaml entry of the compiler's fileExtensions can notice the edit.
    mvn(maven, work, "compile");
    String after = Files.readString(i18n);
    assertTrue(after.contains("String jaJp"), "the edited spec's field is generated:\n" + after);
    assertTrue(
        Files.readString(work.resolve("generated-client").resolve(
                "target/generated-sources/annotations/io/larkgen/hire/codec/I18nCodec.java"))
            .contains("\"ja_jp\""),
        "the codec reads and writes the new field");
  }

  private static void mvn(Path maven, Path work, String phase) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(maven.toString());
    command.addAll(
        List.of("-B", "-q", "-o", "-pl", "generated-client", "-am", "-DskipTests", phase));
    String repo = System.getProperty("larkgen.localRepository", "");
    if (!repo.isEmpty()) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    Path log = work.resolve("mvn.log");
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn did not finish in 10 minutes:\n" + Files.readString(log));
    }
    assertEquals(0, process.exitValue(), () -> "mvn failed:\n" + readQuietly(log));
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The root pom, reduced to the modules copied here. */
  private static String reactorPom(Path root) throws IOException {
    String pom = Files.readString(root.resolve("pom.xml"));
    int start = pom.indexOf("<modules>");
    int end = pom.indexOf("</modules>") + "</modules>".length();
    StringBuilder modules = new StringBuilder("<modules>\n");
    MODULES.forEach(module -> modules.append("    <module>").append(module).append("</module>\n"));
    modules.append("  </modules>");
    return pom.substring(0, start) + modules + pom.substring(end);
  }

  /** Copies a module's pom, spec files and main sources; tests and build output stay behind. */
  private static void copyModule(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> top = Files.list(from)) {
      for (Path file : (Iterable<Path>) top::iterator) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && (name.equals("pom.xml") || name.endsWith(".yaml"))) {
          Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Path main = from.resolve("src/main");
    if (Files.isDirectory(main)) {
      try (Stream<Path> tree = Files.walk(main)) {
        for (Path source : (Iterable<Path>) tree::iterator) {
          Path target = to.resolve(from.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  private static Path reactorRoot() {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    Assumptions.assumeTrue(
        Files.isRegularFile(root.resolve("spec/hire-v1.yaml")),
        "not run from the Larkgen reactor");
    return root;
  }

  private static Path mavenExecutable() {
    String home = System.getProperty("larkgen.mavenHome", "");
    Assumptions.assumeFalse(home.isEmpty(), "maven.home not passed to the test");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    Path mvn = Path.of(home, "bin", windows ? "mvn.cmd" : "mvn");
    Assumptions.assumeTrue(Files.isExecutable(mvn), "no Maven at " + mvn);
    return mvn;
  }
}
