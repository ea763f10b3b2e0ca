package io.larkgen.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import io.larkgen.runtime.AttemptFailure.Resend;
import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkAuthException;
import io.larkgen.runtime.error.LarkError;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkMalformedResponseException;
import io.larkgen.runtime.error.LarkPermissionException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkResponseTooLargeException;
import io.larkgen.runtime.error.LarkServerException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.internal.error.Redactor;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Turns what one attempt got (a response, or a failure before or while sending) into the
 * operation's data or an {@link AttemptFailure}: the typed exception and what the failure allows.
 *
 * <p>A code the operation documents ({@link Operation#errorCodes()}: its own codes, then the
 * spec's common platform codes) is classified by its documentation: its retry class and HTTP
 * status decide, and the exception carries it ({@link LarkApiException#documented()}). The
 * built-in lists below apply to codes an operation does not list (hand-written operations, the
 * token endpoint); the platform's authentication and permission codes (99991xxx) mean the same on
 * every page, so they give their exception type even where the spec documents them with another
 * HTTP status (the docs list the missing-scope code 99991672 as 400).
 */
final class ResponseHandler {
  /** Feishu codes meaning the access token is invalid or expired: refresh and re-send once. */
  static final Set<Integer> INVALID_TOKEN_CODES = Set.of(99991663, 99991664, 99991665, 99991671);

  static final int RATE_LIMIT_CODE = 99991400;

  private static final Set<Integer> AUTH_CODES =
      Set.of(99991661, 99991662, 99991668, 99991669, 99991673, 99991677, 10012);
  private static final Set<Integer> PERMISSION_CODES = Set.of(99991672, 99991401, 99991679);
  private static final Set<Integer> VALIDATION_CODES = Set.of(1002002, 99992402);
  private static final Set<Integer> SERVER_CODES = Set.of(1002001);

  private final JsonFactory json;

  ResponseHandler(JsonFactory json) {
    this.json = json;
  }

  /**
   * The data of a successful answer.
   *
   * @param token the tenant token the request carried, or null for a user token
   * @param secrets values no exception message may show
   * @throws AttemptFailure for any other answer
   */
  <Resp> Resp handle(Operation<?, Resp> operation, TransportResponse response, AccessToken token,
      List<String> secrets) throws AttemptFailure {
    int status = response.status();
    String logId = response.logId();
    Envelope<Resp> envelope;
    try {
      envelope = Envelope.read(json, response.body(), operation.envelope(),
          operation.dataReader(), operation.expectsData());
    } catch (Envelope.MalformedException e) {
      throw withoutEnvelope(operation, response, Redactor.redactValues(e.getMessage(), secrets), e);
    }
    int code = envelope.code;
    if (code == 0 && status / 100 == 2) {
      return envelope.data;
    }
    String msg = Redactor.redactValues(envelope.msg == null ? "" : envelope.msg, secrets);
    LarkError error = envelope.error.message() == null ? envelope.error
        : envelope.error.withMessage(Redactor.redactValues(envelope.error.message(), secrets));
    ErrorCode documented = documented(operation, code);
    String id = operation.id();
    if (status == 429 || code == RATE_LIMIT_CODE
        || (documented != null && documented.httpStatus() == 429)) {
      Duration reset = response.rateLimitReset().orElse(null);
      return fail(new LarkRateLimitException(id, status, code, msg, logId, error, reset,
          documented), Resend.NOT_PROCESSED, reset, token);
    }
    Resend resend = documented != null ? resend(documented.retry())
        : INVALID_TOKEN_CODES.contains(code) ? Resend.REFRESH_TOKEN
        : status >= 500 || SERVER_CODES.contains(code) ? Resend.IF_SAFE
        : Resend.NEVER;
    LarkApiException failure;
    if (resend == Resend.REFRESH_TOKEN
        || AUTH_CODES.contains(code) || (documented != null && documented.httpStatus() == 401)) {
      failure = new LarkAuthException(id, status, code, msg, logId, error, documented);
    } else if (PERMISSION_CODES.contains(code)
        || (documented != null && documented.httpStatus() == 403)) {
      failure = new LarkPermissionException(id, status, code, msg, logId, error, documented);
    } else if ((documented == null && VALIDATION_CODES.contains(code))
        || !error.fieldViolations().isEmpty()) {
      failure = new LarkValidationException(id, status, code, msg, logId, error, documented);
    } else if (status >= 500 || (documented == null ? SERVER_CODES.contains(code)
        : documented.httpStatus() >= 500)) {
      failure = new LarkServerException(id, status, code, msg, logId, error, documented);
    } else {
      failure = new LarkApiException(id, status, code, msg, logId, error, documented, null);
    }
    return fail(failure, resend, null, token);
  }

  private static <T> T fail(LarkException failure, Resend resend, Duration wait,
      AccessToken token) throws AttemptFailure {
    throw new AttemptFailure(failure, resend, wait, true,
        resend == Resend.REFRESH_TOKEN ? token : null);
  }

  /** A body that is no Feishu envelope. */
  private static AttemptFailure withoutEnvelope(Operation<?, ?> operation,
      TransportResponse response, String why, Envelope.MalformedException e) {
    int status = response.status();
    String logId = response.logId();
    if (status == 429) {
      Duration reset = response.rateLimitReset().orElse(null);
      return new AttemptFailure(new LarkRateLimitException(operation.id(), status,
          RATE_LIMIT_CODE, "rate limited (no envelope)", logId, LarkError.NONE, reset),
          Resend.NOT_PROCESSED, reset, true, null);
    }
    if (status >= 500) {
      return AttemptFailure.sent(new LarkServerException(operation.id(), status, -1,
          "no Feishu envelope in the body (" + why + ")", logId, LarkError.NONE), Resend.IF_SAFE);
    }
    // A cut or garbled body may come out whole next time; a 4xx page will not.
    return AttemptFailure.sent(
        new LarkMalformedResponseException(operation.id(), status, logId, why, e),
        status / 100 == 4 && status != 408 ? Resend.NEVER : Resend.IF_SAFE);
  }

  /**
   * A failure while sending: connection refused or not established in time means nothing
   * reached the server; a timeout or broken connection later may leave the request processed.
   *
   * @param shown the exception the caller gets (e.g. a read timeout turned into the call's)
   */
  static AttemptFailure sendFailure(LarkTransportException e, LarkException shown) {
    if (e instanceof LarkInterruptedException || e instanceof LarkResponseTooLargeException
        || e.httpStatus() / 100 == 3) {
      return AttemptFailure.sent(shown, Resend.NEVER);
    }
    boolean notConnected = e.getCause() instanceof ConnectException
        || (e instanceof LarkTimeoutException t && t.kind() == LarkTimeoutException.Kind.CONNECT);
    return AttemptFailure.sent(shown, notConnected ? Resend.NOT_PROCESSED : Resend.IF_SAFE);
  }

  /**
   * A failure to get the tenant token: the operation itself was not sent, so any method may try
   * again, unless the token endpoint refused for good.
   */
  static AttemptFailure tokenFailure(LarkException e, LarkException shown) {
    Resend resend;
    Duration wait = null;
    if (e instanceof LarkInterruptedException) {
      resend = Resend.NEVER;
    } else if (e instanceof LarkRateLimitException r) {
      resend = Resend.NOT_PROCESSED;
      wait = r.reset().orElse(null);
    } else if (e instanceof LarkTransportException || e instanceof LarkMalformedResponseException) {
      resend = Resend.NOT_PROCESSED;
    } else if (e instanceof LarkAuthException a && a.httpStatus() >= 500) {
      // A token endpoint that is down is not a refusal: try again later.
      resend = Resend.NOT_PROCESSED;
    } else {
      resend = Resend.NEVER;
    }
    return new AttemptFailure(shown, resend, wait, false, null);
  }

  private static ErrorCode documented(Operation<?, ?> operation, int code) {
    for (ErrorCode c : operation.errorCodes()) {
      if (c.code() == code) {
        return c;
      }
    }
    return null;
  }

  private static Resend resend(ErrorCode.Retry retry) {
    return switch (retry) {
      case NEVER -> Resend.NEVER;
      case BACKOFF -> Resend.IF_SAFE;
      case REFRESH_TOKEN -> Resend.REFRESH_TOKEN;
    };
  }
}
