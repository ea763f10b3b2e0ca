package io.larkgen.benchmarks.coldstart;

import io.larkgen.benchmarks.export.TransportFloorExport;
import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Child;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.SandboxProcess;
import io.larkgen.benchmarks.harness.Stats;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold start: the time from launching a JVM to the first page of interviews in hand, for a tiny
 * main per client, each on its own runtime closure; and the size of that closure. Runs are
 * interleaved (Larkgen, SDK, floor, Larkgen, …) against one sandbox process so drift hits all
 * alike. The floor, {@link TransportFloorFirstPage}, makes the same two requests on a bare
 * {@code java.net.http} client and only tokenizes the answers.
 *
 * <p>Options: {@code --sandbox-cp --larkgen-cp --sdk-cp --reps --out --logs}.
 */
public final class ColdStartBench {
  /** The peer that logs in and fetches the page on a bare {@code java.net.http} client. */
  static final String FLOOR = TransportFloorExport.PEER;

  /** The line each first-page main prints when it holds the page. */
  public static final String MARKER = "first-page";

  private ColdStartBench() {}

  /**
   * One peer's figures.
   *
   * @param medianSeconds median time to first page
   * @param minSeconds fastest run
   * @param runs every run's time to first page
   * @param closureMegabytes sum of the closure's jar sizes, MiB
   * @param closureJars the jars counted
   */
  public record Peer(
      double medianSeconds, double minSeconds, List<Double> runs, double closureMegabytes,
      List<String> closureJars) {}

  /** Runs the benchmark. */
  public static void main(String[] argv) throws Exception {
    Args args = Args.parse(argv);
    int reps = (int) args.getLong("reps", 5);
    Path logs = Path.of(args.get("logs"));
    Files.createDirectories(logs);
    Map<String, String> classpaths = new LinkedHashMap<>();
    Map<String, String> mains = new LinkedHashMap<>();
    classpaths.put("larkgen", args.get("larkgen-cp"));
    mains.put("larkgen", "io.larkgen.benchmarks.coldstart.LarkgenFirstPage");
    classpaths.put("official_sdk", args.get("sdk-cp"));
    mains.put("official_sdk", OfficialSdkFirstPage.class.getName());
    classpaths.put(FLOOR, floorClasspath(args.get("larkgen-cp")));
    mains.put(FLOOR, TransportFloorFirstPage.class.getName());

    Map<String, List<Double>> times = new LinkedHashMap<>();
    classpaths.keySet().forEach(k -> times.put(k, new ArrayList<>()));
    try (SandboxProcess sandbox = SandboxProcess.start(
        args.get("sandbox-cp"), "512m", 1_000, false, logs.resolve("coldstart-sandbox.log"))) {
      // One untimed run each warms the sandbox, so the first timed run does not pay for it.
      for (int rep = -1; rep < reps; rep++) {
        for (String peer : classpaths.keySet()) {
          Child.Result r = Child.run(
              List.of(Child.javaExecutable(), "-cp", classpaths.get(peer), mains.get(peer),
                  sandbox.baseUrl(), sandbox.appId(), sandbox.appSecret()),
              logs.resolve("coldstart-" + peer + ".log"),
              line -> line.startsWith(MARKER), Duration.ofMinutes(2));
          if (r.exitCode() != 0 || r.markSeconds() < 0) {
            throw new IllegalStateException(peer + " failed (exit " + r.exitCode() + "); see "
                + logs.resolve("coldstart-" + peer + ".log"));
          }
          if (rep >= 0) {
            times.get(peer).add(r.markSeconds());
          }
        }
      }
    }
    Map<String, Peer> result = new LinkedHashMap<>();
    for (String peer : classpaths.keySet()) {
      List<String> jars = jars(classpaths.get(peer));
      long bytes = 0;
      for (String jar : jars) {
        bytes += Files.size(Path.of(jar));
      }
      List<String> names = jars.stream().map(j -> Path.of(j).getFileName().toString()).toList();
      result.put(peer, new Peer(Stats.median(times.get(peer)), Stats.min(times.get(peer)),
          times.get(peer), bytes / (1024.0 * 1024.0), names));
    }
    Results.write(Path.of(args.get("out")), result);
  }

  /**
   * The floor's class path: the directories of {@code larkgenClasspath} (the benchmark mains)
   * and its jackson-core jar, all that {@link TransportFloorFirstPage} needs.
   */
  static String floorClasspath(String larkgenClasspath) {
    List<String> entries = new ArrayList<>();
    for (String entry : larkgenClasspath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (!entry.endsWith(".jar") || name.startsWith("jackson-core-")) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The jar entries of a class path (directories hold only the tiny benchmark mains). */
  static List<String> jars(String classpath) {
    List<String> jars = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        jars.add(entry);
      }
    }
    return jars;
  }
}
