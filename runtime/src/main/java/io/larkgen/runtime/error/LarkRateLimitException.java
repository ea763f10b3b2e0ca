package io.larkgen.runtime.error;

import io.larkgen.runtime.ErrorCode;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Feishu's rate limit was hit (HTTP 429, or code {@code 99991400}) and the retry policy gave up
 * waiting.
 */
public class LarkRateLimitException extends LarkApiException {
  private static final long serialVersionUID = 1L;

  /** The wait Feishu asked for, or null. */
  private final @Nullable Duration reset;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param reset the wait Feishu asked for ({@code x-ogw-ratelimit-reset}), or null
   * @see LarkApiException#LarkApiException(String, int, int, String, String, LarkError)
   */
  public LarkRateLimitException(
      String operationId,
      int httpStatus,
      int code,
      String msg,
      @Nullable String logId,
      LarkError error,
      @Nullable Duration reset) {
    this(operationId, httpStatus, code, msg, logId, error, reset, null);
  }

  /**
   * As {@link #LarkRateLimitException(String, int, int, String, String, LarkError, Duration)},
   * for a code the operation documents.
   *
   * @param operationId the operation being called, e.g. {@code hire.v1.interviews.list}
   * @param httpStatus HTTP status of the response
   * @param code Feishu {@code code}
   * @param msg Feishu {@code msg}; anything token-like in it is redacted
   * @param logId log id header, or null
   * @param error the envelope's {@code error} object, or {@link LarkError#NONE}
   * @param reset the wait Feishu asked for ({@code x-ogw-ratelimit-reset}), or null
   * @param documented the operation's documentation of {@code code}, or null
   */
  public LarkRateLimitException(String operationId, int httpStatus, int code, String msg,
      @Nullable String logId, LarkError error, @Nullable Duration reset, @Nullable ErrorCode documented) {
    super(operationId, httpStatus, code, msg, logId, error, documented, null);
    this.reset = reset;
  }

  /**
   * How long Feishu said to wait ({@code x-ogw-ratelimit-reset}), if it said.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> reset() {
    return Optional.ofNullable(reset);
  }
}
