package io.larkgen.runtime;

import java.util.stream.Stream;

/**
 * A lazy sequence of a pageable operation's items. Nothing is fetched until iteration starts;
 * each iteration starts again from the first page.
 *
 * @param <Item> the item type
 * @param <Resp> the page (response {@code data}) type
 */
public interface Paginator<Item, Resp> extends Iterable<Item> {

  /** The items of all pages, fetched page by page as the stream is consumed. */
  Stream<Item> stream();

  /** The pages themselves, fetched one by one as they are consumed. */
  Iterable<Resp> pages();
}
