package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.larkgen.runtime.Operation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles a spec given as text, and loads the classes generated from it. */
final class SpecCompiler {
  private SpecCompiler() {}

  /**
   * Writes {@code spec} as {@code t.yaml} under a new directory in {@code root} and compiles a
   * trigger of package {@code com.example.t} naming it, with the project's lint flags.
   */
  static Compilation compile(Path root, String spec) {
    try {
      Path dir = Files.createTempDirectory(root, "spec");
      Files.writeString(dir.resolve("t.yaml"), spec, StandardCharsets.UTF_8);
      return Compiler.javac()
          .withProcessors(new OpenApiClientProcessor())
          .withOptions("-Xlint:all,-processing", "-Werror", "-Alarkgen.specRoot=" + dir)
          .compile(Compilations.trigger("com.example.t", "t.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader notes;

  /**
   * The classes generated from {@code specs/good/notes-v1.yaml} (package {@code
   * com.example.notes}), compiled once per test run and checked to compile without warnings.
   */
  static synchronized ClassLoader notes() {
    if (notes == null) {
      Compilation compilation =
          Compilations.compile(Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml"));
      assertThat(compilation).succeededWithoutWarnings();
      notes = loader(compilation);
    }
    return notes;
  }

  /** The messages of the compilation's errors. */
  static List<String> errors(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .toList();
  }

  /** Calls the one-argument method {@code name} of a generated builder with {@code value}. */
  static void set(Object builder, String name, Object value) throws ReflectiveOperationException {
    Method setter =
        Arrays.stream(builder.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no setter " + name));
    setter.invoke(builder, value);
  }

  /**
   * The descriptor {@code constant} of the generated, package-private holder {@code holder}, e.g.
   * {@code com.example.notes.api.NotesOperations}.
   */
  static Operation<?, ?> descriptor(ClassLoader loader, String holder, String constant)
      throws ReflectiveOperationException {
    Field field = loader.loadClass(holder).getDeclaredField(constant);
    field.setAccessible(true);
    return (Operation<?, ?>) field.get(null);
  }

  /** A class loader over the compilation's class output, with the test class path as parent. */
  static ClassLoader loader(Compilation compilation) {
    return new ClassLoader(SpecCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file =
            compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
                .orElseThrow(() -> new ClassNotFoundException(name));
        try (InputStream in = file.openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    };
  }
}
