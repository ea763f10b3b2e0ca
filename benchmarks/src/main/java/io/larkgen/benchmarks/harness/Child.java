package io.larkgen.benchmarks.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs one child process to completion and measures it: wall time and the CPU seconds (user +
 * system, all threads) the kernel charged to it. CPU time is read through {@code bash}'s
 * {@code times} builtin, which reports the children's accounted time after they were reaped, so
 * nothing is lost to sampling.
 */
public final class Child {
  private static final String WRAPPER = "\"$@\"; rc=$?; times > \"$LARKGEN_TIMES\"; exit $rc";

  private Child() {}

  /**
   * What a child did.
   *
   * @param exitCode the child's exit code
   * @param wallSeconds from start until exit
   * @param markSeconds from start until the first output line that matched the mark, or -1
   * @param cpuSeconds user + system CPU seconds of the child
   * @param stdout every line the child printed on standard output
   */
  public record Result(
      int exitCode, double wallSeconds, double markSeconds, double cpuSeconds,
      List<String> stdout) {

    /** The last line of standard output that starts with {@code {}, or null. */
    public String lastJsonLine() {
      for (int i = stdout.size() - 1; i >= 0; i--) {
        if (stdout.get(i).startsWith("{")) {
          return stdout.get(i);
        }
      }
      return null;
    }
  }

  /**
   * Runs {@code command}, sending its standard error to {@code stderrLog}.
   *
   * @param mark the first stdout line matching it sets {@link Result#markSeconds()}
   * @param timeout the child is destroyed when it runs longer
   */
  public static Result run(
      List<String> command, Path stderrLog, Predicate<String> mark, Duration timeout)
      throws IOException, InterruptedException {
    return run(command, Map.of(), stderrLog, mark, timeout);
  }

  /** {@link #run(List, Path, Predicate, Duration)} with extra environment variables. */
  public static Result run(
      List<String> command, Map<String, String> env, Path stderrLog, Predicate<String> mark,
      Duration timeout) throws IOException, InterruptedException {
    Path times = Files.createTempFile("larkgen-times", ".txt");
    List<String> wrapped = new ArrayList<>(List.of("bash", "-c", WRAPPER, "child"));
    wrapped.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(wrapped)
        .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("LARKGEN_TIMES", times.toString());
    long start = System.nanoTime();
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    long markAt = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (markAt < 0 && mark.test(line)) {
          markAt = System.nanoTime();
        }
        lines.add(line);
      }
    }
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out after " + timeout + ": " + command);
    }
    long end = System.nanoTime();
    double cpu = parseChildTimes(Files.readAllLines(times));
    Files.deleteIfExists(times);
    return new Result(process.exitValue(), (end - start) / 1e9,
        markAt < 0 ? -1 : (markAt - start) / 1e9, cpu, lines);
  }

  /**
   * Sums user and system time from the second line of {@code times} output, e.g.
   * {@code 1m2.345s 0m0.678s}.
   */
  static double parseChildTimes(List<String> lines) {
    if (lines.size() < 2) {
      return -1;
    }
    double total = 0;
    for (String part : lines.get(1).trim().split("\\s+")) {
      int m = part.indexOf('m');
      total += Double.parseDouble(part.substring(0, m)) * 60
          + Double.parseDouble(part.substring(m + 1, part.length() - 1));
    }
    return total;
  }

  /** The {@code java} launcher of the running JVM. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
