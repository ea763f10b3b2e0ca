package io.larkgen.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one interface generated services call. It knows nothing about any Feishu service: an
 * {@link Operation} descriptor says what to send and how to decode the answer.
 */
public interface LarkClient {

  /**
   * Sends one request and returns the decoded {@code data} of the envelope.
   *
   * @param <Req> the request type
   * @param <Resp> the type of {@code data}
   * @param operation what to call: method, path, encoding and decoding
   * @param request the request
   * @param options per-call options, e.g. {@link RequestOptions#DEFAULT}
   * @return the decoded {@code data}
   * @throws io.larkgen.runtime.error.LarkException when the call fails
   */
  <Req, Resp> Resp execute(Operation<Req, Resp> operation, Req request, RequestOptions options);

  /**
   * {@link #execute(Operation, Object, RequestOptions)} with default options.
   *
   * @param <Req> the request type
   * @param <Resp> the type of {@code data}
   * @param operation what to call
   * @param request the request
   * @return the decoded {@code data}
   * @throws io.larkgen.runtime.error.LarkException when the call fails
   */
  default <Req, Resp> Resp execute(Operation<Req, Resp> operation, Req request) {
    return execute(operation, request, RequestOptions.DEFAULT);
  }

  /**
   * Sends one request and returns the decoded {@code data} with the answer's status, log id and
   * headers. Works through {@link RequestOptions#onResponse(Consumer)}, so a
   * call made through a generated service method can get the same metadata with those options.
   *
   * @param operation what to call
   * @param request the request
   * @param options per-call options; a sink already set in them is still given the metadata
   * @param <Req> the request type
   * @param <Resp> the type of {@code data}
   * @return the data and the metadata of the answer that carried it
   * @throws IllegalStateException when this client never reports metadata to {@link
   *     RequestOptions#onResponse()}
   * @throws io.larkgen.runtime.error.LarkException when the call fails
   */
  default <Req, Resp> Response<Resp> executeWithMetadata(
      Operation<Req, Resp> operation, Req request, RequestOptions options) {
    RequestOptions opts = options == null ? RequestOptions.DEFAULT : options;
    AtomicReference<ResponseMetadata> seen = new AtomicReference<>();
    Consumer<ResponseMetadata> given = opts.onResponse();
    Resp data = execute(operation, request, opts.onResponse(m -> {
      seen.set(m);
      if (given != null) {
        given.accept(m);
      }
    }));
    ResponseMetadata metadata = seen.get();
    if (metadata == null) {
      throw new IllegalStateException(getClass().getName()
          + " does not report response metadata to RequestOptions.onResponse");
    }
    return new Response<>(data, metadata);
  }

  /**
   * Sends one request without blocking the caller.
   *
   * @param <Req> the request type
   * @param <Resp> the type of {@code data}
   * @param operation what to call
   * @param request the request
   * @param options per-call options
   * @return a future of the decoded {@code data}, completed exceptionally with a {@link
   *     io.larkgen.runtime.error.LarkException} when the call fails
   */
  <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request, RequestOptions options);

  /**
   * {@link #executeAsync(Operation, Object, RequestOptions)} with default options.
   *
   * @param <Req> the request type
   * @param <Resp> the type of {@code data}
   * @param operation what to call
   * @param request the request
   * @return a future of the decoded {@code data}
   */
  default <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request) {
    return executeAsync(operation, request, RequestOptions.DEFAULT);
  }

  /**
   * A lazy paginator that follows {@code page_token} while {@code has_more}.
   *
   * @param <Req> the request type
   * @param <Resp> the type of one page's {@code data}
   * @param <Item> the type of one item of a page
   * @param operation what to call for each page
   * @param paging how to set a request's page token and read a page's items, token and {@code
   *     has_more}
   * @param request the first page's request
   * @param options per-call options, applied to every page
   * @return a paginator that sends nothing until it is iterated
   */
  <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation,
      Paging<Req, Resp, Item> paging,
      Req request,
      RequestOptions options);

  /**
   * {@link #paginate(Operation, Paging, Object, RequestOptions)} with default options.
   *
   * @param <Req> the request type
   * @param <Resp> the type of one page's {@code data}
   * @param <Item> the type of one item of a page
   * @param operation what to call for each page
   * @param paging how to page through the answers
   * @param request the first page's request
   * @return a paginator that sends nothing until it is iterated
   */
  default <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation, Paging<Req, Resp, Item> paging, Req request) {
    return paginate(operation, paging, request, RequestOptions.DEFAULT);
  }
}
