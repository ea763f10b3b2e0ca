package io.larkgen.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared input data lives ({@code ../shared} next to the checkout); tests skip without it. */
final class SharedDocs {

  private SharedDocs() {}

  static Path shared() {
    String property = System.getProperty("larkgen.shared");
    Path path = property != null ? Path.of(property) : Path.of("..", "..", "shared");
    return path.toAbsolutePath().normalize();
  }

  /** {@code ../shared/feishu-docs}, or the test is skipped with a message saying so. */
  static Path docs() {
    Path docs = shared().resolve("feishu-docs");
    assumeTrue(Files.isDirectory(docs), "skipped: the Feishu doc pages are not at " + docs
        + " (set -Dlarkgen.shared to the folder holding feishu-docs/)");
    return docs;
  }

  static Path seeds() {
    Path seeds = shared().resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: the seed pages are not at " + seeds);
    return seeds;
  }

  static Path specDir() {
    String property = System.getProperty("larkgen.specDir");
    return (property != null ? Path.of(property) : Path.of("..", "spec")).toAbsolutePath().normalize();
  }
}
