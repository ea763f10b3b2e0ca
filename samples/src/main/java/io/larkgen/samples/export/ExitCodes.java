package io.larkgen.samples.export;

/** Process exit codes of {@code hire-export}; the same list is printed by {@code --help}. */
public final class ExitCodes {
  /** Every interview in the range was exported; the checkpoint is gone. */
  public static final int OK = 0;
  /** An unexpected failure (a bug): the message says what happened. */
  public static final int FAILED = 1;
  /** Bad arguments: unknown option, unparsable or empty time range, a request the client rejects. */
  public static final int USAGE = 2;
  /** The output file (or its checkpoint) cannot be written. */
  public static final int OUTPUT = 3;
  /** A checkpoint exists for a different export, or does not match the output file. */
  public static final int CHECKPOINT = 4;
  /** Feishu refused the app's credentials. */
  public static final int AUTH = 5;
  /** The app lacks a scope the export needs. */
  public static final int PERMISSION = 6;
  /** Feishu kept failing (server errors, rate limits, transport) after the client's retries. */
  public static final int API = 7;
  /** Another run is writing the same output (it holds {@code <out>.lock}). */
  public static final int LOCKED = 8;
  /**
   * The Redis of {@code --redis} cannot be reached or fails; the checkpoint, if any, is kept and
   * the same command resumes once it answers.
   */
  public static final int REDIS = 9;
  /** The export was interrupted; rerunning the same command resumes it. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
