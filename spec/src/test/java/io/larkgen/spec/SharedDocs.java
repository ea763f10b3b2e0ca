package io.larkgen.spec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Feishu doc pages ({@code ../shared/feishu-docs} next to the checkout) and the committed
 * spec files are; the tests that need the pages skip without them.
 */
final class SharedDocs {

  private SharedDocs() {}

  /** {@code feishu-docs} under {@code -Dlarkgen.shared}, or the test is skipped with a message saying so. */
  static Path docs() {
    String property = System.getProperty("larkgen.shared");
    Path shared = (property != null ? Path.of(property) : Path.of("..", "..", "shared")).toAbsolutePath().normalize();
    Path docs = shared.resolve("feishu-docs");
    assumeTrue(Files.isDirectory(docs), "skipped: the Feishu doc pages are not at " + docs
        + " (set -Dlarkgen.shared to the folder holding feishu-docs/)");
    return docs;
  }

  /** The spec module's folder, holding the committed spec files and their overlays. */
  static Path specDir() {
    String property = System.getProperty("larkgen.specDir");
    return (property != null ? Path.of(property) : Path.of("")).toAbsolutePath().normalize();
  }
}
