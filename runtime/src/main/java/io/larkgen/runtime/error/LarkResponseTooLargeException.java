package io.larkgen.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * The response body was longer than the transport's limit ({@code maxResponseBytes}), announced
 * by its {@code Content-Length} or found while reading. Never retried: the same request would
 * get the same answer.
 */
public class LarkResponseTooLargeException extends LarkTransportException {
  private static final long serialVersionUID = 1L;

  /** The largest response body accepted, in bytes. */
  private final long limit;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called
   * @param detail what was refused, naming the limit
   * @param limit the largest body accepted, in bytes
   * @param cause the transport's exception, or null
   */
  public LarkResponseTooLargeException(
      String operationId, String detail, long limit, @Nullable Throwable cause) {
    super(operationId, detail, 0, null, cause);
    this.limit = limit;
  }

  /**
   * The largest response body accepted, in bytes.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
