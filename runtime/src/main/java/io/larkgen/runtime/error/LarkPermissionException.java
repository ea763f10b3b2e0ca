package io.larkgen.runtime.error;

import io.larkgen.runtime.ErrorCode;
import org.jspecify.annotations.Nullable;

/** The app lacks a scope ({@code 99991672}; see {@link LarkError#permissionViolations()}), its IP is not allowed ({@code 99991401}), or a user grant is missing. Never retried. */
public class LarkPermissionException extends LarkApiException {
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
  public LarkPermissionException(
      String operationId, int httpStatus, int code, String msg, @Nullable String logId, LarkError error) {
    super(operationId, httpStatus, code, msg, logId, error);
  }

  /**
   * As {@link #LarkPermissionException(String, int, int, String, String, LarkError)}, for a code the operation
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
  public LarkPermissionException(String operationId, int httpStatus, int code, String msg, @Nullable String logId,
      LarkError error, @Nullable ErrorCode documented) {
    super(operationId, httpStatus, code, msg, logId, error, documented, null);
  }
}
