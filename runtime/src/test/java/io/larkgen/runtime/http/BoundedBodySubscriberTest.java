package io.larkgen.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The body collector on its own: chunks in, one array out, the limit kept. */
class BoundedBodySubscriberTest {

  /** Body bytes 0, 1, 2, … (mod 251, so that a misplaced chunk shows). */
  private static byte[] body(int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (i % 251);
    }
    return b;
  }

  /** Feeds {@code body} in chunks of {@code chunk} bytes, two buffers per call. */
  private static byte[] collect(BoundedBodySubscriber s, byte[] body, int chunk) throws Exception {
    Subscription subscription = new Subscription();
    s.onSubscribe(subscription);
    List<ByteBuffer> pending = new ArrayList<>();
    for (int at = 0; at < body.length && !subscription.cancelled; at += chunk) {
      pending.add(ByteBuffer.wrap(body, at, Math.min(chunk, body.length - at)));
      if (pending.size() == 2) {
        s.onNext(List.copyOf(pending));
        pending.clear();
      }
    }
    if (!pending.isEmpty() && !subscription.cancelled) {
      s.onNext(pending);
    }
    if (!subscription.cancelled) {
      s.onComplete();
    }
    return s.getBody().toCompletableFuture().get();
  }

  @Test
  void anAnnouncedBodyIsCollectedIntoAnArrayOfItsLength() throws Exception {
    byte[] expected = body(300_001);
    BoundedBodySubscriber s = new BoundedBodySubscriber(1 << 20, expected.length);
    assertArrayEquals(expected, collect(s, expected, 8192));
  }

  @Test
  void anUnannouncedBodyGrowsPastItsFirstCapacityAndIsTrimmed() throws Exception {
    byte[] expected = body(5 * BoundedBodySubscriber.UNANNOUNCED_CAPACITY + 17);
    assertArrayEquals(expected, collect(new BoundedBodySubscriber(1 << 20, -1), expected, 7000));
  }

  @Test
  void aBodyLongerThanAnnouncedIsStillCollectedWhole() throws Exception {
    byte[] expected = body(10_000);
    assertArrayEquals(expected, collect(new BoundedBodySubscriber(1 << 20, 4_000), expected, 3000));
  }

  @Test
  void anEmptyBodyIsAnEmptyArray() throws Exception {
    assertArrayEquals(new byte[0], collect(new BoundedBodySubscriber(100, 0), new byte[0], 1));
    assertArrayEquals(new byte[0], collect(new BoundedBodySubscriber(100, -1), new byte[0], 1));
  }

  @Test
  void aBodyExactlyAtTheLimitIsAcceptedAndOneByteMoreIsRefused() throws Exception {
    byte[] atLimit = body(1000);
    assertArrayEquals(atLimit, collect(new BoundedBodySubscriber(1000, -1), atLimit, 64));
    BoundedBodySubscriber over = new BoundedBodySubscriber(1000, -1);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> collect(over, body(1001), 64));
    ResponseTooLargeException tooLarge =
        assertInstanceOf(ResponseTooLargeException.class, e.getCause());
    assertTrue(tooLarge.getMessage().contains("more than 1000 bytes"), tooLarge.getMessage());
  }

  @Test
  void anAnnouncedLengthAboveTheLimitCancelsBeforeAnyByte() {
    BoundedBodySubscriber s = new BoundedBodySubscriber(1000, 1001);
    Subscription subscription = new Subscription();
    s.onSubscribe(subscription);
    assertTrue(subscription.cancelled);
    assertTrue(subscription.requested == 0, "nothing requested");
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> s.getBody().toCompletableFuture().get());
    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
  }

  @Test
  void anErrorFailsTheBody() {
    BoundedBodySubscriber s = new BoundedBodySubscriber(1000, -1);
    s.onSubscribe(new Subscription());
    IllegalStateException failure = new IllegalStateException("connection reset");
    s.onError(failure);
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> s.getBody().toCompletableFuture().get());
    assertSame(failure, e.getCause());
  }

  private static final class Subscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
