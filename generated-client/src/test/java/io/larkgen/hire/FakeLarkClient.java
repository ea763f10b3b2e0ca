package io.larkgen.hire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Paginator;
import io.larkgen.runtime.Paging;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.RequestParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An in-memory {@link LarkClient}: records every call and answers with queued {@code data}
 * JSON, decoded by the operation's own reader, so tests exercise the generated descriptors.
 */
final class FakeLarkClient implements LarkClient {
  private static final JsonFactory JSON = new JsonFactory();

  /** One recorded call. */
  record Call(Operation<?, ?> operation, Object request, RequestOptions options, RequestParams params) {}

  final List<Call> calls = new ArrayList<>();
  final List<Paging<?, ?, ?>> pagings = new ArrayList<>();
  private final Deque<String> answers = new ArrayDeque<>();

  /** Queues the {@code data} JSON of the next answer. */
  FakeLarkClient answer(String dataJson) {
    answers.add(dataJson);
    return this;
  }

  @Override
  public <Req, Resp> Resp execute(Operation<Req, Resp> operation, Req request, RequestOptions options) {
    RequestParams params = new RequestParams();
    operation.encoder().encode(request, params);
    calls.add(new Call(operation, request, options, params));
    String json = answers.poll();
    if (json == null) {
      throw new IllegalStateException("no answer queued for " + operation);
    }
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return operation.dataReader().read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request, RequestOptions options) {
    return CompletableFuture.completedFuture(execute(operation, request, options));
  }

  @Override
  public <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation, Paging<Req, Resp, Item> paging, Req request, RequestOptions options) {
    pagings.add(paging);
    Iterable<Resp> pages =
        () ->
            new Iterator<>() {
              private Req next = request;

              @Override
              public boolean hasNext() {
                return next != null;
              }

              @Override
              public Resp next() {
                if (next == null) {
                  throw new NoSuchElementException();
                }
                Resp page = execute(operation, next, options);
                String token = paging.nextPageToken().apply(page);
                next = paging.hasMore().test(page) && token != null ? paging.withPageToken().apply(next, token) : null;
                return page;
              }
            };
    return new Paginator<>() {
      @Override
      public Stream<Item> stream() {
        return StreamSupport.stream(pages.spliterator(), false).flatMap(p -> paging.items().apply(p).stream());
      }

      @Override
      public Iterable<Resp> pages() {
        return pages;
      }

      @Override
      public Iterator<Item> iterator() {
        return stream().iterator();
      }
    };
  }
}
