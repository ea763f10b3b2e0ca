package io.larkgen.runtime.error;

import io.larkgen.runtime.ErrorCode;

/** Feishu rejected the request's parameters (e.g. {@code 1002002}, {@code 99992402}); {@link LarkError#fieldViolations()} names the fields. */
public class LarkValidationException extends LarkApiException {
  private static final long serialVersionUID = 1L;

  /** See {@link LarkApiException#LarkApiException(String, int, int, String, String, LarkError)}. */
  public LarkValidationException(
      String operationId, int httpStatus, int code, String msg, String logId, LarkError error) {
    super(operationId, httpStatus, code, msg, logId, error);
  }

  /**
   * As {@link #LarkValidationException(String, int, int, String, String, LarkError)}, for a code the operation
   * documents.
   *
   * @param documented the operation's documentation of {@code code}, or null
   */
  public LarkValidationException(String operationId, int httpStatus, int code, String msg, String logId,
      LarkError error, ErrorCode documented) {
    super(operationId, httpStatus, code, msg, logId, error, documented, null);
  }
}
