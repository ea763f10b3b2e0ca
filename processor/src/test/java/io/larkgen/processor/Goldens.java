package io.larkgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden files: {@code src/test/resources/golden/<test>/<fqcn>.java}, compared byte for byte.
 * Run with {@code -Dlarkgen.updateGoldens=true} to rewrite them from the current output
 * (surefire passes the property through).
 */
final class Goldens {
  /** The golden tree, relative to the module directory Maven runs tests in. */
  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Goldens() {}

  static boolean updating() {
    return Boolean.getBoolean("larkgen.updateGoldens");
  }

  /** Checks generated files against goldens of another test that has them too; never rewrites. */
  static void checkSome(String test, Map<String, String> generated) {
    Path dir = ROOT.resolve(test);
    try {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        String golden = Files.readString(dir.resolve(file.getKey() + ".java"), StandardCharsets.UTF_8);
        assertEquals(golden, file.getValue(), test + ": " + file.getKey() + " differs from its golden file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks (or, when updating, rewrites) every generated file of one test against its golden. */
  static void check(String test, Map<String, String> generated) {
    Path dir = ROOT.resolve(test);
    try {
      if (updating()) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> old = Files.list(dir)) {
            for (Path file : old.toList()) {
              Files.delete(file);
            }
          }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : generated.entrySet()) {
          Files.writeString(dir.resolve(file.getKey() + ".java"), file.getValue(), StandardCharsets.UTF_8);
        }
        return;
      }
      TreeSet<String> expectedNames;
      try (Stream<Path> files = Files.list(dir)) {
        expectedNames =
            files.map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.length() - ".java".length()))
                .collect(Collectors.toCollection(TreeSet::new));
      }
      assertEquals(expectedNames, new TreeSet<>(generated.keySet()), test + ": generated files");
      for (Map.Entry<String, String> file : generated.entrySet()) {
        String golden = Files.readString(dir.resolve(file.getKey() + ".java"), StandardCharsets.UTF_8);
        assertEquals(golden, file.getValue(), test + ": " + file.getKey() + " differs from its golden file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
