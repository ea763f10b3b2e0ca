package io.larkgen.samples.export;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Exports interviews page by page with their records, resumably.
 *
 * <h2>Commit protocol</h2>
 *
 * The output and its checkpoint ({@code <out>.checkpoint}) move forward together, one page of
 * interviews at a time:
 *
 * <ol>
 *   <li>Fetch the next page of interviews (from the saved page token) and, in batches of up to
 *       100 ids, the records its interviews list.
 *   <li>Write the page's lines (JSONL) or rows (CSV) after the committed prefix of the output.
 *   <li>Flush and {@code fdatasync} the output: the page's bytes and the new file length are on
 *       disk.
 *   <li>Write the new checkpoint (page token of the following page, committed byte offset and
 *       the SHA-256 of the committed bytes, counters) to {@code <out>.checkpoint.tmp}, {@code
 *       fsync} it, rename it over {@code <out>.checkpoint}, and {@code fsync} the directory.
 * </ol>
 *
 * The checkpoint never names bytes that are not yet durable (step 3 comes before step 4), and
 * the rename makes each checkpoint replace the previous one atomically. Wherever the process
 * dies (kill -9, crash, power cut), the checkpoint on disk is either the one before the page or
 * the one after it:
 *
 * <ul>
 *   <li>dies before step 4 completes: the old checkpoint is read; the output is cut back to its
 *       offset, dropping the page's partial or complete but uncommitted bytes; the page is
 *       fetched again from the old token and rewritten;
 *   <li>dies after step 4: the next run continues with the following page.
 * </ul>
 *
 * So every interview and record is in the output exactly once. A resumed run first checks that
 * the output's first {@code outputBytes} bytes have the checkpoint's SHA-256 (reading them once,
 * at disk speed), so a file edited, cut or replaced since is refused rather than continued.
 * Pages are fetched a little ahead of the writer ({@link Prefetcher}); that changes nothing
 * here, since only committed pages count.
 *
 * <p>Before step 2 of the first page, every request of the run has been built and the first
 * page fetched: a bad argument or bad credentials fail with the output and any checkpoint
 * untouched. A fresh export then truncates the output and writes the CSV header if any, which
 * the first page's commit makes durable with it; its first checkpoint is that of the first
 * page, so a run that committed nothing leaves no checkpoint. A finished export deletes the
 * checkpoint. The counters in the checkpoint make the final summary cover all runs of a resumed
 * export.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public final class Exporter<I, R> {
  /** Pages fetched ahead of the one being written. */
  static final int PAGES_AHEAD = 2;
  /** Threads fetching record batches. */
  static final int RECORD_THREADS = 4;

  private final InterviewSource<I, R> source;
  private final ExportModel<I, R> model;
  private final ExportWriter.Factory<I, R> writers;
  private final Path output;
  private final CheckpointStore store;
  private final Progress progress;
  private final OptionalLong expectedInterviews;

  /**
   * @param expectedInterviews how many interviews the export will have, when known in advance
   *     (the sandbox knows); drives the progress bar's fraction
   */
  public Exporter(
      InterviewSource<I, R> source,
      ExportModel<I, R> model,
      ExportWriter.Factory<I, R> writers,
      Path output,
      CheckpointStore store,
      Progress progress,
      OptionalLong expectedInterviews) {
    this.source = Objects.requireNonNull(source, "source");
    this.model = Objects.requireNonNull(model, "model");
    this.writers = Objects.requireNonNull(writers, "writers");
    this.output = Objects.requireNonNull(output, "output");
    this.store = Objects.requireNonNull(store, "store");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.expectedInterviews = Objects.requireNonNull(expectedInterviews, "expectedInterviews");
  }

  /**
   * What to export.
   *
   * @param query the arguments
   * @param rangeStart resolved start of the time range (epoch millis) or null
   * @param rangeEnd resolved end of the time range (epoch millis) or null
   * @param resumeFrom the checkpoint to continue from, already checked against {@code query}
   */
  public record Plan(ExportQuery query, Long rangeStart, Long rangeEnd, Optional<Checkpoint> resumeFrom) {
    public Plan {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(resumeFrom, "resumeFrom");
    }

    /** The list queries: one per application id, or one for the whole range. */
    public List<InterviewSource.Segment> segments() {
      if (query.applicationIds().isEmpty()) {
        return List.of(new InterviewSource.Segment(null, rangeStart, rangeEnd));
      }
      List<InterviewSource.Segment> s = new ArrayList<>();
      for (String id : query.applicationIds()) {
        s.add(new InterviewSource.Segment(id, rangeStart, rangeEnd));
      }
      return List.copyOf(s);
    }
  }

  /**
   * The outcome of a finished export.
   *
   * @param totals counters over all runs of this export
   * @param resumed whether this run continued an interrupted one
   * @param thisRunInterviews interviews written by this run
   */
  public record Result(Totals totals, boolean resumed, long thisRunInterviews) {}

  /**
   * Runs the export to the end.
   *
   * <p>Nothing touches the output or the checkpoint until every request the export will send
   * has been built (so a bad argument fails first) and the first page with its records has been
   * fetched (so bad credentials, a missing scope or a server that refuses the query fail
   * first): a failed start leaves the previous output and checkpoint as they were.
   *
   * @throws ExportFailure for output and checkpoint problems the user can fix
   * @throws IOException if writing fails otherwise
   */
  public Result run(Plan plan) throws IOException {
    boolean resumed = plan.resumeFrom().isPresent();
    Checkpoint cp =
        plan.resumeFrom().orElseGet(() -> Checkpoint.start(plan.query(), plan.rangeStart(), plan.rangeEnd()));
    List<InterviewSource.Segment> segments = plan.segments();
    List<Iterator<InterviewSource.Page<I>>> queries = new ArrayList<>();
    for (int seg = cp.segment(); seg < segments.size(); seg++) {
      queries.add(source.pages(segments.get(seg), seg == cp.segment() ? cp.pageToken() : null));
    }
    OutputFile file = null;
    try (Pages pages = new Pages(queries)) {
      Prefetcher.Fetched<I, R> first = pages.next();
      file = openOutput(plan);
      Result r = export(plan, cp, pages, first, file, resumed);
      file.close();
      store.delete();
      return r;
    } catch (ClosedByInterruptException | InterruptedException e) {
      throw new ExportFailure(
          ExitCodes.INTERRUPTED, "interrupted; run the same command again to resume", e);
    } finally {
      progress.finish();
      if (file != null) {
        file.close();
      }
    }
  }

  private OutputFile openOutput(Plan plan) throws IOException {
    if (plan.resumeFrom().isPresent()) {
      Checkpoint cp = plan.resumeFrom().get();
      try {
        return OutputFile.resume(output, cp.outputBytes(), cp.outputSha256());
      } catch (OutputFile.ShorterThanCheckpointException | OutputFile.NotTheCheckpointedOutputException e) {
        throw new ExportFailure(
            ExitCodes.CHECKPOINT,
            "cannot resume: " + e.getMessage() + "; pass --no-resume to start over", e);
      }
    }
    store.delete();
    return OutputFile.open(output, 0);
  }

  private Result export(
      Plan plan, Checkpoint start, Pages pages, Prefetcher.Fetched<I, R> first, OutputFile file, boolean resumed)
      throws IOException, InterruptedException {
    int segments = plan.segments().size();
    Checkpoint cp = start;
    Counter counter = new Counter(cp.totals());
    long before = counter.interviews;
    try (ExportWriter<I, R> writer = writers.open(file, !resumed)) {
      progress.begin(counter.interviews, fraction(plan, cp.segment(), segments, counter));
      Prefetcher.Fetched<I, R> fetched = first;
      for (int seg = start.segment(); seg < segments; seg++) {
        if (seg > start.segment()) {
          fetched = pages.next();
        }
        while (fetched != null) {
          checkInterrupted();
          writePage(fetched, writer, counter);
          long bytes = writer.commit();
          String next = fetched.page().nextPageToken();
          cp = cp.afterPage(seg, next, bytes, file.sha256(), counter.totals());
          store.save(cp);
          progress.update(
              new Progress.Snapshot(counter.interviews, counter.records, fraction(plan, seg, segments, counter)));
          fetched = next == null ? null : pages.nextInSegment();
        }
        if (cp.segment() == seg) {
          // the segment's pages ended without a last page saying so (or it had none)
          cp = cp.afterSegment(seg, writer.commit(), file.sha256(), counter.totals());
          if (seg + 1 < segments) {
            store.save(cp);
          }
        }
      }
      writer.commit();
      return new Result(counter.totals(), resumed, counter.interviews - before);
    }
  }

  /**
   * The pages of the segments still to export, one {@link Prefetcher} at a time: the next
   * segment's reader starts when the previous one has ended.
   */
  private final class Pages implements AutoCloseable {
    private final Iterator<Iterator<InterviewSource.Page<I>>> queries;
    private Prefetcher<I, R> current;

    Pages(List<Iterator<InterviewSource.Page<I>>> queries) {
      this.queries = queries.iterator();
    }

    /** The first page of the next segment, or null when it has none or no segment is left. */
    Prefetcher.Fetched<I, R> next() throws InterruptedException {
      close();
      if (!queries.hasNext()) {
        return null;
      }
      current = new Prefetcher<>(source, model, queries.next(), PAGES_AHEAD, RECORD_THREADS);
      return nextInSegment();
    }

    /** The next page of the current segment, or null at its end. */
    Prefetcher.Fetched<I, R> nextInSegment() throws InterruptedException {
      return current.hasNext() ? current.next() : null;
    }

    @Override
    public void close() {
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }

  private void writePage(Prefetcher.Fetched<I, R> fetched, ExportWriter<I, R> writer, Counter counter)
      throws IOException {
    Map<String, R> byId = fetched.records();
    counter.recordBatches += fetched.batches();
    for (I interview : fetched.page().items()) {
      List<R> records = new ArrayList<>();
      for (String id : model.recordIds(interview)) {
        R r = byId.get(id);
        if (r == null) {
          counter.missingRecords++;
        } else {
          records.add(r);
          counter.conclusions.merge(model.conclusionLabel(r), 1L, Long::sum);
        }
      }
      writer.write(interview, records);
      counter.interviews++;
      counter.records += records.size();
      model.beginTime(interview).ifPresent(t -> counter.latestBegin = Math.max(counter.latestBegin, t));
    }
    counter.interviewPages++;
  }

  private OptionalDouble fraction(Plan plan, int seg, int segments, Counter c) {
    if (expectedInterviews.isPresent() && expectedInterviews.getAsLong() > 0) {
      return OptionalDouble.of(Math.min(1.0, (double) c.interviews / expectedInterviews.getAsLong()));
    }
    if (segments > 1) {
      return OptionalDouble.of((double) seg / segments);
    }
    if (plan.rangeStart() != null && plan.rangeEnd() != null && c.latestBegin != Long.MIN_VALUE) {
      double span = plan.rangeEnd() - plan.rangeStart();
      return OptionalDouble.of(Math.max(0, Math.min(1, (c.latestBegin - plan.rangeStart()) / span)));
    }
    return OptionalDouble.empty();
  }

  private static void checkInterrupted() {
    if (Thread.interrupted()) {
      throw new ExportFailure(
          ExitCodes.INTERRUPTED, "interrupted; run the same command again to resume");
    }
  }

  /** Mutable counters while a run is going. */
  private static final class Counter {
    long interviews;
    long records;
    long missingRecords;
    long interviewPages;
    long recordBatches;
    long latestBegin = Long.MIN_VALUE;
    final Map<String, Long> conclusions;

    Counter(Totals t) {
      interviews = t.interviews();
      records = t.records();
      missingRecords = t.missingRecords();
      interviewPages = t.interviewPages();
      recordBatches = t.recordBatches();
      conclusions = new TreeMap<>(t.conclusions());
    }

    Totals totals() {
      return new Totals(interviews, records, missingRecords, interviewPages, recordBatches, conclusions);
    }
  }
}
