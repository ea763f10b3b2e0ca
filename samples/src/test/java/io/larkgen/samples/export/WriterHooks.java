package io.larkgen.samples.export;

import java.io.IOException;
import java.util.List;
import java.util.function.IntConsumer;

/** Wrappers of the output writer that stop, interrupt or pause an export at a chosen point. */
final class WriterHooks {
  private static final IntConsumer NOTHING = k -> {};

  private WriterHooks() {}

  /**
   * Wraps a writer factory: {@code beforeWrite} gets the number (from 0) of each interview before
   * it is written, {@code afterCommit} that of each commit once it is done.
   */
  static <I, R> ExportWriter.Factory<I, R> hooked(
      ExportWriter.Factory<I, R> real, IntConsumer beforeWrite, IntConsumer afterCommit) {
    return (file, fresh) -> {
      ExportWriter<I, R> w = real.open(file, fresh);
      return new ExportWriter<>() {
        int written;
        int commits;

        @Override
        public void write(I interview, List<R> records) throws IOException {
          beforeWrite.accept(written++);
          w.write(interview, records);
        }

        @Override
        public long commit() throws IOException {
          long bytes = w.commit();
          afterCommit.accept(commits++);
          return bytes;
        }

        @Override
        public void close() throws IOException {
          w.close();
        }
      };
    };
  }

  /** {@link #hooked} for the command's writers. */
  static HireExport.WriterHook of(IntConsumer beforeWrite, IntConsumer afterCommit) {
    return new HireExport.WriterHook() {
      @Override
      public <I, R> ExportWriter.Factory<I, R> wrap(ExportWriter.Factory<I, R> real) {
        return hooked(real, beforeWrite, afterCommit);
      }
    };
  }

  /** The command's writer dies ({@link ExporterTest.Crash}) before interview number {@code n}. */
  static HireExport.WriterHook dieBefore(int n) {
    return of(
        k -> {
          if (k == n) {
            throw new ExporterTest.Crash();
          }
        },
        NOTHING);
  }

  /** Calls {@code action} before interview number {@code n} is written. */
  static IntConsumer at(int n, Runnable action) {
    return k -> {
      if (k == n) {
        action.run();
      }
    };
  }

  /** Does nothing. */
  static IntConsumer never() {
    return NOTHING;
  }
}
