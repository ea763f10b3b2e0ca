package io.larkgen.runtime.http;

import java.io.IOException;

/**
 * A {@link Transport} refused a response body longer than its limit, either from its {@code
 * Content-Length} before reading or after reading that many bytes.
 */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The largest body accepted, in bytes. */
  private final long limit;

  /**
   * Creates the exception.
   *
   * @param limit the largest body accepted, in bytes
   * @param detail what was seen, e.g. the announced length
   */
  public ResponseTooLargeException(long limit, String detail) {
    super("response body larger than the limit of " + limit + " bytes (" + detail + ")");
    this.limit = limit;
  }

  /**
   * The largest body accepted, in bytes.
   *
   * @return the limit in bytes
   */
  public long limit() {
    return limit;
  }
}
