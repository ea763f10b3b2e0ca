package io.larkgen.samples.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches pages of one segment ahead of the writer: a reader thread follows the page tokens
 * (which is sequential by nature) and hands each page's record batches to a small pool, so that
 * the next pages and their records are on their way while the current page is written and
 * committed. Pages come out in order. Prefetching changes nothing in the commit protocol: a page
 * only counts once the exporter has committed it, so whatever was fetched ahead of a crash is
 * simply fetched again.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
final class Prefetcher<I, R> implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  /** A page with its records, once {@link #next()} has waited for them. */
  record Fetched<I, R>(InterviewSource.Page<I> page, Map<String, R> records, int batches) {}

  private sealed interface Item<I, R> permits Ready, End, Failed {}

  private record Ready<I, R>(InterviewSource.Page<I> page, List<Future<List<R>>> batches)
      implements Item<I, R> {}

  private record End<I, R>() implements Item<I, R> {}

  private record Failed<I, R>(Throwable error) implements Item<I, R> {}

  private final InterviewSource<I, R> source;
  private final ExportModel<I, R> model;
  private final BlockingQueue<Item<I, R>> queue;
  private final ExecutorService pool;
  private final Thread reader;
  private volatile boolean closed;
  private boolean ended;
  private Item<I, R> pending;

  /**
   * Starts reading {@code pages} at once.
   *
   * @param ahead pages fetched ahead of the one being written (at least 1)
   * @param threads threads fetching record batches
   */
  Prefetcher(
      InterviewSource<I, R> source,
      ExportModel<I, R> model,
      Iterator<InterviewSource.Page<I>> pages,
      int ahead,
      int threads) {
    this.source = source;
    this.model = model;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, ahead));
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> daemon(r, "hire-export-records-" + THREADS.incrementAndGet()));
    this.reader = daemon(() -> read(pages), "hire-export-pages-" + THREADS.incrementAndGet());
    reader.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private void read(Iterator<InterviewSource.Page<I>> pages) {
    try {
      while (!closed && pages.hasNext()) {
        InterviewSource.Page<I> page = pages.next();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (I interview : page.items()) {
          ids.addAll(model.recordIds(interview));
        }
        List<String> all = new ArrayList<>(ids);
        List<Future<List<R>>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += InterviewSource.MAX_RECORD_BATCH) {
          List<String> batch =
              List.copyOf(all.subList(i, Math.min(all.size(), i + InterviewSource.MAX_RECORD_BATCH)));
          batches.add(pool.submit(() -> List.copyOf(source.records(batch))));
        }
        queue.put(new Ready<>(page, batches));
      }
      queue.put(new End<>());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      try {
        queue.put(new Failed<>(t));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether another page follows; waits for the reader. */
  boolean hasNext() throws InterruptedException {
    if (ended) {
      return false;
    }
    Item<I, R> head = peek();
    if (head instanceof End) {
      ended = true;
      return false;
    }
    return true;
  }

  private Item<I, R> peek() throws InterruptedException {
    if (pending == null) {
      pending = queue.take();
    }
    return pending;
  }

  /**
   * The next page with its records; failures of the reader or of a batch are rethrown here.
   */
  Fetched<I, R> next() throws InterruptedException {
    Item<I, R> item = peek();
    pending = null;
    if (item instanceof Failed<I, R> f) {
      ended = true;
      throw rethrow(f.error());
    }
    if (!(item instanceof Ready<I, R> ready)) {
      throw new IllegalStateException("no more pages");
    }
    Map<String, R> records = new HashMap<>();
    for (Future<List<R>> batch : ready.batches()) {
      try {
        for (R record : batch.get()) {
          records.put(model.recordId(record), record);
        }
      } catch (ExecutionException e) {
        ended = true;
        throw rethrow(e.getCause());
      }
    }
    return new Fetched<>(ready.page(), records, ready.batches().size());
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /** Stops the reader and the pool; pages fetched ahead are dropped. */
  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    pool.shutdownNow();
  }
}
