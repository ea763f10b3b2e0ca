package io.larkgen.runtime.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception the Larkgen runtime throws. Unchecked: a caller that wants to react to
 * one kind of failure catches that subtype, everything else propagates.
 *
 * <p>Messages never contain an app secret, app ticket or access token.
 */
public class LarkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the operation that failed. */
  private final String operationId;
  /** HTTP status of the response, or 0. */
  private final int httpStatus;
  /** Log id of the response, or null. */
  private final @Nullable String logId;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; must not contain secrets
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus the HTTP status of the response, or 0 when none was received
   * @param logId the server's request log id ({@code X-Tt-Logid}), or null
   * @param cause the underlying failure, or null
   */
  public LarkException(
      String message, String operationId, int httpStatus, @Nullable String logId, @Nullable Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
    this.httpStatus = httpStatus;
    this.logId = logId;
  }

  /**
   * The id of the operation that failed, e.g. {@code hire.v1.interviews.list}; empty for a
   * {@link LarkRequestValidationException}, thrown while a request was built.
   *
   * @return the operation id, or an empty string
   */
  public String operationId() {
    return operationId;
  }

  /**
   * HTTP status of the response, or 0 when no response was received.
   *
   * @return the status, or 0
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The request's log id from {@code X-Tt-Logid} (or {@code X-Request-Id}), if sent.
   *
   * @return the log id, or empty when the response had none or there was no response
   */
  public Optional<String> logId() {
    return Optional.ofNullable(logId);
  }

  static String describe(String operationId, int httpStatus, @Nullable String logId, String detail) {
    StringBuilder sb = new StringBuilder();
    sb.append(operationId == null ? "lark" : operationId).append(": ");
    if (httpStatus > 0) {
      sb.append("HTTP ").append(httpStatus).append(", ");
    }
    sb.append(detail);
    if (logId != null) {
      sb.append(" (log id ").append(logId).append(')');
    }
    return sb.toString();
  }
}
