package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
  @Test
  void fromExtension() {
    assertEquals(Optional.of(OutputFormat.JSONL), OutputFormat.fromFileName(Path.of("a/b/x.jsonl")));
    assertEquals(Optional.of(OutputFormat.JSONL), OutputFormat.fromFileName(Path.of("x.NDJSON")));
    assertEquals(Optional.of(OutputFormat.CSV), OutputFormat.fromFileName(Path.of("x.Csv")));
    assertEquals(Optional.empty(), OutputFormat.fromFileName(Path.of("x.txt")));
    assertEquals(Optional.empty(), OutputFormat.fromFileName(Path.of("csv")));
  }

  @Test
  void ids() {
    assertEquals("jsonl", OutputFormat.JSONL.id());
    assertEquals("csv", OutputFormat.CSV.id());
  }
}
