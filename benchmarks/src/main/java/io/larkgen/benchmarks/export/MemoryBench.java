package io.larkgen.benchmarks.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Child;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.SandboxProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Memory: the Larkgen export loop ({@link LarkgenExport}, client limiter off) exports a large
 * data set (1,000,000 interviews by default) from a sandbox process with the client JVM capped
 * at {@code -Xmx64m}. It must finish with every interview written, and its heap must stay flat:
 * the GC log's heap after collection late in the run is compared with the same figure early in
 * the run. The lines go to {@code /dev/null} (a million interviews with their records are tens
 * of GB of JSON); they are still fully encoded, and the loop counts them.
 *
 * <p>The {@code hire-export} sample is not used here because its client always paces requests
 * at the documented limits (10 interview_records calls per second), which makes a million
 * interviews an hour-long run.
 *
 * <p>Options: {@code --sandbox-cp --larkgen-cp --interviews --heap --sandbox-heap --logs --out}.
 */
public final class MemoryBench {
  private MemoryBench() {}

  /**
   * The result.
   *
   * @param interviews interviews the sandbox held
   * @param exported interviews in the output file
   * @param records interview records in the output file
   * @param heap the client's {@code -Xmx}
   * @param exitCode the client's exit code
   * @param wallSeconds the export's wall time
   * @param cpuSeconds the client's CPU time
   * @param gc what the GC log says
   */
  public record Result(
      long interviews, long exported, long records, String heap, int exitCode,
      double wallSeconds, double cpuSeconds, GcLog.Summary gc) {}

  /** Runs the export and writes the result. */
  public static void main(String[] argv) throws Exception {
    Args args = Args.parse(argv);
    long interviews = args.getLong("interviews", 1_000_000);
    String heap = args.get("heap", "64m");
    Path logs = Files.createDirectories(Path.of(args.get("logs")));
    Path gcLog = logs.resolve("memory-gc.log");
    Files.deleteIfExists(gcLog);
    Result result;
    try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"),
        args.get("sandbox-heap", "6g"), interviews, false, logs.resolve("memory-sandbox.log"))) {
      List<String> command = List.of(Child.javaExecutable(), "-Xmx" + heap,
          "-Xlog:gc:file=" + gcLog, "-cp", args.get("larkgen-cp"), LarkgenExport.class.getName(),
          sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret(), "/dev/null");
      Child.Result run = Child.run(command, logs.resolve("memory-export.log"), line -> false,
          Duration.ofMinutes(60));
      long exported = 0;
      long records = 0;
      if (run.lastJsonLine() != null) {
        JsonNode summary = Results.MAPPER.readTree(run.lastJsonLine());
        exported = summary.path("interviews").asLong();
        records = summary.path("records").asLong();
      }
      result = new Result(interviews, exported, records, heap, run.exitCode(),
          run.wallSeconds(), run.cpuSeconds(), GcLog.summarize(GcLog.read(gcLog)));
    }
    Results.write(Path.of(args.get("out")), result);
    if (result.exitCode() != 0 || result.exported() != interviews) {
      System.err.printf("export under -Xmx%s wrote %d of %d interviews (exit %d)%n", heap,
          result.exported(), interviews, result.exitCode());
      System.exit(1);
    }
  }
}
