package io.larkgen.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted while the call waited (for a response, a token another
 * thread is fetching, a rate-limit permit or a retry). The thread's interrupt flag is set again
 * before this is thrown; the call is never retried.
 */
public class LarkInterruptedException extends LarkTransportException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called
   * @param detail what the call was waiting for
   * @param cause the {@link InterruptedException}
   */
  public LarkInterruptedException(String operationId, String detail, @Nullable Throwable cause) {
    super(operationId, "interrupted while " + detail, 0, null, cause);
  }
}
