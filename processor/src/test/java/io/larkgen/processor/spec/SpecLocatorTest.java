package io.larkgen.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLocatorTest {

  /** A filer that serves resources from maps and records every lookup. */
  static class FakeFiler implements Filer {
    final Map<JavaFileManager.Location, Map<String, String>> resources = new HashMap<>();
    final List<String> lookups = new ArrayList<>();

    FakeFiler with(JavaFileManager.Location location, String name, String text) {
      resources.computeIfAbsent(location, l -> new HashMap<>()).put(name, text);
      return this;
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name)
        throws IOException {
      lookups.add(location.getName() + ":" + pkg + ":" + name);
      String text = resources.getOrDefault(location, Map.of()).get(name.toString());
      return new SimpleJavaFileObject(URI.create("mem:///" + location.getName() + "/" + name), JavaFileObject.Kind.OTHER) {
        @Override
        public InputStream openInputStream() throws IOException {
          if (text == null) {
            throw new FileNotFoundException(name + " (not in " + location.getName() + ")");
          }
          return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new IllegalStateException("the locator only reads");
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new IllegalStateException("the locator only reads");
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location, CharSequence pkg, CharSequence name, Element... originatingElements) {
      throw new IllegalStateException("the locator only reads");
    }
  }

  @Test
  void classOutputComesBeforeClassPath() {
    FakeFiler filer = new FakeFiler()
        .with(StandardLocation.CLASS_OUTPUT, "hire-v1.yaml", "from: output")
        .with(StandardLocation.CLASS_PATH, "hire-v1.yaml", "from: path");
    SpecLocator.Found found =
        assertInstanceOf(SpecLocator.Found.class, SpecLocator.locate(filer, Map.of(), "hire-v1.yaml"));
    assertEquals("from: output", found.text());
    assertEquals("hire-v1.yaml", found.displayPath());
    assertEquals("CLASS_OUTPUT", found.location());
    assertEquals(List.of("CLASS_OUTPUT::hire-v1.yaml"), filer.lookups);
  }

  @Test
  void fallsBackToClassPathAndStripsByteOrderMark() {
    FakeFiler filer = new FakeFiler().with(StandardLocation.CLASS_PATH, "specs/a.yaml", "\uFEFFopenapi: 3.0.3");
    SpecLocator.Found found =
        assertInstanceOf(SpecLocator.Found.class, SpecLocator.locate(filer, Map.of(), "specs/a.yaml"));
    assertEquals("openapi: 3.0.3", found.text());
    assertEquals("CLASS_PATH", found.location());
    assertEquals(List.of("CLASS_OUTPUT::specs/a.yaml", "CLASS_PATH::specs/a.yaml"), filer.lookups);
  }

  @Test
  void specRootWinsAndIsShownAsTheSourcePath(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("hire-v1.yaml"), "from: root");
    FakeFiler filer = new FakeFiler().with(StandardLocation.CLASS_OUTPUT, "hire-v1.yaml", "from: output");
    SpecLocator.Found found = assertInstanceOf(SpecLocator.Found.class,
        SpecLocator.locate(filer, Map.of(SpecLocator.SPEC_ROOT_OPTION, dir.toString()), "hire-v1.yaml"));
    assertEquals("from: root", found.text());
    assertEquals(file.toAbsolutePath().normalize().toString(), found.displayPath());
    assertEquals(List.of(), filer.lookups, "the filer is not asked when specRoot has the file");
  }

  @Test
  void notFoundListsEveryLocationTried(@TempDir Path dir) {
    SpecLocator.Located located = SpecLocator.locate(
        new FakeFiler(), Map.of(SpecLocator.SPEC_ROOT_OPTION, dir.toString()), "missing.yaml");
    SpecLocator.NotFound notFound = assertInstanceOf(SpecLocator.NotFound.class, located);
    assertEquals(3, notFound.tried().size());
    assertTrue(notFound.tried().get(0).startsWith("-Alarkgen.specRoot ("), notFound.tried().get(0));
    assertTrue(notFound.tried().get(0).contains("missing.yaml: no such file"), notFound.tried().get(0));
    assertTrue(notFound.tried().get(1).startsWith("CLASS_OUTPUT (missing.yaml"), notFound.tried().get(1));
    assertTrue(notFound.tried().get(2).startsWith("CLASS_PATH ("), notFound.tried().get(2));
    assertTrue(notFound.message("missing.yaml").startsWith("spec 'missing.yaml' not found; tried -Alarkgen.specRoot"));
  }

  @Test
  void filerThatRejectsALocationIsReportedNotThrown() {
    Filer rejecting = new FakeFiler() {
      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name) {
        throw new IllegalArgumentException("unsupported location " + location.getName());
      }
    };
    SpecLocator.NotFound notFound =
        assertInstanceOf(SpecLocator.NotFound.class, SpecLocator.locate(rejecting, Map.of(), "a.yaml"));
    assertEquals(
        List.of("CLASS_OUTPUT (unsupported location CLASS_OUTPUT)", "CLASS_PATH (unsupported location CLASS_PATH)"),
        notFound.tried());
  }
}
