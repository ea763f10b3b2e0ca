package io.larkgen.samples.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes interviews with their records in one output format.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public interface ExportWriter<I, R> extends Closeable {

  /** Writes one interview and its records (possibly none). Output may stay buffered. */
  void write(I interview, List<R> records) throws IOException;

  /**
   * Flushes every buffer into the file and makes it durable.
   *
   * @return the file's length after this commit: everything before it is complete output
   */
  long commit() throws IOException;

  /** Creates the writer for an opened output file. */
  @FunctionalInterface
  interface Factory<I, R> {
    /**
     * @param file the output, positioned after the committed prefix
     * @param fresh true when the file is empty and a new export starts (CSV writes its header)
     */
    ExportWriter<I, R> open(OutputFile file, boolean fresh) throws IOException;
  }
}
