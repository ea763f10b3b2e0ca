package io.larkgen.runtime.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code limit} bytes; a longer body (or an announced {@code
 * Content-Length} above the limit) cancels the exchange and fails with {@link
 * ResponseTooLargeException}, so an endless or huge body never exhausts the heap.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final long limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ResponseTooLargeException refused;
  private ByteArrayOutputStream out;
  private Flow.Subscription subscription;
  private long received;

  private BoundedBodySubscriber(long limit, long announced) {
    this.limit = limit;
    this.refused = announced > limit
        ? new ResponseTooLargeException(limit, "Content-Length " + announced) : null;
    // Grows as the body arrives; the announced length only sizes the first buffer.
    this.out = new ByteArrayOutputStream((int) Math.min(Math.max(announced, 256), 64 * 1024));
  }

  /** A handler whose subscribers keep at most {@code limit} bytes. */
  static HttpResponse.BodyHandler<byte[]> handler(long limit) {
    return info -> new BoundedBodySubscriber(
        limit, info.headers().firstValueAsLong("content-length").orElse(-1));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = Objects.requireNonNull(s, "subscription");
    if (refused != null) {
      s.cancel();
      result.completeExceptionally(refused);
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      received += b.remaining();
      if (received > limit) {
        out = null;
        subscription.cancel();
        result.completeExceptionally(
            new ResponseTooLargeException(limit, "more than " + limit + " bytes received"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    if (!result.isDone()) {
      result.complete(out.toByteArray());
    }
  }
}
