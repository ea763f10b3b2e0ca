package io.larkgen.runtime.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A {@link ClientProcess} in a JVM of its own, with the test's class path. */
final class ChildJvm implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Process process;
  private final Path log;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final CompletableFuture<Void> first = new CompletableFuture<>();
  private final CompletableFuture<JsonNode> result = new CompletableFuture<>();

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
    Thread reader = new Thread(this::read, "child-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@link ClientProcess} with {@code args}; its standard error goes to {@code log}. */
  static ChildJvm start(Path log, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"),
        ClientProcess.class.getName()));
    command.addAll(args);
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
        .start();
    return new ChildJvm(process, log);
  }

  private void read() {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("ready")) {
          ready.complete(null);
        } else if (line.equals("first")) {
          first.complete(null);
        } else if (line.startsWith("{")) {
          result.complete(MAPPER.readTree(line));
        }
      }
      ready.complete(null);
      first.complete(null);
      result.completeExceptionally(new IllegalStateException(
          "child " + process.pid() + " printed no result; see " + log));
    } catch (IOException e) {
      result.completeExceptionally(e);
    }
  }

  /** Waits until the child had its first answer (or ended), at most {@code seconds}. */
  void awaitFirstAnswer(long seconds) throws Exception {
    first.get(seconds, TimeUnit.SECONDS);
  }

  /** Waits until the child built its client (or ended), at most {@code seconds}. */
  void awaitReady(long seconds) throws Exception {
    ready.get(seconds, TimeUnit.SECONDS);
  }

  /** Lets the child begin calling. */
  void go() {
    tell("go");
  }

  /** Asks the child to stop after its current call. */
  void stop() {
    tell("stop");
  }

  private void tell(String word) {
    try {
      Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      in.write(word + "\n");
      in.flush();
    } catch (IOException e) {
      // it has ended already
    }
  }

  /** Its result line, once it ended, waiting at most {@code seconds}. */
  JsonNode result(long seconds) throws Exception {
    JsonNode node = result.get(seconds, TimeUnit.SECONDS);
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new IllegalStateException("child " + process.pid() + " did not exit; see " + log);
    }
    return node;
  }

  long pid() {
    return process.pid();
  }

  int exitValue() {
    return process.exitValue();
  }

  /** {@code kill -9}. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
