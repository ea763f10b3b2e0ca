package io.larkgen.runtime.error;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A connect, read or overall timeout elapsed. {@link #kind()} says which. */
public class LarkTimeoutException extends LarkTransportException {
  private static final long serialVersionUID = 1L;

  /** Which timeout elapsed. */
  public enum Kind {
    /** The TCP/TLS connection was not established in time. */
    CONNECT,
    /** One attempt's response (headers and body) did not arrive in time. */
    READ,
    /** The whole call, including retries and waits, ran out of time. */
    OVERALL
  }

  /** Which timeout elapsed. */
  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param operationId the operation being called
   * @param kind which timeout elapsed
   * @param detail what was going on
   * @param cause the underlying timeout, or null
   */
  public LarkTimeoutException(String operationId, Kind kind, String detail, @Nullable Throwable cause) {
    super(operationId, kind.name().toLowerCase(Locale.ROOT) + " timeout: " + detail, 0,
        null, cause);
    this.kind = kind;
  }

  /**
   * Which timeout elapsed.
   *
   * @return the kind of timeout
   */
  public Kind kind() {
    return kind;
  }
}
