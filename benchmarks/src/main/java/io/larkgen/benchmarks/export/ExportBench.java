package io.larkgen.benchmarks.export;

import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Child;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.SandboxProcess;
import io.larkgen.benchmarks.harness.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export throughput, each client in its own JVM against the sandbox in another
 * ({@code SandboxMain}):
 *
 * <ol>
 *   <li>limits off: Larkgen's {@code hire-export} sample and {@link OfficialSdkExport} export
 *       the same data set, alternately, {@code --reps} times each after one discarded warm-up
 *       run; interviews + records per second and client CPU seconds;
 *   <li>limits on: the sandbox enforces the documented limits; wall time is compared with the
 *       ceiling those limits allow ({@code max(requests_e / rate_e)} over the endpoints), and
 *       429 answers are counted.
 * </ol>
 *
 * <p>Options: {@code --sandbox-cp --samples-jar --sdk-cp --interviews --limited-interviews
 * --reps --sandbox-heap --work --logs --out} and optionally {@code --larkgen-args} (extra
 * arguments for the sample, space separated).
 */
public final class ExportBench {
  /** Documented limit of {@code GET /hire/v1/interviews} (spec: x-lark-rate-limit). */
  static final int INTERVIEWS_PER_SECOND = 50;

  /** Documented limit of {@code GET /hire/v1/interview_records} (spec: x-lark-rate-limit). */
  static final int RECORDS_PER_SECOND = 10;

  private final Args args;
  private final Path work;
  private final Path logs;

  private ExportBench(Args args) throws IOException {
    this.args = args;
    this.work = Files.createDirectories(Path.of(args.get("work")));
    this.logs = Files.createDirectories(Path.of(args.get("logs")));
  }

  /**
   * One export run.
   *
   * @param peer {@code larkgen} or {@code official_sdk}
   * @param interviews interviews in the output file
   * @param records interview records in the output file
   * @param wallSeconds process start to exit
   * @param cpuSeconds the client process's user + system CPU
   * @param itemsPerSecond (interviews + records) / wall seconds
   * @param summary the last JSON line the client printed, if any
   */
  public record Run(
      String peer, long interviews, long records, double wallSeconds, double cpuSeconds,
      double itemsPerSecond, String summary) {}

  /**
   * Median figures of one peer.
   *
   * @param runs every measured run
   */
  public record Peer(
      double medianItemsPerSecond, double medianWallSeconds, double medianCpuSeconds,
      long interviews, long records, List<Run> runs) {}

  /**
   * The limits-on run of one peer.
   *
   * @param ceilingSeconds fastest time the documented limits allow for the requests made
   * @param ceilingPercent ceiling / wall time, in percent
   * @param interviewRequests interviews calls made, counted by the SDK loop or the sandbox
   * @param recordRequests interview_records calls made
   * @param rateLimited 429 / 99991400 answers seen
   */
  public record Limited(
      Run run, double ceilingSeconds, double ceilingPercent, Integer interviewRequests,
      Integer recordRequests, Integer rateLimited) {}

  /** Runs both parts and writes the result file. */
  public static void main(String[] argv) throws Exception {
    new ExportBench(Args.parse(argv)).run();
  }

  private void run() throws Exception {
    int reps = (int) args.getLong("reps", 2);
    long interviews = args.getLong("interviews", 20_000);
    long limitedInterviews = args.getLong("limited-interviews", 2_000);
    String heap = args.get("sandbox-heap", "2g");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("interviews", interviews);
    result.put("limitedInterviews", limitedInterviews);

    Map<String, List<Run>> runs = new LinkedHashMap<>();
    runs.put("larkgen", new ArrayList<>());
    runs.put("official_sdk", new ArrayList<>());
    try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"), heap, interviews,
        false, logs.resolve("export-sandbox.log"))) {
      export("official_sdk", sandbox, "warm-up");
      for (int rep = 0; rep < reps; rep++) {
        for (String peer : runs.keySet()) {
          runs.get(peer).add(export(peer, sandbox, "rep" + rep));
        }
      }
    }
    Map<String, Peer> unlimited = new LinkedHashMap<>();
    runs.forEach((peer, list) -> unlimited.put(peer, new Peer(
        Stats.median(list.stream().map(Run::itemsPerSecond).toList()),
        Stats.median(list.stream().map(Run::wallSeconds).toList()),
        Stats.median(list.stream().map(Run::cpuSeconds).toList()),
        list.get(0).interviews(), list.get(0).records(), list)));
    result.put("unlimited", unlimited);

    Map<String, Limited> limited = new LinkedHashMap<>();
    for (String peer : runs.keySet()) {
      try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"), heap,
          limitedInterviews, true, logs.resolve("export-limited-sandbox.log"))) {
        Run run = export(peer, sandbox, "limited");
        limited.put(peer, limited(run));
      }
    }
    result.put("limited", limited);
    Results.write(Path.of(args.get("out")), result);
  }

  private Limited limited(Run run) throws IOException {
    Integer interviewCalls = null;
    Integer recordCalls = null;
    Integer rateLimited = null;
    if (run.summary() != null) {
      var node = Results.MAPPER.readTree(run.summary());
      if (node.has("interview_requests")) {
        interviewCalls = node.get("interview_requests").asInt();
        recordCalls = node.get("record_requests").asInt();
      }
      if (node.has("rate_limited")) {
        rateLimited = node.get("rate_limited").asInt();
      }
    }
    if (interviewCalls == null) {
      // Without the client's own counts: one interviews call per page of 100 and one records
      // call per 100 records, the least any exporter can make.
      interviewCalls = (int) Math.max(1, (run.interviews() + 99) / 100);
      recordCalls = (int) ((run.records() + 99) / 100);
    }
    double ceiling = Math.max(interviewCalls / (double) INTERVIEWS_PER_SECOND,
        recordCalls / (double) RECORDS_PER_SECOND);
    return new Limited(run, ceiling, 100.0 * ceiling / run.wallSeconds(), interviewCalls,
        recordCalls, rateLimited);
  }

  private Run export(String peer, SandboxProcess sandbox, String label) throws Exception {
    Path out = work.resolve("export-" + peer + "-" + label + ".jsonl");
    Files.deleteIfExists(out);
    List<String> command = new ArrayList<>();
    command.add(Child.javaExecutable());
    Map<String, String> env = new LinkedHashMap<>();
    if (peer.equals("larkgen")) {
      command.addAll(List.of("-jar", args.get("samples-jar"), "--out", out.toString()));
      String extra = args.get("larkgen-args", "").trim();
      if (!extra.isEmpty()) {
        command.addAll(Arrays.asList(extra.split("\\s+")));
      }
      env.put("FEISHU_APP_ID", sandbox.appId());
      env.put("FEISHU_APP_SECRET", sandbox.appSecret());
      env.put("FEISHU_BASE_URL", sandbox.baseUrl());
    } else {
      command.addAll(List.of("-cp", args.get("sdk-cp"), OfficialSdkExport.class.getName(),
          sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret(), out.toString()));
    }
    Child.Result r = Child.run(command, env, logs.resolve("export-" + peer + ".log"),
        line -> false, Duration.ofMinutes(20));
    if (r.exitCode() != 0) {
      throw new IllegalStateException(peer + " export failed (exit " + r.exitCode() + "); see "
          + logs.resolve("export-" + peer + ".log"));
    }
    ExportFile.Counts counts = ExportFile.count(out);
    Files.deleteIfExists(out);
    return new Run(peer, counts.interviews(), counts.records(), r.wallSeconds(),
        r.cpuSeconds(), (counts.interviews() + counts.records()) / r.wallSeconds(),
        r.lastJsonLine());
  }
}
