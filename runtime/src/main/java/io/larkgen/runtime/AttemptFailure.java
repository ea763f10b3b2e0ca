package io.larkgen.runtime;

import io.larkgen.runtime.auth.AccessToken;
import io.larkgen.runtime.error.LarkException;
import java.time.Duration;

/**
 * One failed attempt of a call: the exception the caller gets if nothing more is tried, and what
 * the failure says about sending the request again. {@link RetryHandler} decides; {@link
 * ResponseHandler} and the call's send step classify.
 */
final class AttemptFailure extends Exception {
  private static final long serialVersionUID = 1L;

  /** What a failure allows, from the request's point of view. */
  enum Resend {
    /** Sending it again cannot help (a refusal, an oversized answer, an interrupt). */
    NEVER,
    /**
     * The server certainly did not process the request (throttled, connection refused, the
     * token could not be had): any method may be sent again.
     */
    NOT_PROCESSED,
    /**
     * The server may have processed it (5xx, a timeout or a broken answer after the request
     * went out): only a request that is safe to repeat (idempotent method or idempotency key).
     */
    IF_SAFE,
    /** The access token was rejected: refresh it and send once more. */
    REFRESH_TOKEN
  }

  private final transient LarkException failure;
  private final Resend resend;
  private final transient Duration serverWait;
  private final boolean bodySent;
  private final transient AccessToken rejectedToken;

  AttemptFailure(LarkException failure, Resend resend, Duration serverWait, boolean bodySent,
      AccessToken rejectedToken) {
    super(null, null, false, false);
    this.failure = failure;
    this.resend = resend;
    this.serverWait = serverWait;
    this.bodySent = bodySent;
    this.rejectedToken = rejectedToken;
  }

  /** A failure after the request was sent. */
  static AttemptFailure sent(LarkException failure, Resend resend) {
    return new AttemptFailure(failure, resend, null, true, null);
  }

  /** What the caller gets when the call ends here. */
  LarkException failure() {
    return failure;
  }

  Resend resend() {
    return resend;
  }

  /** How long the server asked to wait ({@code x-ogw-ratelimit-reset}), or null. */
  Duration serverWait() {
    return serverWait;
  }

  /** Whether the request body may have been read (a one-shot body cannot be sent again). */
  boolean bodySent() {
    return bodySent;
  }

  /** The tenant token Feishu rejected, for {@link Resend#REFRESH_TOKEN}; null otherwise. */
  AccessToken rejectedToken() {
    return rejectedToken;
  }
}
