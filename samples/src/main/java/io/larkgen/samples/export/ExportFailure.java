package io.larkgen.samples.export;

/**
 * A failure the user can act on: its message is printed as is (no stack trace) and the process
 * exits with {@link #exitCode()}.
 */
public final class ExportFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure with a message for the user and one of the {@link ExitCodes}. */
  public ExportFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The same, keeping the cause for debugging (it is never printed by default). */
  public ExportFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** One of the {@link ExitCodes}. */
  public int exitCode() {
    return exitCode;
  }
}
