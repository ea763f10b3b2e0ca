package io.larkgen.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * No usable HTTP response: the connection failed, a timeout elapsed (see {@link
 * LarkTimeoutException}), or a redirect could not be followed safely.
 */
public class LarkTransportException extends LarkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called
   * @param detail what failed
   * @param httpStatus status of the last response, or 0 if none
   * @param logId log id of the last response, or null
   * @param cause the I/O failure, or null
   */
  public LarkTransportException(
      String operationId, String detail, int httpStatus, @Nullable String logId, @Nullable Throwable cause) {
    super(describe(operationId, httpStatus, logId, detail), operationId, httpStatus, logId, cause);
  }
}
