package io.larkgen.samples.export;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Where the exporter gets its data: pages of interviews and batches of records. Implemented over
 * the generated Hire client ({@link HireSource}); tests use fakes.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public interface InterviewSource<I, R> {

  /** The most record ids one {@link #records} call may ask for. */
  int MAX_RECORD_BATCH = 100;

  /**
   * The pages of one segment, lazily, starting at {@code pageToken} (null: the first page).
   * Each page says the token of the page after it. The request is built and checked here, so
   * that an invalid one fails ({@link ExportFailure}) before anything is written; nothing is sent
   * before the iterator's first {@code next()}.
   */
  Iterator<Page<I>> pages(Segment segment, String pageToken);

  /** The records with these ids (at most {@link #MAX_RECORD_BATCH}); unknown ids are skipped. */
  List<R> records(List<String> ids);

  /** Request counters of the underlying client since it was created. */
  ClientStats stats();

  /**
   * One query of the interviews list.
   *
   * @param applicationId the application filter, or null
   * @param startMillis earliest interview start (epoch millis), or null
   * @param endMillis latest interview start (epoch millis), or null
   */
  record Segment(String applicationId, Long startMillis, Long endMillis) {}

  /**
   * One page of interviews.
   *
   * @param items the interviews
   * @param nextPageToken token of the following page, or null when this is the last
   */
  record Page<I>(List<I> items, String nextPageToken) {
    public Page {
      items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
  }

  /**
   * Counters of the HTTP client.
   *
   * @param requests requests sent, including retries
   * @param retries requests sent again after a failure
   * @param rateLimitWaits times the client-side rate limiter made a request wait
   * @param throttled answers in which the server said its rate limit was hit (429)
   */
  record ClientStats(long requests, long retries, long rateLimitWaits, long throttled) {
    /** No requests. */
    public static final ClientStats NONE = new ClientStats(0, 0, 0, 0);
  }
}
