package io.larkgen.runtime.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import io.larkgen.runtime.Operation;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The runtime as a named module, the way a modular application sees it: a module that requires
 * {@code io.larkgen.runtime} compiles and runs against the public API, and one that names an
 * internal type does not compile.
 */
class ModulePathTest {
  @TempDir Path dir;

  @Test
  void aModuleUsingThePublicApiCompilesAndRuns() throws Exception {
    Path src = write("app", "demo/app/Main.java", """
        package demo.app;

        import io.larkgen.runtime.DefaultLarkClient;
        import io.larkgen.runtime.RequestOptions;

        public final class Main {
          public static void main(String[] args) {
            try (DefaultLarkClient client = DefaultLarkClient.builder()
                .appId("cli_a").appSecret("s").baseUrl("http://127.0.0.1:9").build()) {
              System.out.println(Main.class.getModule().getName() + " "
                  + client.getClass().getModule().getName() + " "
                  + RequestOptions.forTenant("t").tenantKey());
            }
          }
        }
        """);
    Path out = dir.resolve("app-classes");
    CompileResult result = compile(src, out);
    assertEquals(0, result.status(), result.diagnostics());

    Process java = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + modulePath(),
        "--module", "demo.app/demo.app.Main")
        .redirectErrorStream(true)
        .start();
    assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the module-path run did not end");
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, java.exitValue(), output);
    assertTrue(output.contains("demo.app io.larkgen.runtime t"), output);
  }

  @Test
  void aModuleNamingAnInternalTypeDoesNotCompile() throws Exception {
    Path src = write("internal", "demo/internal/Main.java", """
        package demo.internal;

        public final class Main {
          public static void main(String[] args) {
            System.out.println(io.larkgen.runtime.internal.http.Urls.encode("a b"));
          }
        }
        """);
    CompileResult result = compile(src, dir.resolve("internal-classes"));
    assertFalse(result.status() == 0, "compiled although it names an internal package");
    assertTrue(result.diagnostics().contains("package io.larkgen.runtime.internal.http")
        && result.diagnostics().contains("does not export"), result.diagnostics());
  }

  /** Writes a module {@code demo.<name>} requiring the runtime, with one class. */
  private Path write(String name, String file, String code) throws IOException {
    Path src = dir.resolve(name + "-src");
    Files.createDirectories(src.resolve(file).getParent());
    Files.writeString(src.resolve("module-info.java"),
        "module demo." + name + " { requires io.larkgen.runtime; }\n");
    Files.writeString(src.resolve(file), code);
    return src;
  }

  private record CompileResult(int status, String diagnostics) {}

  private CompileResult compile(Path src, Path out) throws IOException, URISyntaxException {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    // An empty class path of its own: in-process javac would otherwise fall back to this JVM's
    // class path, where the runtime's classes sit in the unnamed module.
    Path emptyClassPath = Files.createDirectories(dir.resolve("empty-class-path"));
    List<String> args = new ArrayList<>(List.of("-d", out.toString(),
        "--module-path", modulePath(), "--class-path", emptyClassPath.toString(),
        "-Xlint:all", "-Werror"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    StringWriter diagnostics = new StringWriter();
    PrintWriter writer = new PrintWriter(diagnostics);
    int status = javac.run(writer, writer, args.toArray(String[]::new));
    writer.flush();
    return new CompileResult(status, diagnostics.toString());
  }

  /** The runtime's classes and the modules it requires: Jackson core, SLF4J and JSpecify. */
  private static String modulePath() throws URISyntaxException {
    List<String> entries = new ArrayList<>();
    for (Class<?> c : List.of(
        Operation.class, JsonFactory.class, LoggerFactory.class, NullMarked.class)) {
      entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
