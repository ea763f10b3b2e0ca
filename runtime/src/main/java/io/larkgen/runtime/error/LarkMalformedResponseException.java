package io.larkgen.runtime.error;

import io.larkgen.runtime.internal.error.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * The server's body was not a valid Feishu envelope: malformed or truncated JSON, or a body that
 * the operation's decoder rejected. Retried for idempotent methods before being thrown.
 */
public class LarkMalformedResponseException extends LarkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called
   * @param httpStatus HTTP status of the response
   * @param logId log id header, or null
   * @param detail what was wrong (never the body itself)
   * @param cause the parser's exception
   */
  public LarkMalformedResponseException(
      String operationId, int httpStatus, @Nullable String logId, String detail, @Nullable Throwable cause) {
    super(
        describe(operationId, httpStatus, logId,
            "malformed response body: " + Redactor.redactText(detail)),
        operationId,
        httpStatus,
        logId,
        cause);
  }
}
