package io.larkgen.runtime.error;

import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.internal.error.Redactor;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Feishu answered with a non-zero {@code code} (or a non-2xx status with an envelope). Subtypes
 * say which kind of failure; an unclassified code is thrown as this class itself.
 */
public class LarkApiException extends LarkException {
  private static final long serialVersionUID = 1L;

  /** The Feishu {@code code}. */
  private final int code;
  /** The Feishu {@code msg}, redacted. */
  private final String msg;
  private final transient LarkError error;
  private final transient @Nullable ErrorCode documented;

  /**
   * Creates an exception for one error response.
   *
   * @param operationId the operation being called
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   */
  public LarkApiException(
      String operationId, int httpStatus, int code, String msg, @Nullable String logId, LarkError error) {
    this(operationId, httpStatus, code, msg, logId, error, null);
  }

  /**
   * As {@link #LarkApiException(String, int, int, String, String, LarkError)} with a cause.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param cause the underlying failure, or null
   */
  public LarkApiException(
      String operationId,
      int httpStatus,
      int code,
      String msg,
      @Nullable String logId,
      LarkError error,
      @Nullable Throwable cause) {
    this(operationId, httpStatus, code, msg, logId, error, null, cause);
  }

  /**
   * As {@link #LarkApiException(String, int, int, String, String, LarkError, Throwable)}, for a
   * code the operation documents: the message adds the documented meaning.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param documented the operation's documentation of {@code code}, or null
   * @param cause the underlying failure, or null
   */
  public LarkApiException(
      String operationId,
      int httpStatus,
      int code,
      String msg,
      @Nullable String logId,
      LarkError error,
      @Nullable ErrorCode documented,
      @Nullable Throwable cause) {
    super(
        describe(operationId, httpStatus, logId, detail(code, msg, error, documented)),
        operationId,
        httpStatus,
        logId,
        cause);
    this.code = code;
    this.msg = Redactor.redactText(msg);
    this.error = Objects.requireNonNullElse(error, LarkError.NONE);
    this.documented = documented;
  }

  /**
   * What the operation's documentation says about this code (its meaning and retry class), when
   * it lists the code.
   *
   * @return the documented code, or empty when the operation does not list it
   */
  public Optional<ErrorCode> documented() {
    return Optional.ofNullable(documented);
  }

  /**
   * The Feishu error code, e.g. {@code 99991672}.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * The Feishu {@code msg}, with anything token-like redacted.
   *
   * @return the redacted message
   */
  public String msg() {
    return msg;
  }

  /**
   * The envelope's {@code error} object ({@link LarkError#NONE} when absent).
   *
   * @return the error object, never null
   */
  public LarkError error() {
    return error == null ? LarkError.NONE : error;
  }

  /**
   * {@code error.log_id} if sent.
   *
   * @return the log id of the {@code error} object, or empty
   */
  public Optional<String> errorLogId() {
    return Optional.ofNullable(error().logId());
  }

  /**
   * {@code error.troubleshooter} if sent.
   *
   * @return the troubleshooting link, or empty
   */
  public Optional<String> troubleshooter() {
    return Optional.ofNullable(error().troubleshooter());
  }

  private static String detail(int code, String msg, LarkError error, @Nullable ErrorCode documented) {
    StringBuilder sb = new StringBuilder("code ").append(code);
    if (msg != null && !msg.isEmpty()) {
      sb.append(": ").append(Redactor.redactText(msg));
    }
    if (documented != null && !documented.description().isEmpty()) {
      sb.append(" (documented: ").append(documented.description()).append(')');
    }
    if (error != null) {
      if (!error.permissionViolations().isEmpty()) {
        sb.append("; missing permission, one of: ");
        sb.append(String.join(", ", error.permissionViolations().stream()
            .map(LarkError.Violation::summary).toList()));
      }
      if (!error.fieldViolations().isEmpty()) {
        sb.append("; invalid fields: ");
        sb.append(String.join(", ", error.fieldViolations().stream()
            .map(LarkError.Violation::summary).toList()));
      }
      if (error.logId() != null) {
        sb.append("; error.log_id ").append(error.logId());
      }
      if (error.troubleshooter() != null) {
        sb.append("; troubleshooter ").append(error.troubleshooter());
      }
    }
    return sb.toString();
  }
}
