package io.larkgen.benchmarks.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Child;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.SandboxProcess;
import io.larkgen.benchmarks.harness.Stats;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Export throughput, each client in its own JVM against the sandbox in another
 * ({@code SandboxMain}):
 *
 * <ol>
 *   <li>limits off: {@link LarkgenExport} (client rate limiter off) and {@link OfficialSdkExport}
 *       run the same loop on the same data set, alternately, {@code --reps} times each after
 *       one discarded warm-up run: interviews + records per second and client CPU seconds;
 *       {@link TransportFloorExport}, the same requests with nothing bound or written, runs
 *       between them as the floor;
 *   <li>limits on: the sandbox enforces the documented limits, and three clients export:
 *       the {@code hire-export} sample as shipped, the Larkgen loop with the client's limiter on,
 *       and the SDK loop (which has no limiter and backs off on 429). The export's time is
 *       compared with the ceiling the limits allow, {@code max(requests_e / rate_e)} over the
 *       endpoints, and 429 answers are counted.
 * </ol>
 *
 * <p>Options: {@code --sandbox-cp --larkgen-cp --sdk-cp --samples-jar --interviews
 * --limited-interviews --reps --work --logs --out}, optionally {@code --larkgen-args} (extra
 * arguments for the sample, space separated).
 */
public final class ExportBench {
  /** Documented limit of {@code GET /hire/v1/interviews} (spec: x-lark-rate-limit). */
  static final int INTERVIEWS_PER_SECOND = 50;

  /** Documented limit of {@code GET /hire/v1/interview_records} (spec: x-lark-rate-limit). */
  static final int RECORDS_PER_SECOND = 10;

  /** The peer that only makes the loop's requests and tokenizes the answers. */
  static final String FLOOR = TransportFloorExport.PEER;

  private static final Pattern EXPORTED = Pattern.compile(
      "exported ([\\d,]+) interviews and ([\\d,]+) interview records .* in ([\\d.]+) s");
  private static final Pattern PAGES = Pattern.compile(
      "pages fetched: +([\\d,]+) interview pages, ([\\d,]+) interview_records batches");
  private static final Pattern THROTTLED = Pattern.compile("\\(([\\d,]+) throttled by the server\\)");

  private final Args args;
  private final Path work;
  private final Path logs;
  private int runNumber;

  private ExportBench(Args args) throws IOException {
    this.args = args;
    this.work = Files.createDirectories(Path.of(args.get("work")));
    this.logs = Files.createDirectories(Path.of(args.get("logs")));
  }

  /**
   * One export run.
   *
   * @param peer {@code larkgen}, {@code official_sdk} or {@code hire_export}
   * @param interviews interviews in the output file
   * @param records interview records in the output file
   * @param wallSeconds process start to exit
   * @param exportSeconds the export's own time as the client reported it (no JVM start)
   * @param cpuSeconds the client process's user + system CPU
   * @param itemsPerSecond (interviews + records) / wall seconds
   * @param interviewRequests interviews calls the client reported
   * @param recordRequests interview_records calls the client reported
   * @param rateLimited 429 / 99991400 answers the client reported
   */
  public record Run(
      String peer, long interviews, long records, double wallSeconds, double exportSeconds,
      double cpuSeconds, double itemsPerSecond, long interviewRequests, long recordRequests,
      long rateLimited) {}

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
   * @param ceilingPercent ceiling / export time, in percent
   */
  public record Limited(Run run, double ceilingSeconds, double ceilingPercent) {}

  /** Runs both parts and writes the result file. */
  public static void main(String[] argv) throws Exception {
    new ExportBench(Args.parse(argv)).run();
  }

  private void run() throws Exception {
    int reps = (int) args.getLong("reps", 2);
    long interviews = args.getLong("interviews", 20_000);
    long limitedInterviews = args.getLong("limited-interviews", 6_000);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("interviews", interviews);
    result.put("limitedInterviews", limitedInterviews);

    Map<String, List<Run>> runs = new LinkedHashMap<>();
    runs.put("larkgen", new ArrayList<>());
    runs.put("official_sdk", new ArrayList<>());
    runs.put(FLOOR, new ArrayList<>());
    try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"), "2g", interviews,
        false, logs.resolve("export-sandbox.log"))) {
      export("official_sdk", false, sandbox);
      for (int rep = 0; rep < reps; rep++) {
        for (String peer : runs.keySet()) {
          runs.get(peer).add(export(peer, false, sandbox));
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
    Results.write(Path.of(args.get("out")), result);

    Map<String, Limited> limited = new LinkedHashMap<>();
    for (String peer : List.of("hire_export", "larkgen", "official_sdk")) {
      // A fresh sandbox per client, so no client inherits another's spent budget.
      try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"), "2g",
          limitedInterviews, true, logs.resolve("export-limited-sandbox.log"))) {
        Run run = export(peer, true, sandbox);
        double ceiling = Math.max(run.interviewRequests() / (double) INTERVIEWS_PER_SECOND,
            run.recordRequests() / (double) RECORDS_PER_SECOND);
        limited.put(peer, new Limited(run, ceiling, 100.0 * ceiling / run.exportSeconds()));
      }
    }
    result.put("limited", limited);
    Results.write(Path.of(args.get("out")), result);
  }

  private Run export(String peer, boolean limits, SandboxProcess sandbox) throws Exception {
    int n = ++runNumber;
    Path out = work.resolve("export-" + n + "-" + peer + ".jsonl");
    Path log = logs.resolve("export-" + n + "-" + peer + (limits ? "-limited" : "") + ".log");
    Files.deleteIfExists(out);
    List<String> command = new ArrayList<>(List.of(Child.javaExecutable()));
    Map<String, String> env = new LinkedHashMap<>();
    switch (peer) {
      case "hire_export" -> {
        command.addAll(List.of("-jar", args.get("samples-jar"), "--out", out.toString(),
            "--from", Long.toString(TimeRange.START_MILLIS),
            "--to", Long.toString(TimeRange.END_MILLIS), "--no-resume"));
        String extra = args.get("larkgen-args", "").trim();
        if (!extra.isEmpty()) {
          command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        env.put("FEISHU_APP_ID", sandbox.appId());
        env.put("FEISHU_APP_SECRET", sandbox.appSecret());
        env.put("FEISHU_BASE_URL", sandbox.baseUrl());
      }
      case "larkgen" -> {
        command.addAll(List.of("-cp", args.get("larkgen-cp"), LarkgenExport.class.getName(),
            sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret(), out.toString()));
        if (limits) {
          command.add("--client-rate-limiting");
        }
      }
      case "official_sdk" -> command.addAll(List.of("-cp", args.get("sdk-cp"),
          OfficialSdkExport.class.getName(), sandbox.baseUrl(), sandbox.appId(),
          sandbox.appSecret(), out.toString()));
      case FLOOR -> command.addAll(List.of("-cp", args.get("larkgen-cp"),
          TransportFloorExport.class.getName(), sandbox.baseUrl(), sandbox.appId(),
          sandbox.appSecret(), out.toString()));
      default -> throw new IllegalArgumentException("unknown peer " + peer);
    }
    Child.Result r = Child.run(command, env, log, line -> false, Duration.ofMinutes(20));
    if (r.exitCode() != 0) {
      throw new IllegalStateException(peer + " export failed (exit " + r.exitCode() + "); see "
          + log);
    }
    Reported reported = peer.equals("hire_export")
        ? fromSampleSummary(Files.readString(log)) : fromJson(r.lastJsonLine());
    // The floor writes nothing: what it saw is what it reports.
    ExportFile.Counts counts = peer.equals(FLOOR)
        ? new ExportFile.Counts(reported.interviews, reported.records) : ExportFile.count(out);
    Files.deleteIfExists(out);
    if (reported.interviews != counts.interviews()) {
      throw new IllegalStateException(peer + " reported " + reported.interviews
          + " interviews but wrote " + counts.interviews());
    }
    return new Run(peer, counts.interviews(), counts.records(), r.wallSeconds(),
        reported.seconds, r.cpuSeconds(),
        (counts.interviews() + counts.records()) / r.wallSeconds(), reported.interviewRequests,
        reported.recordRequests, reported.rateLimited);
  }

  /** What a client said about its own run. */
  record Reported(
      long interviews, long records, double seconds, long interviewRequests,
      long recordRequests, long rateLimited) {}

  private static Reported fromJson(String line) throws IOException {
    if (line == null) {
      throw new IllegalStateException("the client printed no summary line");
    }
    JsonNode n = Results.MAPPER.readTree(line);
    return new Reported(n.path("interviews").asLong(), n.path("records").asLong(),
        n.path("seconds").asDouble(),
        n.path("interview_requests").asLong(), n.path("record_requests").asLong(),
        n.path("rate_limited").asLong());
  }

  /** Reads the summary {@code hire-export} prints on standard error. */
  static Reported fromSampleSummary(String stderr) {
    Matcher exported = EXPORTED.matcher(stderr);
    Matcher pages = PAGES.matcher(stderr);
    Matcher throttled = THROTTLED.matcher(stderr);
    if (!exported.find() || !pages.find() || !throttled.find()) {
      throw new IllegalStateException("no hire-export summary found in its output");
    }
    return new Reported(number(exported.group(1)), number(exported.group(2)),
        Double.parseDouble(exported.group(3)),
        number(pages.group(1)), number(pages.group(2)), number(throttled.group(1)));
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
