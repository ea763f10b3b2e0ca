package io.larkgen.samples.export;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One CSV column: its header and how to get its value from an interview and one of its records.
 *
 * @param header the header cell
 * @param value the cell for an interview and a record; the record is null for an interview
 *     without records (which still gets one row); a null result is an empty cell
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public record CsvColumn<I, R>(String header, BiFunction<I, R, String> value) {
  public CsvColumn {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
  }
}
