package io.larkgen.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox running in its own JVM ({@code io.larkgen.sandbox.SandboxMain}), so that a
 * measured client shares the machine with it but not its heap, JIT or GC. The sandbox prints
 * one JSON line ({@code baseUrl}, {@code appId}, {@code appSecret}, …) when it listens;
 * everything after goes to a log.
 */
public final class SandboxProcess implements AutoCloseable {
  /** The sandbox's command-line entry point. */
  public static final String MAIN = "io.larkgen.sandbox.SandboxMain";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final String baseUrl;
  private final String appId;
  private final String appSecret;

  private SandboxProcess(Process process, JsonNode hello) {
    this.process = process;
    this.baseUrl = text(hello, "baseUrl");
    this.appId = text(hello, "appId");
    this.appSecret = text(hello, "appSecret");
  }

  /**
   * Starts a sandbox with {@code interviews} interviews (seed 42) on a free loopback port.
   *
   * @param classpath the sandbox module's runtime class path
   * @param heap e.g. {@code 2g}; the sandbox holds its data set in memory
   * @param rateLimits whether the sandbox enforces Feishu's documented limits
   * @param log file receiving the sandbox's output after the first line
   */
  public static SandboxProcess start(
      String classpath, String heap, long interviews, boolean rateLimits, Path log)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Child.javaExecutable(), "-Xmx" + heap, "-cp", classpath, MAIN,
        "--port", "0", "--interviews", Long.toString(interviews), "--seed", "42"));
    if (!rateLimits) {
      command.add("--no-rate-limits");
    }
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
    BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    JsonNode hello = null;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("{")) {
        hello = MAPPER.readTree(line);
        break;
      }
      Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.APPEND,
          StandardOpenOption.CREATE);
    }
    if (hello == null) {
      process.destroy();
      throw new IllegalStateException("the sandbox exited without printing its address; see "
          + log);
    }
    drain(out, log);
    return new SandboxProcess(process, hello);
  }

  private static void drain(BufferedReader out, Path log) {
    Thread drainer = new Thread(() -> {
      try (Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
          StandardOpenOption.APPEND, StandardOpenOption.CREATE)) {
        String rest;
        while ((rest = out.readLine()) != null) {
          w.write(rest);
          w.write(System.lineSeparator());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, "sandbox-output");
    drainer.setDaemon(true);
    drainer.start();
  }

  private static String text(JsonNode node, String name) {
    if (!node.hasNonNull(name)) {
      throw new IllegalStateException("the sandbox's first line has no " + name);
    }
    return node.get(name).asText();
  }

  /** The sandbox's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The app id the sandbox accepts. */
  public String appId() {
    return appId;
  }

  /** The app secret the sandbox accepts. */
  public String appSecret() {
    return appSecret;
  }

  /** Stops the sandbox process and waits for it. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
