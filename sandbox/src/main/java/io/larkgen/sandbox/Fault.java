package io.larkgen.sandbox;

/** The kinds of fault a {@link FaultPlan} can inject into the sandbox's answers. */
public enum Fault {
  /** HTTP 500 with Feishu's system-error envelope (code 1002001). */
  HTTP_500,
  /** HTTP 502 with the HTML page a gateway sends when the service behind it fails. */
  HTTP_502,
  /** HTTP 503 with a JSON envelope (code 1002001, "service unavailable"). */
  HTTP_503,
  /** HTTP 429 with code 99991400 and the {@code x-ogw-ratelimit-*} headers. */
  HTTP_429,
  /** The normal answer, after {@link FaultPlan#slowDelay()}. */
  SLOW,
  /** The body cut mid-JSON; Content-Length is the length of the cut body. */
  TRUNCATED_BODY,
  /** Content-Length of the full body, then the connection closes mid-body. */
  TRUNCATED_CONNECTION_CLOSED,
  /**
   * The connection closes before any byte of the answer. Note that java.net.http retries an
   * idempotent request once by itself in that case (the retry is the next request number);
   * schedule two in a row to make the caller see the failure.
   */
  CONNECTION_RESET,
  /**
   * A page answer whose next {@code page_token} equals the request's page token (applies only
   * to requests carrying a page token whose answer has more pages; otherwise it waits for one).
   */
  REPEATED_PAGE_TOKEN,
  /** Every token issued so far is revoked before the request is handled. */
  REVOKE_TOKENS
}
