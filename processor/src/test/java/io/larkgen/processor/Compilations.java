package io.larkgen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/** Compiling a trigger with the processor, the way every processor test does. */
final class Compilations {
  private Compilations() {}

  /** {@code package-info.java} of {@code pkg} with {@code @LarkApi(spec = "…")} on its first line. */
  static JavaFileObject trigger(String pkg, String spec) {
    return JavaFileObjects.forSourceLines(
        pkg + ".package-info",
        "@LarkApi(spec = \"" + spec + "\")",
        "package " + pkg + ";",
        "",
        "import io.larkgen.runtime.annotations.LarkApi;");
  }

  /** {@code package-info.java} of {@code pkg} with {@code @LarkApi(spec = {"…", "…"})}. */
  static JavaFileObject trigger(String pkg, String first, String... more) {
    StringBuilder specs = new StringBuilder("\"" + first + "\"");
    for (String spec : more) {
      specs.append(", \"").append(spec).append('"');
    }
    return JavaFileObjects.forSourceLines(
        pkg + ".package-info",
        "@LarkApi(spec = {" + specs + "})",
        "package " + pkg + ";",
        "",
        "import io.larkgen.runtime.annotations.LarkApi;");
  }

  /** Compiles with the processor and the project's lint flags. */
  static Compilation compile(OpenApiClientProcessor processor, JavaFileObject... sources) {
    return javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(new OpenApiClientProcessor(), sources);
  }

  /**
   * Runs the processor through the JDK compiler with real output directories under {@code dir}
   * and returns every file it wrote; unlike compile-testing, this also works when compilation
   * fails.
   */
  static List<Path> filesWritten(OpenApiClientProcessor processor, Path dir, JavaFileObject... sources) {
    try {
      Path out = Files.createDirectories(dir.resolve("out"));
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              null,
              diagnostic -> {},
              List.of(
                  "-proc:only", "-s", out.toString(), "-d", out.toString(),
                  "-classpath", System.getProperty("java.class.path")),
              null,
              List.of(sources));
      task.setProcessors(List.of(processor));
      task.call();
      try (Stream<Path> files = Files.walk(out)) {
        return files.filter(Files::isRegularFile).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every generated source, by fully qualified class name, in name order. */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      int root = path.indexOf("/SOURCE_OUTPUT/");
      String relative = root >= 0 ? path.substring(root + "/SOURCE_OUTPUT/".length()) : path;
      String fqcn = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      try {
        sources.put(fqcn, file.getCharContent(false).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
