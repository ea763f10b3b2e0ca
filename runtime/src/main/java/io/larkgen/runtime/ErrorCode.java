package io.larkgen.runtime;

import java.util.Objects;

/**
 * One Feishu error code as the spec documents it for an operation ({@code x-lark-error-codes})
 * or for every operation ({@code x-lark-common-error-codes}). The same code can mean different
 * things on different operations, so each operation carries its own list.
 *
 * @param code the envelope's {@code code}
 * @param httpStatus the HTTP status Feishu documents with it
 * @param msg the documented {@code msg}
 * @param description what it means and what to do
 * @param retry whether and how a client may retry
 */
public record ErrorCode(int code, int httpStatus, String msg, String description, Retry retry) {

  /**
   * Checks that the texts and the retry class are given.
   *
   * @param code the envelope's {@code code}
   * @param httpStatus the HTTP status Feishu documents with it
   * @param msg the documented {@code msg}
   * @param description what it means and what to do
   * @param retry whether and how a client may retry
   */
  public ErrorCode {
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(retry, "retry");
  }

  /** The retry class of a code (the spec's {@code retry}). */
  public enum Retry {
    /** Retrying the same request cannot help. */
    NEVER,
    /** Transient: retry after a backoff (for writes, only when it is safe). */
    BACKOFF,
    /** The access token was rejected: refresh it and retry once. */
    REFRESH_TOKEN
  }
}
