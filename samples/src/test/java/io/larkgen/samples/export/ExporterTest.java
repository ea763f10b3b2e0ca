package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final Fakes.Data data = new Fakes.Data(250);
  private final ExportQuery query = new ExportQuery("fake", null, null, List.of(), "jsonl", 40, null);

  /** Stands for the process dying: nothing after it runs. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated crash");
    }
  }

  /** Wraps a writer factory; dies before interview {@code n} (from 0), or right after commit number {@code c}. */
  static <I, R> ExportWriter.Factory<I, R> crashing(ExportWriter.Factory<I, R> real, int n, int c) {
    return WriterHooks.hooked(
        real,
        WriterHooks.at(n, () -> {
          throw new Crash();
        }),
        WriterHooks.at(c, () -> {
          throw new Crash();
        }));
  }

  private Exporter<Fakes.Interview, Fakes.Record> exporter(
      Path out, ExportWriter.Factory<Fakes.Interview, Fakes.Record> writers, Fakes.Source source) {
    return new Exporter<>(
        source, Fakes.MODEL, writers, out, CheckpointStore.beside(out), Progress.SILENT, OptionalLong.empty());
  }

  private Exporter.Result export(Path out, ExportWriter.Factory<Fakes.Interview, Fakes.Record> writers)
      throws IOException {
    Optional<Checkpoint> cp = CheckpointStore.beside(out).load();
    return exporter(out, writers, new Fakes.Source(data, 40))
        .run(new Exporter.Plan(query, null, null, cp));
  }

  private static ExportWriter.Factory<Fakes.Interview, Fakes.Record> jsonl() {
    return JsonLinesWriter.factory(Fakes.INTERVIEW_CODEC, Fakes.RECORD_CODEC);
  }

  @Test
  void exportsEveryInterviewWithItsRecordsOnce() throws IOException {
    Path out = dir.resolve("all.jsonl");
    Fakes.Source source = new Fakes.Source(data, 40);
    Exporter.Result r =
        exporter(out, jsonl(), source).run(new Exporter.Plan(query, null, null, Optional.empty()));

    List<String> lines = Files.readAllLines(out);
    assertEquals(250, lines.size());
    Set<String> recordIds = new HashSet<>();
    for (int k = 0; k < lines.size(); k++) {
      JsonNode line = JSON.readTree(lines.get(k));
      Fakes.Interview expected = data.interviews.get(k);
      assertEquals(expected.id(), line.get("id").asText());
      JsonNode recs = line.get(JsonLinesWriter.RECORDS_FIELD);
      assertEquals(expected.recordIds().size(), recs.size());
      for (int j = 0; j < recs.size(); j++) {
        String id = recs.get(j).get("id").asText();
        assertEquals(expected.recordIds().get(j), id);
        assertEquals(data.records.get(id).content(), recs.get(j).get("content").asText());
        assertTrue(recordIds.add(id));
      }
    }
    assertEquals(data.records.size(), recordIds.size());
    assertEquals(250, r.totals().interviews());
    assertEquals(data.records.size(), r.totals().records());
    assertEquals(7, r.totals().interviewPages());
    assertEquals(7, source.pageRequests.get());
    assertTrue(source.batchSizes.stream().allMatch(n -> n <= 100), source.batchSizes.toString());
    Map<String, Long> expected = new java.util.TreeMap<>();
    for (Fakes.Record rec : data.records.values()) {
      expected.merge(Fakes.MODEL.conclusionLabel(rec), 1L, Long::sum);
    }
    assertEquals(4, expected.size());
    assertEquals(expected, r.totals().conclusions());
    assertFalse(Files.exists(CheckpointStore.beside(out).file()), "checkpoint deleted on success");
  }

  @Test
  void largePagesFetchRecordsInBatchesOfAtMost100() throws IOException {
    Path out = dir.resolve("big.jsonl");
    Fakes.Source source = new Fakes.Source(data, 100);
    Exporter.Result r =
        exporter(out, jsonl(), source).run(new Exporter.Plan(query, null, null, Optional.empty()));
    // pages of 100 interviews list 150, 150 and 75 record ids
    List<Integer> sizes = new java.util.ArrayList<>(source.batchSizes);
    java.util.Collections.sort(sizes);
    assertEquals(List.of(50, 50, 73, 100, 100), sizes);
    assertEquals(5, r.totals().recordBatches());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 39, 40, 41, 120, 249})
  void crashAfterAnyInterviewThenResumeGivesTheSameBytes(int crashAt) throws IOException {
    Path reference = dir.resolve("ref.jsonl");
    export(reference, jsonl());
    Path out = dir.resolve("crash.jsonl");
    assertThrows(Crash.class, () -> export(out, crashing(jsonl(), crashAt, -1)));
    boolean committedAPage = crashAt >= 40;
    assertEquals(committedAPage, Files.exists(CheckpointStore.beside(out).file()),
        "a checkpoint exactly when a page was committed");

    Exporter.Result r = export(out, jsonl());
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
    assertEquals(committedAPage, r.resumed());
    assertEquals(250, r.totals().interviews());
    assertEquals(data.records.size(), r.totals().records());
    assertEquals(250 - (crashAt / 40) * 40, r.thisRunInterviews());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3, 7})
  void crashBetweenOutputCommitAndCheckpointIsRewrittenOnce(int commit) throws IOException {
    Path reference = dir.resolve("ref.csv");
    ExportWriter.Factory<Fakes.Interview, Fakes.Record> csv = CsvExportWriter.factory(Fakes.COLUMNS, true);
    export(reference, csv);
    Path out = dir.resolve("crash.csv");
    assertThrows(Crash.class, () -> export(out, crashing(csv, -1, commit)));
    export(out, csv);
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
  }

  @Test
  void severalCrashesInARow() throws IOException {
    Path reference = dir.resolve("ref.jsonl");
    export(reference, jsonl());
    Path out = dir.resolve("crash.jsonl");
    assertThrows(Crash.class, () -> export(out, crashing(jsonl(), 30, -1)));
    assertThrows(Crash.class, () -> export(out, crashing(jsonl(), 55, -1)));
    assertThrows(Crash.class, () -> export(out, crashing(jsonl(), -1, 2)));
    export(out, jsonl());
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
  }

  @Test
  void resumeRefusesAnOutputShorterThanTheCheckpoint() throws IOException {
    Path out = dir.resolve("short.jsonl");
    assertThrows(Crash.class, () -> export(out, crashing(jsonl(), 100, -1)));
    Files.write(out, new byte[10]);
    ExportFailure e = assertThrows(ExportFailure.class, () -> export(out, jsonl()));
    assertEquals(ExitCodes.CHECKPOINT, e.exitCode());
    assertTrue(e.getMessage().contains("the file was changed"), e.getMessage());
  }

  @Test
  void freshExportDiscardsAnOldOutput() throws IOException {
    Path out = dir.resolve("old.jsonl");
    Files.writeString(out, "old content that is longer than nothing\n".repeat(10000));
    exporter(out, jsonl(), new Fakes.Source(data, 40))
        .run(new Exporter.Plan(query, null, null, Optional.empty()));
    assertEquals(250, Files.readAllLines(out).size());
  }

  @Test
  void applicationSegmentsAreExportedInOrderAndResumable() throws IOException {
    ExportQuery byApp = new ExportQuery("fake", null, null, List.of("1", "2"), "jsonl", 10, null);
    Path reference = dir.resolve("ref.jsonl");
    exporter(reference, jsonl(), new Fakes.Source(data, 10))
        .run(new Exporter.Plan(byApp, null, null, Optional.empty()));
    List<String> lines = Files.readAllLines(reference);
    assertEquals(50, lines.size());
    assertTrue(JSON.readTree(lines.get(0)).get("id").asText().endsWith("1"));
    assertTrue(JSON.readTree(lines.get(49)).get("id").asText().endsWith("2"));

    Path out = dir.resolve("apps.jsonl");
    assertThrows(
        Crash.class,
        () -> exporter(out, crashing(jsonl(), 33, -1), new Fakes.Source(data, 10))
            .run(new Exporter.Plan(byApp, null, null, Optional.empty())));
    Checkpoint cp = CheckpointStore.beside(out).load().orElseThrow();
    assertEquals(1, cp.segment());
    exporter(out, jsonl(), new Fakes.Source(data, 10)).run(new Exporter.Plan(byApp, null, null, Optional.of(cp)));
    assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
  }

  @Test
  void missingRecordsAreCounted() throws IOException {
    data.records.remove("r3-0");
    data.records.remove("r3-1");
    Path out = dir.resolve("missing.jsonl");
    Exporter.Result r =
        exporter(out, jsonl(), new Fakes.Source(data, 40)).run(new Exporter.Plan(query, null, null, Optional.empty()));
    assertEquals(2, r.totals().missingRecords());
    assertEquals(1, JSON.readTree(Files.readAllLines(out).get(3)).get("interview_records").size());
  }

  @Test
  void interruptStopsBetweenPagesAndKeepsTheCheckpoint() throws IOException {
    Path out = dir.resolve("int.jsonl");
    ExportWriter.Factory<Fakes.Interview, Fakes.Record> interrupting =
        WriterHooks.hooked(jsonl(), WriterHooks.at(49, () -> Thread.currentThread().interrupt()), WriterHooks.never());
    try {
      ExportFailure e = assertThrows(ExportFailure.class, () -> export(out, interrupting));
      assertEquals(ExitCodes.INTERRUPTED, e.exitCode());
    } finally {
      Thread.interrupted();
    }
    assertTrue(CheckpointStore.beside(out).load().isPresent());
    assertEquals(250, export(out, jsonl()).totals().interviews());
  }
}
