package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.larkgen.importer.DocImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed spec is exactly what the importer makes of the doc pages and the committed
 * overlays: nobody edited it by hand, and neither the pages nor the importer changed since it was
 * regenerated.
 */
class SpecDriftTest {

  /** What a developer runs to bring the committed spec up to date. */
  static final String REGENERATE = "mvn -B -q -pl importer package -DskipTests && "
      + "java -jar importer/target/larkgen-import.jar --docs ../shared/feishu-docs --out-dir spec --service hire";

  @TempDir
  Path work;

  @Test
  void importOfTheDocPagesIsByteIdenticalToTheCommittedSpec() throws IOException {
    Path docs = SharedDocs.docs();
    Path specDir = SharedDocs.specDir();
    // Only the overlays: the import must not lean on the committed spec files it is compared with.
    try (Stream<Path> files = Files.list(specDir)) {
      for (Path overlay : files.filter(f -> f.getFileName().toString().endsWith(".overlay.yaml")).toList()) {
        Files.copy(overlay, work.resolve(overlay.getFileName()));
      }
    }
    DocImporter.Result result = DocImporter.run(List.of(docs), work);
    assertEquals(0, result.errorCount(), "the import reports errors: " + result.problems());
    for (String name : SpecFile.RESOURCES) {
      String imported = result.yaml().get(name);
      assertNotNull(imported, "the import made no " + name);
      String committed = Files.readString(specDir.resolve(name), StandardCharsets.UTF_8);
      String difference = firstDifference(committed, imported);
      if (difference != null) {
        fail("spec/" + name + " differs from the import of the doc pages at " + difference
            + "\nRegenerate the spec with: " + REGENERATE);
      }
    }
  }

  /** Where two texts first differ, as a line number with both lines; null when they are equal. */
  static String firstDifference(String committed, String imported) {
    if (committed.equals(imported)) {
      return null;
    }
    List<String> a = committed.lines().toList();
    List<String> b = imported.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String left = i < a.size() ? a.get(i) : "<end of file>";
      String right = i < b.size() ? b.get(i) : "<end of file>";
      if (!left.equals(right)) {
        return "line " + (i + 1) + ":\n  committed: " + left + "\n  imported:  " + right;
      }
    }
    return "the end of the file (line endings or a final newline differ)";
  }
}
