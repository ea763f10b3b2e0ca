package io.larkgen.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * The one interface generated services call. It knows nothing about any Feishu service: an
 * {@link Operation} descriptor says what to send and how to decode the answer.
 */
public interface LarkClient {

  /** Sends one request and returns the decoded {@code data} of the envelope. */
  <Req, Resp> Resp execute(Operation<Req, Resp> operation, Req request, RequestOptions options);

  /** {@link #execute(Operation, Object, RequestOptions)} with default options. */
  default <Req, Resp> Resp execute(Operation<Req, Resp> operation, Req request) {
    return execute(operation, request, RequestOptions.DEFAULT);
  }

  /** Sends one request without blocking the caller. */
  <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request, RequestOptions options);

  /** {@link #executeAsync(Operation, Object, RequestOptions)} with default options. */
  default <Req, Resp> CompletableFuture<Resp> executeAsync(
      Operation<Req, Resp> operation, Req request) {
    return executeAsync(operation, request, RequestOptions.DEFAULT);
  }

  /** A lazy paginator that follows {@code page_token} while {@code has_more}. */
  <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation,
      Paging<Req, Resp, Item> paging,
      Req request,
      RequestOptions options);

  /** {@link #paginate(Operation, Paging, Object, RequestOptions)} with default options. */
  default <Req, Resp, Item> Paginator<Item, Resp> paginate(
      Operation<Req, Resp> operation, Paging<Req, Resp, Item> paging, Req request) {
    return paginate(operation, paging, request, RequestOptions.DEFAULT);
  }
}
