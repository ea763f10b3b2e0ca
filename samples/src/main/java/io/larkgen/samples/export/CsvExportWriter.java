package io.larkgen.samples.export;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CSV output (RFC 4180: comma separated, CRLF line ends, a field quoted with doubled quotes when
 * it holds a comma, quote, CR or LF), one row per interview record with the interview's columns
 * repeated, and one row with empty record columns for an interview without records. Quoting is
 * done by jackson-dataformat-csv.
 *
 * <p>Formula injection (CWE-1236): a spreadsheet opening the file runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} (and, in some, tab or CR) as a formula, and the
 * texts of interview records are written by people. Unless told otherwise the writer follows
 * OWASP's rule and puts a single quote before such a cell ({@link #escapeFormula}), which
 * spreadsheets show as text and hide; a program reading the CSV sees the quote.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public final class CsvExportWriter<I, R> implements ExportWriter<I, R> {
  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final OutputFile file;
  private final List<CsvColumn<I, R>> columns;
  private final boolean escapeFormulas;
  private final CsvGenerator generator;

  /**
   * A writer appending to {@code file}.
   *
   * @param writeHeader write the header row first (a new export)
   * @param escapeFormulas neutralise cells a spreadsheet would run as formulas (see the class)
   */
  public CsvExportWriter(
      OutputFile file, List<CsvColumn<I, R>> columns, boolean writeHeader, boolean escapeFormulas)
      throws IOException {
    this.file = Objects.requireNonNull(file, "file");
    this.escapeFormulas = escapeFormulas;
    this.columns = List.copyOf(columns);
    if (this.columns.isEmpty()) {
      throw new IllegalArgumentException("no columns");
    }
    List<String> headers = new ArrayList<>(this.columns.size());
    CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n").setUseHeader(false);
    for (CsvColumn<I, R> c : this.columns) {
      headers.add(c.header());
      schema.addColumn(c.header(), CsvSchema.ColumnType.STRING);
    }
    this.generator = FACTORY.createGenerator(file.stream());
    generator.setSchema(schema.build());
    if (writeHeader) {
      row(headers);
    }
  }

  /** A factory for {@link ExportWriter.Factory}: the header is written for a fresh file. */
  public static <I, R> ExportWriter.Factory<I, R> factory(
      List<CsvColumn<I, R>> columns, boolean escapeFormulas) {
    List<CsvColumn<I, R>> copy = List.copyOf(columns);
    return (file, fresh) -> new CsvExportWriter<>(file, copy, fresh, escapeFormulas);
  }

  /**
   * The cell as a spreadsheet shows it as text: with a {@code '} in front when it starts with
   * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR (OWASP's list), else unchanged.
   */
  public static String escapeFormula(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
      default -> cell;
    };
  }

  @Override
  public void write(I interview, List<R> records) throws IOException {
    if (records.isEmpty()) {
      row(cells(interview, null));
    }
    for (R record : records) {
      row(cells(interview, record));
    }
  }

  private List<String> cells(I interview, R record) {
    List<String> cells = new ArrayList<>(columns.size());
    for (CsvColumn<I, R> c : columns) {
      String cell = c.value().apply(interview, record);
      cells.add(cell != null && escapeFormulas ? escapeFormula(cell) : cell);
    }
    return cells;
  }

  private void row(List<String> cells) throws IOException {
    generator.writeStartArray();
    for (String cell : cells) {
      // writeNull() in an array row drops the cell (the row gets shorter); an empty string keeps it
      generator.writeString(cell == null ? "" : cell);
    }
    generator.writeEndArray();
  }

  @Override
  public long commit() throws IOException {
    generator.flush();
    return file.commit();
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
