package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The paging shape of a pageable operation, taken from the spec's {@code x-lark-pagination}:
 * how to ask for the next page and where a response keeps its items, {@code has_more} and
 * next {@code page_token}.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param withPageToken copies a request with another page token (all other parameters kept)
 * @param items the page's items; never null
 * @param hasMore whether the server says more pages follow
 * @param nextPageToken the token for the next page, or null
 * @param <Req> the generated request type
 * @param <Resp> the generated response ({@code data}) type
 * @param <Item> the item type
 */
@LarkProtectedApi
public record Paging<Req, Resp, Item>(
    BiFunction<Req, String, Req> withPageToken,
    Function<Resp, List<Item>> items,
    Predicate<Resp> hasMore,
    Function<Resp, @Nullable String> nextPageToken) {

  /**
   * Checks that every function is given.
   *
   * @param withPageToken copies a request with another page token
   * @param items the page's items
   * @param hasMore whether more pages follow
   * @param nextPageToken the next page's token
   */
  public Paging {
    Objects.requireNonNull(withPageToken, "withPageToken");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(hasMore, "hasMore");
    Objects.requireNonNull(nextPageToken, "nextPageToken");
  }
}
