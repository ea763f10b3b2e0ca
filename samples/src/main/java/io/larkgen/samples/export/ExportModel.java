package io.larkgen.samples.export;

import java.util.List;
import java.util.OptionalLong;

/**
 * How the exporter reads the two item types: ids, links and the few values it counts. Keeps
 * {@link Exporter} independent of the generated model (and testable without it).
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public interface ExportModel<I, R> {

  /** Ids of the interview's records ({@code interview_record_list[].id}), in order. */
  List<String> recordIds(I interview);

  /** The record's id. */
  String recordId(R record);

  /**
   * The record's conclusion for the summary: the known constant's name, {@code unknown(<code>)}
   * for a code this client does not know, or {@code none} when absent.
   */
  String conclusionLabel(R record);

  /** The interview's begin time (epoch millis), used for the progress estimate. */
  OptionalLong beginTime(I interview);
}
