package io.larkgen.benchmarks.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileTest {
  @TempDir Path dir;

  @Test
  void countsLinesAndTheElementsOfTheRecordsArray() throws IOException {
    Path file = dir.resolve("out.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"interview\":{\"id\":\"1\",\"interview_record_list\":[{\"id\":\"a\"}]},"
            + "\"interview_records\":[{\"id\":\"a\",\"x\":[1,2]},{\"id\":\"b\"},{\"id\":\"c\"}]}",
        "",
        "{\"id\":\"2\",\"records\":[{\"id\":\"d\"}]}",
        "{\"id\":\"3\",\"interview_records\":[]}",
        ""));

    assertEquals(new ExportFile.Counts(3, 4), ExportFile.count(file));
  }

  @Test
  void rejectsALineThatIsNotAnObject() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "[1,2]\n");

    assertThrows(IOException.class, () -> ExportFile.count(file));
  }
}
