package io.larkgen.runtime;

import io.larkgen.runtime.error.LarkException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Hears what a {@link DefaultLarkClient} does while it runs a call: the waits for rate-limit
 * permits, each attempt sent and answered, each retry and the end of the call. Register one with
 * {@link DefaultLarkClient.Builder#listener(CallListener)}; the Micrometer binding
 * ({@code larkgen-runtime-micrometer}) is one.
 *
 * <p>Methods run on the calling thread, in this order for every attempt: {@link
 * #onRateLimitWait} (only when the caller waited), {@link #beforeSend}, {@link #afterReceive}
 * (only when an answer came), then {@link #onRetry} or {@link #onCallEnd}. They must be quick
 * and thread-safe: calls run concurrently. An exception thrown by a listener is logged and
 * otherwise ignored; it never fails the call.
 *
 * <p>No secret reaches a listener: the {@code Authorization} header of {@link Send#headers()} is
 * masked, secret-named query parameters of {@link Send#target()} are masked, and exception
 * messages are redacted as everywhere else.
 */
public interface CallListener {

  /**
   * The caller waited for a permit of the client-side rate limiter.
   *
   * @param event the operation, the attempt and how long the caller waited
   */
  default void onRateLimitWait(RateLimitWait event) {}

  /**
   * An attempt is about to be sent.
   *
   * @param event the request line and headers, the bearer token masked
   */
  default void beforeSend(Send event) {}

  /**
   * An attempt was answered (whatever the status), after the answer was classified.
   *
   * @param event the answer's metadata, how long the attempt took and its failure, if any
   */
  default void afterReceive(Receive event) {}

  /**
   * An attempt failed and the call will send again after {@code event.delay()}.
   *
   * @param event the failed attempt, its failure and the wait before the next attempt
   */
  default void onRetry(Retry event) {}

  /**
   * The call ended, with a result or a failure.
   *
   * @param event attempts made, total duration, failure (null on success) and the metadata of
   *     the last answer
   */
  default void onCallEnd(End event) {}

  /**
   * A wait for a rate-limit permit.
   *
   * @param operationId the operation called
   * @param attempt the attempt that waited, from 1
   * @param waited how long the caller waited
   */
  record RateLimitWait(String operationId, int attempt, Duration waited) {}

  /**
   * An attempt about to be sent.
   *
   * @param operationId the operation called
   * @param attempt the attempt, from 1
   * @param method the HTTP method
   * @param target the request URI, secret-named query parameters masked
   * @param headers the request headers, the {@code Authorization} value masked
   */
  record Send(String operationId, int attempt, HttpMethod method, String target,
      Map<String, List<String>> headers) {
    /**
     * Copies the headers.
     *
     * @param operationId the operation called
     * @param attempt the attempt, from 1
     * @param method the HTTP method
     * @param target the request URI, secret-named query parameters masked
     * @param headers the request headers, the {@code Authorization} value masked
     */
    public Send {
      headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }
  }

  /**
   * An answered attempt.
   *
   * @param metadata status, log id and headers of the answer
   * @param elapsed from sending to the classified answer
   * @param failure what the answer means when it is not a success (e.g. a {@code
   *     LarkRateLimitException} for a 429), or null for a success
   */
  record Receive(ResponseMetadata metadata, Duration elapsed, @Nullable LarkException failure) {
    /**
     * The operation called.
     *
     * @return the operation id of {@link #metadata()}
     */
    public String operationId() {
      return metadata.operationId();
    }
  }

  /**
   * A failed attempt that will be sent again.
   *
   * @param operationId the operation called
   * @param attempt the attempt that failed, from 1
   * @param failure why it failed
   * @param delay how long the call waits before the next attempt
   */
  record Retry(String operationId, int attempt, LarkException failure, Duration delay) {}

  /**
   * The end of a call.
   *
   * @param operationId the operation called
   * @param attempts attempts made
   * @param elapsed the whole call: waits, token requests, attempts and retries
   * @param failure what the call threw (a {@link LarkException}, or whatever a decoder or
   *     metadata sink threw), or null when it returned a result
   * @param lastAnswer metadata of the last answer, or null when no answer came
   */
  record End(String operationId, int attempts, Duration elapsed,
      @Nullable RuntimeException failure, @Nullable ResponseMetadata lastAnswer) {
    /**
     * Whether the call returned a result.
     *
     * @return true when {@link #failure()} is null
     */
    public boolean succeeded() {
      return failure == null;
    }
  }
}
