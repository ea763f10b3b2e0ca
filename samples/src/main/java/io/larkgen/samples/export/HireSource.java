package io.larkgen.samples.export;

import io.larkgen.hire.Hire;
import io.larkgen.hire.api.InterviewRecordsApi;
import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkRequestValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InterviewSource} over the generated Hire client: interviews through {@link
 * InterviewsApi#listAll}, records through {@link InterviewRecordsApi#list} with {@code ids}.
 * The client's retries, token refresh and rate limiter do the rest; failures that remain become
 * {@link ExportFailure}s with a clear message.
 *
 * <p>A page whose next {@code page_token} is missing, empty or already followed while {@code
 * has_more} is true is never handed to the exporter (it would be committed with a token that
 * leads nowhere or back): the page is requested again, up to {@link #PAGE_REFETCHES} times,
 * before the export stops.
 */
public final class HireSource implements InterviewSource<Interview, InterviewRecord> {
  /** How often a page with an unusable next token is requested again. */
  static final int PAGE_REFETCHES = 3;

  private static final Logger LOG = LoggerFactory.getLogger(HireSource.class);

  private final InterviewsApi interviews;
  private final InterviewRecordsApi records;
  private final Supplier<io.larkgen.runtime.ClientStats> stats;
  private final int pageSize;

  /** A source reading through {@code client} with {@code pageSize} interviews per page. */
  public HireSource(DefaultLarkClient client, int pageSize) {
    Hire hire = Hire.of(client);
    this.interviews = hire.v1().interviews();
    this.records = hire.v1().interviewRecords();
    this.stats = client::stats;
    this.pageSize = pageSize;
  }

  @Override
  public Iterator<Page<Interview>> pages(Segment segment, String pageToken) {
    ListInterviewsRequest request;
    try {
      request =
          ListInterviewsRequest.builder()
              .pageSize(pageSize)
              .pageToken(pageToken)
              .applicationId(segment.applicationId())
              .startTime(segment.startMillis() == null ? null : Instant.ofEpochMilli(segment.startMillis()))
              .endTime(segment.endMillis() == null ? null : Instant.ofEpochMilli(segment.endMillis()))
              .build();
    } catch (LarkRequestValidationException e) {
      throw Failures.rejected(e);
    }
    return new PageIterator(request);
  }

  /** Pages of one query, guarding against tokens that would loop. */
  private final class PageIterator implements Iterator<Page<Interview>> {
    private final ListInterviewsRequest first;
    private final Set<String> followed = new HashSet<>();
    private Iterator<io.larkgen.runtime.Page<Interview>> pages;
    private String current;
    private boolean done;

    PageIterator(ListInterviewsRequest first) {
      this.first = first;
      this.current = first.pageToken();
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<Interview> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      for (int attempt = 0; ; attempt++) {
        io.larkgen.runtime.Page<Interview> resp = fetch();
        boolean more = Boolean.TRUE.equals(resp.hasMore());
        String next = resp.pageToken();
        if (!more) {
          done = true;
          return new Page<>(resp.items(), null);
        }
        if (next != null && !next.isEmpty() && !next.equals(current) && !followed.contains(next)) {
          if (current != null) {
            followed.add(current);
          }
          current = next;
          return new Page<>(resp.items(), next);
        }
        pages = null;
        if (attempt >= PAGE_REFETCHES) {
          throw new ExportFailure(
              ExitCodes.API,
              "Feishu keeps answering has_more=true with an unusable page_token ("
                  + (next == null || next.isEmpty() ? "none" : "one already followed")
                  + "); the checkpoint is kept: run the same command again to resume.");
        }
        LOG.warn("page answered has_more=true with an unusable page_token; requesting it again");
      }
    }

    private io.larkgen.runtime.Page<Interview> fetch() {
      try {
        if (pages == null) {
          pages = interviews.listAll(first.withPageToken(current)).pages().iterator();
        }
        if (!pages.hasNext()) {
          throw new ExportFailure(ExitCodes.API, "Feishu returned no page for a page token it issued");
        }
        io.larkgen.runtime.Page<Interview> resp = pages.next();
        return Objects.requireNonNull(resp, "page");
      } catch (LarkException e) {
        throw Failures.of(e);
      }
    }
  }

  @Override
  public List<InterviewRecord> records(List<String> ids) {
    ListInterviewRecordsRequest request;
    try {
      request = ListInterviewRecordsRequest.builder().ids(ids).build();
    } catch (LarkRequestValidationException e) {
      throw Failures.rejected(e);
    }
    List<InterviewRecord> out = new ArrayList<>(ids.size());
    try {
      io.larkgen.runtime.Page<InterviewRecord> resp = records.list(request);
      out.addAll(resp.items());
      // Feishu documents no paging with ids; follow a token anyway should one come.
      Set<String> seen = new HashSet<>();
      while (Boolean.TRUE.equals(resp.hasMore())
          && resp.pageToken() != null && !resp.pageToken().isEmpty() && seen.add(resp.pageToken())) {
        resp = records.list(request.withPageToken(resp.pageToken()));
        out.addAll(resp.items());
      }
    } catch (LarkException e) {
      throw Failures.of(e);
    }
    return out;
  }

  @Override
  public ClientStats stats() {
    io.larkgen.runtime.ClientStats s = stats.get();
    return new ClientStats(s.requestsSent(), s.retries(), s.rateLimitWaits(), s.throttledResponses());
  }
}
