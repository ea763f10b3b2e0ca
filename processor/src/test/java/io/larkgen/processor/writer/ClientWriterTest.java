package io.larkgen.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.Planner;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ClientWriterTest {

  private static List<JavaFile> generate() {
    ClientPlan plan = Planner.plan(Fixtures.petstore(), "com.example.pet");
    return new ClientWriter(TypeHeader.NONE).write(plan);
  }

  @Test
  void handBuiltModelCompilesWithoutWarnings() {
    List<JavaFileObject> sources =
        generate().stream()
            .map(JavaFile::toJavaFileObject)
            .toList();
    if (Boolean.getBoolean("larkgen.printSources")) {
      generate().forEach(f -> System.out.println(f));
    }
    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void writesTheSameFilesEveryTime() {
    assertEquals(
        generate().stream().map(JavaFile::toString).toList(),
        generate().stream().map(JavaFile::toString).toList());
  }
}
