package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated Javadoc is complete and well-formed: the javadoc tool's doclint finds nothing. */
class DoclintTest {

  @Test
  void generatedSourcesPassDoclint(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    files.addAll(write(dir.resolve("src"), "io.larkgen.hire", "hire-interviews-v1.yaml"));
    files.addAll(write(dir.resolve("src"), "com.example.petstore", "specs/good/petstore-like.yaml"));

    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javadoc.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      StringWriter out = new StringWriter();
      Boolean ok =
          javadoc
              .getTask(
                  out,
                  fileManager,
                  diagnostics,
                  null,
                  List.of(
                      "-Xdoclint:all", "-quiet", "-encoding", "UTF-8",
                      "-d", dir.resolve("doc").toString(),
                      "-classpath", System.getProperty("java.class.path")),
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      List<String> problems =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
              .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
              .toList();
      assertEquals(List.of(), problems, out.toString());
      assertEquals(Boolean.TRUE, ok, out.toString());
    }
  }

  private static List<Path> write(Path root, String pkg, String spec) throws IOException {
    Compilation compilation = Compilations.compile(Compilations.trigger(pkg, spec));
    assertThat(compilation).succeededWithoutWarnings();
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : Compilations.generatedSources(compilation).entrySet()) {
      Path file = root.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }
}
