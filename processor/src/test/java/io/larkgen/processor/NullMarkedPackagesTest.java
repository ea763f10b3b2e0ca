package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every package the processor puts types in has a {@code package-info.java} that makes it
 * {@code @NullMarked} (JSpecify), except the package holding the trigger, whose {@code
 * package-info.java} belongs to the project.
 */
class NullMarkedPackagesTest {
  private static final String PACKAGE_INFO = ".package-info";

  @Test
  void everyGeneratedPackageButTheTriggersIsNullMarked() {
    Compilation compilation = Compilations.compile(
        Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml", "specs/good/notes-v2.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);

    Set<String> packages = typePackages(sources);
    assertTrue(packages.containsAll(Set.of("com.example.notes", "com.example.notes.api",
        "com.example.notes.model", "com.example.notes.codec", "com.example.notes.v2.api")), packages::toString);
    for (String pkg : packages) {
      if (pkg.equals("com.example.notes")) {
        assertFalse(sources.containsKey(pkg + PACKAGE_INFO), "the trigger's package-info is the project's");
      } else {
        assertNullMarked(pkg, sources);
      }
    }
  }

  @Test
  void aBasePackageApartFromTheTriggerIsNullMarkedToo() {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceLines(
        "com.example.app.NotesSpec",
        "package com.example.app;",
        "",
        "import io.larkgen.runtime.annotations.LarkApi;",
        "",
        "@LarkApi(spec = \"specs/good/notes-v1.yaml\", basePackage = \"com.example.gen\")",
        "final class NotesSpec {}"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);

    Set<String> packages = typePackages(sources);
    assertTrue(packages.contains("com.example.gen"), packages::toString);
    for (String pkg : packages) {
      assertNullMarked(pkg, sources);
    }
  }

  /** The packages of the generated types (package-info files left out). */
  private static Set<String> typePackages(Map<String, String> sources) {
    Set<String> packages = new TreeSet<>();
    for (String name : sources.keySet()) {
      if (!name.endsWith(PACKAGE_INFO)) {
        packages.add(name.substring(0, name.lastIndexOf('.')));
      }
    }
    return packages;
  }

  private static void assertNullMarked(String pkg, Map<String, String> sources) {
    String info = sources.get(pkg + PACKAGE_INFO);
    assertTrue(info != null, () -> pkg + " has no package-info.java");
    assertTrue(info.contains("@NullMarked\npackage " + pkg + ";\n"), info);
    assertTrue(info.contains("import org.jspecify.annotations.NullMarked;"), info);
    assertEquals(1, info.split("@NullMarked", -1).length - 1, info);
  }
}
