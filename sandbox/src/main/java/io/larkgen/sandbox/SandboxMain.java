package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs a sandbox standalone, e.g. for benchmarks in a separate process. Prints one JSON line
 * ({@code baseUrl}, {@code appId}, {@code appSecret}, {@code interviews}, {@code seed}) on
 * stdout once it listens, then serves until killed.
 */
@Command(name = "feishu-sandbox", mixinStandardHelpOptions = true,
    description = "Runs the embedded Feishu sandbox standalone.")
public final class SandboxMain implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", description = "Port to listen on (0: a free port). Default ${DEFAULT-VALUE}.")
  int port = 0;

  @Option(names = "--interviews", description = "Interviews in the data set. Default ${DEFAULT-VALUE}.")
  int interviews = 5_000;

  @Option(names = "--seed", description = "Seed of the data set. Default ${DEFAULT-VALUE}.")
  long seed = 42L;

  @Option(names = "--no-rate-limits", description = "Do not enforce the documented rate limits.")
  boolean noRateLimits;

  @Option(names = "--spec", paramLabel = "FILE",
      description = "An OpenAPI spec file to serve instead of the shipped Hire specs; repeatable"
          + " (the first one's interview enums shape the interview data set).")
  List<Path> specFiles = new ArrayList<>();

  @Option(names = "--fault-rate", description = "Probability of a random fault per request. Default ${DEFAULT-VALUE}.")
  double faultRate = 0;

  /** Command-line entry point. */
  public static void main(String[] args) {
    int exit = new CommandLine(new SandboxMain()).execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    FaultPlan faults = faultRate > 0 ? FaultPlan.builder().rate(faultRate).build() : FaultPlan.none();
    FeishuSandbox.Builder builder = FeishuSandbox.builder()
        .port(port).interviews(interviews).seed(seed).rateLimits(!noRateLimits).faults(faults);
    if (!specFiles.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (Path file : specFiles) {
        String name = file.toAbsolutePath().normalize().toString();
        try {
          SpecModel.register(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new ParameterException(spec.commandLine(),
              "--spec: cannot read " + file + " (" + e.getMessage() + ")");
        } catch (IllegalStateException e) {
          throw new ParameterException(spec.commandLine(), "--spec: " + e.getMessage());
        }
        names.add(name);
      }
      builder.specs(names.toArray(String[]::new));
    }
    FeishuSandbox sandbox = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "feishu-sandbox-shutdown"));
    ObjectNode line = Json.object();
    line.put("baseUrl", sandbox.baseUrl());
    line.put("appId", sandbox.appId());
    line.put("appSecret", sandbox.appSecret());
    line.put("interviews", sandbox.dataset().interviewCount());
    line.put("seed", seed);
    System.out.println(Json.string(line));
    System.out.flush();
    stopped.await();
    return 0;
  }
}
