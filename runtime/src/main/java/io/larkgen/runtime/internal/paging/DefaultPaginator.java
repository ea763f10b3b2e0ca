package io.larkgen.runtime.internal.paging;

import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.error.LarkPagingException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The runtime's {@link Paginator}: fetches page after page, re-sending the original request with
 * each next {@code page_token} (via {@link Paging#withPageToken()}), for as long as the server
 * says {@code has_more} and gives a new, non-empty token.
 *
 * <p>When {@code has_more} is true without a usable token (missing, empty, or one already
 * followed) the page's items are still delivered, then a {@link LarkPagingException} naming the
 * operation, page number and token is thrown instead of looping or stopping silently.
 *
 * <p>Each iteration (and each async walk) starts again from the first page.
 *
 * @param <Req> the request type
 * @param <Resp> the page type
 * @param <Item> the item type
 */
public final class DefaultPaginator<Req, Resp, Item> implements Paginator<Item, Resp> {
  private final String operationId;
  private final Paging<Req, Resp, Item> paging;
  private final Req firstRequest;
  private final Function<Req, Resp> fetch;
  private final Function<Req, CompletableFuture<Resp>> fetchAsync;

  /**
   * Creates a paginator; nothing is fetched until it is iterated.
   *
   * @param operationId the paged operation's id, for errors
   * @param paging the operation's paging shape
   * @param firstRequest the request as the caller built it
   * @param fetch sends one page request
   * @param fetchAsync sends one page request without blocking
   */
  public DefaultPaginator(
      String operationId,
      Paging<Req, Resp, Item> paging,
      Req firstRequest,
      Function<Req, Resp> fetch,
      Function<Req, CompletableFuture<Resp>> fetchAsync) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.paging = Objects.requireNonNull(paging, "paging");
    this.firstRequest = Objects.requireNonNull(firstRequest, "firstRequest");
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.fetchAsync = Objects.requireNonNull(fetchAsync, "fetchAsync");
  }

  @Override
  public Iterator<Item> iterator() {
    Iterator<Resp> pages = new PageIterator();
    return new Iterator<>() {
      private Iterator<Item> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = items(pages.next()).iterator();
        }
        return true;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  @Override
  public Stream<Item> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  @Override
  public Iterable<Resp> pages() {
    return PageIterator::new;
  }

  @Override
  public CompletableFuture<Void> forEachPageAsync(Consumer<? super Resp> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<Void> done = new CompletableFuture<>();
    step(new Cursor(), action, done);
    return done;
  }

  @Override
  public CompletableFuture<Void> forEachAsync(Consumer<? super Item> action) {
    Objects.requireNonNull(action, "action");
    return forEachPageAsync(page -> items(page).forEach(action));
  }

  /**
   * Requests pages one after another. A page whose future is already complete (e.g. an
   * executor that runs tasks on the calling thread) is handled in this loop rather than in a
   * nested callback, so a walk over many pages never deepens the stack.
   */
  private void step(Cursor cursor, Consumer<? super Resp> action, CompletableFuture<Void> done) {
    while (true) {
      Req request;
      CompletableFuture<Resp> page;
      try {
        request = cursor.nextRequest();
        if (request == null) {
          done.complete(null);
          return;
        }
        page = fetchAsync.apply(request);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      if (!page.isDone()) {
        page.whenComplete(
            (resp, failure) -> {
              if (handled(cursor, action, done, resp, failure)) {
                step(cursor, action, done);
              }
            });
        return;
      }
      Resp resp = null;
      Throwable failure = null;
      try {
        resp = page.join();
      } catch (CompletionException | CancellationException e) {
        failure = e;
      }
      if (!handled(cursor, action, done, resp, failure)) {
        return;
      }
    }
  }

  /** Passes one page on; false (with {@code done} completed) when the walk must stop. */
  private boolean handled(Cursor cursor, Consumer<? super Resp> action,
      CompletableFuture<Void> done, Resp resp, Throwable failure) {
    if (failure != null) {
      done.completeExceptionally(
          failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure);
      return false;
    }
    try {
      cursor.accept(resp);
      action.accept(resp);
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
      return false;
    }
    return true;
  }

  private List<Item> items(Resp page) {
    List<Item> items = paging.items().apply(page);
    return items == null ? List.of() : items;
  }

  /** Blocking page iterator over a fresh cursor. */
  private final class PageIterator implements Iterator<Resp> {
    private final Cursor cursor = new Cursor();
    private Resp pending;

    @Override
    public boolean hasNext() {
      if (pending != null) {
        return true;
      }
      Req request = cursor.nextRequest();
      if (request == null) {
        return false;
      }
      Resp page = fetch.apply(request);
      cursor.accept(page);
      pending = page;
      return true;
    }

    @Override
    public Resp next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Resp page = pending;
      pending = null;
      return page;
    }
  }

  /**
   * Where a walk over the pages stands. Shared by the blocking and the async walk so both follow
   * exactly the same rules.
   */
  private final class Cursor {
    private final Set<String> seenTokens = new HashSet<>();
    private Req next = firstRequest;
    private int pagesFetched;
    private LarkPagingException failure;

    /** The request for the next page; null when the walk is over. */
    Req nextRequest() {
      if (failure != null) {
        throw failure;
      }
      return next;
    }

    /** Records a fetched page and decides what comes after it. */
    void accept(Resp page) {
      pagesFetched++;
      next = null;
      if (page == null || !paging.hasMore().test(page)) {
        return;
      }
      String token = paging.nextPageToken().apply(page);
      if (token == null || token.isEmpty()) {
        failure = new LarkPagingException(operationId, pagesFetched, token,
            "has_more is true but no page_token was returned");
      } else if (!seenTokens.add(token)) {
        failure = new LarkPagingException(operationId, pagesFetched, token,
            "has_more is true but the page_token was already followed");
      } else {
        next = paging.withPageToken().apply(firstRequest, token);
      }
    }
  }
}
