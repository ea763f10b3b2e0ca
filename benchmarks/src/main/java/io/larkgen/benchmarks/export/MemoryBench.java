package io.larkgen.benchmarks.export;

import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Child;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.SandboxProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory: Larkgen's {@code hire-export} exports a large data set (1,000,000 interviews by
 * default) from a sandbox process with the client JVM capped at {@code -Xmx64m}. It must
 * finish with every interview written, and its heap must stay flat: the GC log's heap after
 * collection late in the run is compared with the same figure early in the run.
 *
 * <p>Options: {@code --sandbox-cp --samples-jar --interviews --heap --sandbox-heap --work --logs
 * --out}, optionally {@code --larkgen-args}.
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
    Path work = Files.createDirectories(Path.of(args.get("work")));
    Path logs = Files.createDirectories(Path.of(args.get("logs")));
    Path out = work.resolve("memory-export.jsonl");
    Path gcLog = logs.resolve("memory-gc.log");
    Files.deleteIfExists(out);
    Files.deleteIfExists(gcLog);
    Result result;
    try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"),
        args.get("sandbox-heap", "6g"), interviews, false, logs.resolve("memory-sandbox.log"))) {
      List<String> command = new ArrayList<>(List.of(Child.javaExecutable(), "-Xmx" + heap,
          "-Xlog:gc:file=" + gcLog, "-jar", args.get("samples-jar"), "--out", out.toString()));
      String extra = args.get("larkgen-args", "").trim();
      if (!extra.isEmpty()) {
        command.addAll(Arrays.asList(extra.split("\\s+")));
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put("FEISHU_APP_ID", sandbox.appId());
      env.put("FEISHU_APP_SECRET", sandbox.appSecret());
      env.put("FEISHU_BASE_URL", sandbox.baseUrl());
      Child.Result run = Child.run(command, env, logs.resolve("memory-export.log"), line -> false,
          Duration.ofMinutes(30));
      ExportFile.Counts counts = Files.exists(out)
          ? ExportFile.count(out) : new ExportFile.Counts(0, 0);
      result = new Result(interviews, counts.interviews(), counts.records(), heap,
          run.exitCode(), run.wallSeconds(), run.cpuSeconds(),
          GcLog.summarize(GcLog.read(gcLog)));
    } finally {
      Files.deleteIfExists(out);
    }
    Results.write(Path.of(args.get("out")), result);
    if (result.exitCode() != 0 || result.exported() != interviews) {
      System.err.printf("export under -Xmx%s wrote %d of %d interviews (exit %d)%n", heap,
          result.exported(), interviews, result.exitCode());
      System.exit(1);
    }
  }
}
