package io.larkgen.samples.export;

/** The backends {@code hire-export} can run against. */
final class Backends {
  private Backends() {}

  /** Chooses the sandbox or Feishu from the environment. */
  static final Backend.Factory DEFAULT =
      (env, sandbox) -> {
        throw new ExportFailure(ExitCodes.FAILED, "this build has no Hire client");
      };
}
