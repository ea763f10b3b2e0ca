package io.larkgen.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A lazy sequence of a pageable operation's items. Nothing is fetched until iteration starts;
 * each iteration starts again from the first page.
 *
 * @param <Item> the item type
 * @param <Resp> the page (response {@code data}) type
 */
public interface Paginator<Item, Resp> extends Iterable<Item> {

  /**
   * The items of all pages, fetched page by page as the stream is consumed.
   *
   * @return a sequential stream of the items, from the first page
   */
  Stream<Item> stream();

  /**
   * The pages themselves, fetched one by one as they are consumed.
   *
   * @return the pages, in order
   */
  Iterable<Resp> pages();

  /**
   * Walks the pages without blocking the caller, passing each page to {@code action} in order.
   * The future completes when the last page was handled, or exceptionally with the first failure.
   * The default runs {@link #pages()} on the common pool; the runtime's paginator chains
   * asynchronous requests instead.
   *
   * @param action handles one page
   * @return a future completed after the last page
   */
  default CompletableFuture<Void> forEachPageAsync(Consumer<? super Resp> action) {
    return CompletableFuture.runAsync(() -> pages().forEach(action));
  }

  /**
   * Like {@link #forEachPageAsync(Consumer)}, passing each item to {@code action}.
   *
   * @param action handles one item
   * @return a future completed after the last item
   */
  default CompletableFuture<Void> forEachAsync(Consumer<? super Item> action) {
    return CompletableFuture.runAsync(() -> forEach(action));
  }
}
