package io.larkgen.samples.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs {@code hire-export} in this JVM with a given environment and captures stderr. */
final class Cli {
  record Run(int code, String err) {}

  private Cli() {}

  static Run run(Map<String, String> env, Backend.Factory backends, HireExport.WriterHook hook, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    HireExport cmd = new HireExport(env, err, backends, Clock.systemUTC(), () -> false, hook);
    int code = HireExport.execute(cmd, ZoneOffset.UTC, args);
    return new Run(code, bytes.toString(StandardCharsets.UTF_8));
  }

  static Run run(Map<String, String> env, Backend.Factory backends, String... args) {
    return run(env, backends, HireExport.WriterHook.NONE, args);
  }
}
