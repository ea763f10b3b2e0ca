package io.larkgen.samples.export;

import io.larkgen.runtime.json.JsonWriter;
import java.util.List;
import java.util.Objects;

/**
 * Everything type-specific an export needs, bound for one pair of item types: the source, how
 * to read the items, and how to write them in each format.
 *
 * @param source pages of interviews and batches of records
 * @param model ids and counted values
 * @param interviewCodec writes an interview as JSON (JSON Lines)
 * @param recordCodec writes a record as JSON (JSON Lines, and the CSV's JSON column)
 * @param csvColumns the CSV columns
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public record Binding<I, R>(
    InterviewSource<I, R> source,
    ExportModel<I, R> model,
    JsonWriter<I> interviewCodec,
    JsonWriter<R> recordCodec,
    List<CsvColumn<I, R>> csvColumns) {

  public Binding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(interviewCodec, "interviewCodec");
    Objects.requireNonNull(recordCodec, "recordCodec");
    csvColumns = List.copyOf(csvColumns);
  }

  /**
   * The writer factory for a format.
   *
   * @param escapeFormulas CSV only: neutralise cells a spreadsheet would run as formulas
   */
  public ExportWriter.Factory<I, R> writers(OutputFormat format, boolean escapeFormulas) {
    return switch (format) {
      case JSONL -> JsonLinesWriter.factory(interviewCodec, recordCodec);
      case CSV -> CsvExportWriter.factory(csvColumns, escapeFormulas);
    };
  }
}
