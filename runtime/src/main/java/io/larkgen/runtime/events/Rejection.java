package io.larkgen.runtime.events;

/**
 * Why a request was refused before any handler saw it, with the HTTP status it is answered
 * with. Feishu treats every answer other than 200 as a failed delivery and tries again later.
 */
public enum Rejection {
  /** An Encrypt Key is configured but the request has no {@code X-Lark-Signature}. */
  MISSING_SIGNATURE(401),
  /** {@code X-Lark-Signature} does not match timestamp, nonce, Encrypt Key and body. */
  BAD_SIGNATURE(401),
  /**
   * {@code X-Lark-Request-Timestamp} is missing, not a number, or further from now than the
   * replay window (a replayed or badly delayed request).
   */
  STALE_TIMESTAMP(401),
  /** The event's Verification Token is missing or not the configured one. */
  BAD_TOKEN(401),
  /** The body is encrypted but no Encrypt Key is configured. */
  NO_ENCRYPT_KEY(400),
  /** The {@code encrypt} field does not decrypt with the Encrypt Key. */
  BAD_CIPHERTEXT(400),
  /** The body (or the decrypted text) is not a JSON object. */
  MALFORMED_JSON(400),
  /**
   * The JSON is not an event: no 2.0 {@code header} nor 1.0 {@code event}, no event id or type,
   * or a body the event type's reader refuses.
   */
  MALFORMED_EVENT(400);

  private final int status;

  Rejection(int status) {
    this.status = status;
  }

  /**
   * The HTTP status the request is answered with.
   *
   * @return the status, e.g. 400 or 401
   */
  public int status() {
    return status;
  }
}
