package io.larkgen.samples.export;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of an export, carried across resumed runs in the checkpoint.
 *
 * @param interviews interviews written
 * @param records interview records written
 * @param missingRecords record ids an interview listed that the records API did not return
 * @param interviewPages pages of interviews fetched and committed
 * @param recordBatches {@code interview_records?ids=…} requests sent for committed pages
 * @param conclusions records per conclusion label (see {@link ExportModel#conclusionLabel})
 */
public record Totals(
    long interviews,
    long records,
    long missingRecords,
    long interviewPages,
    long recordBatches,
    Map<String, Long> conclusions) {

  /** Nothing exported yet. */
  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, Map.of());

  public Totals {
    conclusions = conclusions == null ? Map.of() : Map.copyOf(new TreeMap<>(conclusions));
  }
}
