package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
  @TempDir Path dir;

  private final ExportQuery query =
      new ExportQuery("sandbox(seed=1)", "2026-01-01", null, List.of("a", "b"), "csv", 100, true);

  @Test
  void savesBesideTheOutputAndReadsBack() throws IOException {
    CheckpointStore store = CheckpointStore.beside(dir.resolve("out.csv"));
    assertEquals(dir.resolve("out.csv.checkpoint").toAbsolutePath(), store.file());
    assertEquals(Optional.empty(), store.load());
    Checkpoint cp =
        Checkpoint.start(query, 1L, 2L)
            .afterPage(1, "tok", 1234, "ab".repeat(32), new Totals(10, 20, 1, 3, 4, Map.of("PASS", 15L, "unknown(9)", 5L)));
    store.save(cp);
    assertEquals(Optional.of(cp), store.load());
    assertFalse(Files.exists(dir.resolve("out.csv.checkpoint.tmp")));
    store.save(cp.afterPage(1, null, 2000, "cd".repeat(32), cp.totals()));
    assertEquals(2000, store.load().orElseThrow().outputBytes());
    store.delete();
    assertFalse(Files.exists(store.file()));
  }

  @Test
  void corruptCheckpointIsAClearFailure() throws IOException {
    CheckpointStore store = CheckpointStore.beside(dir.resolve("out.jsonl"));
    Files.writeString(store.file(), "{\"version\":2,");
    ExportFailure e = assertThrows(ExportFailure.class, store::load);
    assertEquals(ExitCodes.CHECKPOINT, e.exitCode());
    assertTrue(e.getMessage().contains("is not readable"), e.getMessage());
    assertTrue(e.getMessage().contains("--no-resume"), e.getMessage());
  }

  @Test
  void otherVersionIsRefused() throws IOException {
    CheckpointStore store = CheckpointStore.beside(dir.resolve("out.jsonl"));
    Files.writeString(store.file(), "{\"version\":7,\"query\":{\"source\":\"s\",\"format\":\"csv\",\"pageSize\":1}}");
    ExportFailure e = assertThrows(ExportFailure.class, store::load);
    assertTrue(e.getMessage().contains("format version 7"), e.getMessage());
  }

  @Test
  void queryDifferencesNameTheArguments() {
    ExportQuery other = new ExportQuery("sandbox(seed=1)", "2026-02-01", null, List.of("a", "b"), "jsonl", 100, null);
    assertEquals(
        List.of(
            "--from: checkpoint has '2026-01-01', this run has '2026-02-01'",
            "--format: checkpoint has 'csv', this run has 'jsonl'",
            "--csv-escape-formulas: checkpoint has true, this run has (default)"),
        other.differencesFrom(query));
    assertEquals(List.of(), query.differencesFrom(query));
  }
}
