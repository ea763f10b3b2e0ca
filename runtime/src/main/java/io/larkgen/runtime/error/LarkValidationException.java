package io.larkgen.runtime.error;

import io.larkgen.runtime.ErrorCode;
import org.jspecify.annotations.Nullable;

/** Feishu rejected the request's parameters (e.g. {@code 1002002}, {@code 99992402}); {@link LarkError#fieldViolations()} names the fields. */
public class LarkValidationException extends LarkApiException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link LarkApiException#LarkApiException(String, int, int, String, String, LarkError)}.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   */
  public LarkValidationException(
      String operationId, int httpStatus, int code, String msg, @Nullable String logId, LarkError error) {
    super(operationId, httpStatus, code, msg, logId, error);
  }

  /**
   * As {@link #LarkValidationException(String, int, int, String, String, LarkError)}, for a code the operation
   * documents.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param documented the operation's documentation of {@code code}, or null
   */
  public LarkValidationException(String operationId, int httpStatus, int code, String msg, @Nullable String logId,
      LarkError error, @Nullable ErrorCode documented) {
    super(operationId, httpStatus, code, msg, logId, error, documented, null);
  }

  /**
   * As {@link #LarkValidationException(String, int, int, String, String, LarkError, ErrorCode)},
   * with the failure that made the request invalid (e.g. a request the client could not encode).
   *
   * @param operationId the operation called
   * @param httpStatus the HTTP status, 0 when no request was sent
   * @param code the Feishu code, -1 when the client refused the request itself
   * @param msg the message
   * @param logId the server's log id, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param documented the operation's documentation of {@code code}, or null
   * @param cause what made the request invalid
   */
  public LarkValidationException(String operationId, int httpStatus, int code, String msg,
      @Nullable String logId, LarkError error, @Nullable ErrorCode documented, @Nullable Throwable cause) {
    super(operationId, httpStatus, code, msg, logId, error, documented, cause);
  }
}
