package io.larkgen.runtime.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code limit} bytes; a longer body (or an announced {@code
 * Content-Length} above the limit) cancels the exchange and fails with {@link
 * ResponseTooLargeException}, so an endless or huge body never exhausts the heap.
 *
 * <p>The bytes are copied once, from the client's buffers into the body array: with a {@code
 * Content-Length} that array has the announced size from the start and becomes the body as it
 * is; without one it grows by doubling (capped at the limit) and is trimmed at the end.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  /** First capacity of a body whose length is not announced. */
  static final int UNANNOUNCED_CAPACITY = 64 * 1024;

  /** The largest array the JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final long limit;
  /** {@code limit}, or less where a byte array cannot hold it. */
  private final int capacityLimit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ResponseTooLargeException refused;
  private byte[] body;
  private int size;
  private Flow.Subscription subscription;

  BoundedBodySubscriber(long limit, long announced) {
    this.limit = limit;
    this.capacityLimit = (int) Math.min(limit, MAX_ARRAY);
    this.refused = announced > limit
        ? new ResponseTooLargeException(limit, "Content-Length " + announced) : null;
    if (refused != null) {
      this.body = new byte[0];
    } else if (announced >= 0 && announced <= capacityLimit) {
      this.body = new byte[(int) announced];
    } else {
      this.body = new byte[Math.min(UNANNOUNCED_CAPACITY, capacityLimit)];
    }
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
      int n = b.remaining();
      if ((long) size + n > capacityLimit) {
        body = null;
        subscription.cancel();
        result.completeExceptionally(
            new ResponseTooLargeException(limit, "more than " + capacityLimit + " bytes received"));
        return;
      }
      if (size + n > body.length) {
        grow(size + n);
      }
      b.get(body, size, n);
      size += n;
    }
  }

  /** At least {@code needed} bytes of room: double, but never beyond the limit. */
  private void grow(int needed) {
    long doubled = Math.max(needed, 2L * body.length);
    body = Arrays.copyOf(body, (int) Math.min(doubled, capacityLimit));
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    if (!result.isDone()) {
      result.complete(size == body.length ? body : Arrays.copyOf(body, size));
    }
  }
}
