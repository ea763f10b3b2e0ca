package io.larkgen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.benchmarks.export.TransportFloorExport;
import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.Results;
import io.larkgen.benchmarks.harness.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code docs/BENCHMARKS.md} from the result files of one {@code benchmarks/run.sh} run.
 * Every figure in the document comes from those files; a part that did not run says so, with
 * the reason the script recorded.
 *
 * <p>A summary table of every goal, met or not, follows the run's details; the hand-written
 * notes of earlier measurements ({@code --notes}, benchmarks/NOTES.md) close the document,
 * unchanged.
 *
 * <p>Options: {@code --results DIR --out FILE --mode smoke|full --command "…" --commit SHA
 * --started DATE --elapsed SECONDS [--built true|false] [--notes FILE]}.
 */
public final class Report {
  private static final String[] PEERS = {"larkgen", "officialSdk", "jacksonMap", "jacksonTree",
      "floorStrings", "floor"};
  private static final Map<String, String> PEER_NAMES = Map.of(
      "larkgen", "Larkgen (generated codec)",
      "officialSdk", "Official SDK 2.5.3 (Gson)",
      "jacksonMap", "Jackson untyped → `Map`",
      "jacksonTree", "Jackson untyped → `JsonNode`",
      "floorStrings", "Floor with strings: `nextToken()`, `getText()` of every text value",
      "floor", "Floor: `JsonParser.nextToken()` only");

  /**
   * Bytes of Java per operation that the processor wrote for the 500-operation synthetic spec
   * before the size work (commit {@code 2407d16}: 21,687,642 bytes in 4,257 files); the size
   * goal is half of it.
   */
  static final long BYTES_PER_OPERATION_BEFORE = 43_375;

  private static final String GROWTH = "code generation: marginal cost per operation, "
      + "largest spec step / smallest";

  private static final String COLD_GENERATE = "code generation, cold generate only: "
      + "OpenAPI Generator / Larkgen CPU";
  private static final String COLD_PEAK = "code generation, cold generate only: Larkgen / "
      + "OpenAPI Generator peak memory";
  private static final String COLD_BUILD = "code generation, cold whole build: Larkgen / "
      + "OpenAPI Generator's generate + `javac` CPU";
  private static final String BYTES = "generated Java per synthetic operation / before";
  /** Suffix of the cold goals measured on the imported Hire spec. */
  private static final String HIRE = ", imported Hire spec";
  private static final String COLD_START = "cold start to the first page: Larkgen / official "
      + "SDK";
  private static final String IMPORT = "importer: all doc pages, whole process, CPU";

  /** The floor peer of the export and the cold start. */
  private static final String FLOOR = TransportFloorExport.PEER;

  private static final String[] PARTS = {"decode", "export", "memory", "codegen", "importer",
      "coldstart"};

  private final Path results;
  private final StringBuilder md = new StringBuilder();
  private final List<Goal> goals = new ArrayList<>();

  private Report(Path results) {
    this.results = results;
  }

  /** Writes the report. */
  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    Report report = new Report(Path.of(args.get("results")));
    String started = args.get("started", ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    String notes = args.get("notes", "");
    String text = report.render(args.get("mode"), args.get("command"), args.get("commit", "?"),
        started, args.get("elapsed", "?"), Boolean.parseBoolean(args.get("built", "true")),
        notes.isEmpty() ? null : Path.of(notes));
    Path out = Path.of(args.get("out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  String render(String mode, String command, String commit, String started, String elapsed,
      boolean built, Path notes) throws IOException {
    boolean smoke = mode.equals("smoke");
    line("# Larkgen benchmarks");
    line("");
    if (smoke) {
      line("> **SMOKE RUN.** These figures come from `benchmarks/run.sh --smoke`: tiny sizes,");
      line("> one short JMH iteration, a machine shared with other builds. They show that every");
      line("> part runs end to end; they are **not** measurements to quote. Run the full");
      line("> benchmark (command below) on a quiet machine to replace this file.");
    } else {
      line("Figures from one full run of `benchmarks/run.sh`; every number below was written by");
      line("the script from that run's result files.");
    }
    line("");
    machine(command, commit, started, elapsed);
    int summaryAt = md.length();
    decode();
    export();
    memory();
    codegen();
    coldCodegen();
    coldStart();
    importer();
    harness(built);
    md.insert(summaryAt, summary());
    line("## How it is measured");
    line("");
    line("See [benchmarks/README.md](../benchmarks/README.md) for what each part runs, the");
    line("peers, and how to read the numbers. Raw result files and logs of a run are left in");
    line("`benchmarks/target/bench/`.");
    if (notes != null && Files.exists(notes)) {
      line("");
      line(Files.readString(notes, StandardCharsets.UTF_8).strip());
    }
    return md.toString();
  }

  /** The goals table, from what the parts recorded. */
  private String summary() {
    StringBuilder table = new StringBuilder("## Goals\n\n");
    long met = goals.stream().filter(g -> Boolean.TRUE.equals(g.met())).count();
    long outOfReach = goals.stream()
        .filter(g -> Boolean.FALSE.equals(g.met()) && Boolean.FALSE.equals(g.boundMet())).count();
    table.append(String.format(Locale.ROOT, "%d of %d goals met in this run; each is computed "
        + "in its part below from the same run's result files. Of the %d not met, %d are out of "
        + "reach of their bound.%n%n", met, goals.size(),
        goals.stream().filter(g -> Boolean.FALSE.equals(g.met())).count(), outOfReach));
    table.append("Bound: the same ratio, in the same run, for a bare program made of the parts "
        + "every Larkgen build uses (jackson-core, `java.net.http`, javac) that does only the work "
        + "no client can skip; each part below says which program. Where the bound is out of "
        + "reach, that program misses the target itself, so no client made of those parts can "
        + "meet it.\n\n");
    table.append("| Goal | Target | Measured | | Bound |\n|---|---|---|---|---|\n");
    for (Goal g : goals) {
      table.append("| ").append(g.goal()).append(" | ").append(g.target()).append(" | ")
          .append(g.measured()).append(" | ").append(g.verdict()).append(" | ")
          .append(g.boundColumn()).append(" |\n");
    }
    return table.append('\n').toString();
  }

  private void goal(String goal, String target, double value, String format, boolean met) {
    goals.add(new Goal(goal, target, Double.isNaN(value) ? "–"
        : String.format(Locale.ROOT, format, value), Double.isNaN(value) ? null : met));
  }

  /**
   * A goal with its bound: {@code boundValue} is the bare program's figure (NaN when not
   * measured), {@code boundName} says which program, {@code boundMet} whether it meets the target.
   */
  private void goal(String goal, String target, double value, String format, boolean met,
      double boundValue, String boundName, boolean boundMet) {
    if (Double.isNaN(boundValue)) {
      goal(goal, target, value, format, met);
      return;
    }
    goals.add(new Goal(goal, target, Double.isNaN(value) ? "–"
        : String.format(Locale.ROOT, format, value), Double.isNaN(value) ? null : met,
        String.format(Locale.ROOT, format, boundValue) + " (" + boundName + ")", boundMet));
  }

  /** Records {@code names} as not measured, with the reason the part's status file gives. */
  private void notMeasured(String part, String... goalsAndTargets) throws IOException {
    Path status = results.resolve(part + ".status");
    String why = Files.exists(status) ? Files.readString(status).trim() : "no result file";
    if (why.equals("ok")) {
      why = "no result file";
    }
    for (int i = 0; i < goalsAndTargets.length; i += 2) {
      goals.add(Goal.notMeasured(goalsAndTargets[i], goalsAndTargets[i + 1], why));
    }
  }

  private void machine(String command, String commit, String started, String elapsed)
      throws IOException {
    line("## Run");
    line("");
    line("| | |");
    line("|---|---|");
    line("| Started | " + started + " |");
    line("| Cores | " + Runtime.getRuntime().availableProcessors() + " |");
    line("| Memory | " + totalMemory() + " |");
    line("| CPU | " + cpuModel() + " |");
    line("| JDK | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vm.vendor") + ") |");
    line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
    line("| Commit | `" + commit + "` |");
    line("| Script time | " + elapsed + " s |");
    line("");
    line("Reproduce from the repository root:");
    line("");
    line("```bash");
    line(command);
    line("```");
    line("");
  }

  private void decode() throws IOException {
    line("## 1. Decode: bytes of one 100-item page → objects (JMH)");
    line("");
    DecodeRounds jmh = DecodeRounds.read(results);
    JsonNode first = jmh == null ? null : jmh.settings();
    if (first == null) {
      notRun("decode");
      notMeasured("decode", "decode, both pages: Larkgen / floor time per page", "≤ 1.3×",
          "decode, both pages: Larkgen / official SDK pages per second", "≥ 2×");
      return;
    }
    boolean rounds = jmh.count() > 1;
    line(String.format(Locale.ROOT, "JMH %s, %d fork(s), %d×%s warm-up, %d×%s measurement, "
            + "`-prof gc`; payloads captured from the sandbox (seed 42). Higher ops/s is better.",
        first.path("jmhVersion").asText(), first.path("forks").asInt(),
        first.path("warmupIterations").asInt(), first.path("warmupTime").asText(),
        first.path("measurementIterations").asInt(), first.path("measurementTime").asText())
        + (rounds ? String.format(Locale.ROOT, " %d interleaved rounds, each running every "
            + "peer: ops/s is the median over the rounds, each ratio the median of the rounds' "
            + "ratios.", jmh.count()) : ""));
    line("");
    for (String page : List.of("interviews", "interview_records")) {
      line("### `" + page + "` page (" + payloadSize(page) + ")");
      line("");
      line("| Peer | ops/s | " + (rounds ? "rounds (slowest–fastest)" : "± (99.9 %)")
          + " | µs/op | alloc B/op |");
      line("|---|---:|---:|---:|---:|");
      for (String peer : PEERS) {
        JsonNode b = jmh.any(peer, page);
        if (b == null) {
          line("| " + PEER_NAMES.get(peer) + " | not run | | | |");
          continue;
        }
        double ops = jmh.ops(peer, page);
        List<Double> scores = jmh.scores(peer, page);
        String spread = rounds
            ? num(Collections.min(scores)) + "–" + num(Collections.max(scores)) : error(b);
        line(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %s |", PEER_NAMES.get(peer),
            num(ops), spread, 1e6 / ops, alloc(b)));
      }
      line("");
      double cost = jmh.ratio("floor", "larkgen", page);
      double speedup = jmh.ratio("larkgen", "officialSdk", page);
      if (!Double.isNaN(cost) && !Double.isNaN(speedup)) {
        line(String.format(Locale.ROOT,
            "- Larkgen / floor cost: **%.2f×** the floor's time per page (target ≤ 1.3×: %s)",
            cost, verdict(cost <= 1.3)));
        line(String.format(Locale.ROOT,
            "- Larkgen / official SDK: **%.2f×** the SDK's pages per second (target ≥ 2×: %s)",
            speedup, verdict(speedup >= 2)));
        double stringsCost = jmh.ratio("floor", "floorStrings", page);
        double stringsSpeedup = jmh.ratio("floorStrings", "officialSdk", page);
        if (!Double.isNaN(stringsCost) && !Double.isNaN(stringsSpeedup)) {
          line(String.format(Locale.ROOT, "- Bound: building the strings alone, as every binder "
                  + "to Java objects must, costs %.2f× the floor's time and is %.2f× the SDK's "
                  + "pages per second; Larkgen takes %.2f× the time of the floor with strings",
              stringsCost, stringsSpeedup, jmh.ratio("floorStrings", "larkgen", page)));
        }
        goal("decode, `" + page + "` page: Larkgen / floor time per page", "≤ 1.3×", cost,
            "%.2f×", cost <= 1.3, stringsCost, "floor with strings", stringsCost <= 1.3);
        goal("decode, `" + page + "` page: Larkgen / official SDK pages per second", "≥ 2×",
            speedup, "%.2f×", speedup >= 2, stringsSpeedup, "floor with strings",
            stringsSpeedup >= 2);
      } else {
        line("- Ratios need Larkgen, the official SDK and the floor in the same run.");
        goals.add(Goal.notMeasured("decode, `" + page + "` page", "≤ 1.3× floor, ≥ 2× SDK",
            "a peer missing from the JMH results"));
      }
      line("");
    }
  }

  private void export() throws IOException {
    line("## 2. Export throughput (client and sandbox in separate processes)");
    line("");
    JsonNode e = read("export.json");
    if (e == null) {
      notRun("export");
      notMeasured("export", "export, limits off: Larkgen / official SDK client CPU", "≤ 0.6×",
          "export, limits off: Larkgen / official SDK throughput", "≥ 1×",
          "export, limits on: share of the rate ceiling, answers of 429", "≥ 95 %, zero 429");
      return;
    }
    line(String.format(Locale.ROOT, "Limits off, %s interviews in the sandbox; median of the "
        + "runs, after one discarded warm-up run. Items = interviews + interview records written "
        + "to JSON Lines. CPU = the client process's user + system time.",
        num(e.path("interviews").asDouble())));
    line("");
    line("| Client (same loop) | interviews | records | wall s | items/s | client CPU s | "
        + "items per CPU s |");
    line("|---|---:|---:|---:|---:|---:|---:|");
    JsonNode unlimited = e.path("unlimited");
    for (Map.Entry<String, JsonNode> p : unlimited.properties()) {
      JsonNode v = p.getValue();
      double items = v.path("interviews").asDouble() + v.path("records").asDouble();
      line(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.2f | %s |",
          client(p.getKey()), num(v.path("interviews").asDouble()),
          num(v.path("records").asDouble()), v.path("medianWallSeconds").asDouble(),
          num(v.path("medianItemsPerSecond").asDouble()), v.path("medianCpuSeconds").asDouble(),
          num(items / v.path("medianCpuSeconds").asDouble())));
    }
    if (unlimited.has("larkgen") && unlimited.has("official_sdk")) {
      JsonNode l = unlimited.get("larkgen");
      JsonNode o = unlimited.get("official_sdk");
      line("");
      double throughput =
          l.path("medianItemsPerSecond").asDouble() / o.path("medianItemsPerSecond").asDouble();
      double cpu = l.path("medianCpuSeconds").asDouble() / o.path("medianCpuSeconds").asDouble();
      line(String.format(Locale.ROOT, "Larkgen / official SDK: %.2f× the throughput, %.2f× the "
          + "client CPU (targets ≥ 1× and ≤ 0.6×: %s, %s).", throughput, cpu,
          verdict(throughput >= 1), verdict(cpu <= 0.6)));
      JsonNode f = unlimited.get(FLOOR);
      double floorCpu = f == null ? Double.NaN
          : f.path("medianCpuSeconds").asDouble() / o.path("medianCpuSeconds").asDouble();
      double floorThroughput = f == null ? Double.NaN
          : f.path("medianItemsPerSecond").asDouble() / o.path("medianItemsPerSecond").asDouble();
      if (f != null) {
        line("");
        line(String.format(Locale.ROOT, "Bound: the floor, the same requests on a bare "
            + "`java.net.http` client with every answer only tokenized (nothing bound, validated "
            + "or written), uses %.2f× the official SDK's client CPU at %.2f× its throughput; "
            + "Larkgen uses %.2f× the floor's CPU.", floorCpu, floorThroughput,
            l.path("medianCpuSeconds").asDouble() / f.path("medianCpuSeconds").asDouble()));
      }
      goal("export, limits off: Larkgen / official SDK client CPU", "≤ 0.6×", cpu, "%.2f×",
          cpu <= 0.6, floorCpu, "floor", floorCpu <= 0.6);
      goal("export, limits off: Larkgen / official SDK throughput", "≥ 1×", throughput, "%.2f×",
          throughput >= 1, floorThroughput, "floor", floorThroughput >= 1);
    }
    line("");
    line(String.format(Locale.ROOT, "Limits on (documented limits: interviews 50/s, "
        + "interview_records 10/s), %s interviews, a fresh sandbox per client. Ceiling = the "
        + "fastest the limits allow for the requests made: max(interview calls ÷ 50, record "
        + "calls ÷ 10). Export s = the export's own time as the client reports it; process s "
        + "adds the JVM's start.", num(e.path("limitedInterviews").asDouble())));
    line("");
    line("| Client | export s | process s | ceiling s | % of ceiling | interview calls | "
        + "record calls | 429 answers | target (≥ 95 %, zero 429) |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (Map.Entry<String, JsonNode> p : e.path("limited").properties()) {
      JsonNode v = p.getValue();
      JsonNode run = v.path("run");
      boolean rateLimited = !p.getKey().equals("official_sdk");
      boolean met = v.path("ceilingPercent").asDouble() >= 95
          && run.path("rateLimited").asLong() == 0;
      if (rateLimited) {
        goals.add(new Goal("export, limits on: " + client(p.getKey()) + ", share of the rate "
            + "ceiling and answers of 429", "≥ 95 %, zero 429", String.format(Locale.ROOT,
            "%.1f %%, %d", v.path("ceilingPercent").asDouble(), run.path("rateLimited").asLong()),
            met));
      }
      line(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f %% | %d | %d | %d | %s |",
          client(p.getKey()), run.path("exportSeconds").asDouble(),
          run.path("wallSeconds").asDouble(), v.path("ceilingSeconds").asDouble(),
          v.path("ceilingPercent").asDouble(), run.path("interviewRequests").asLong(),
          run.path("recordRequests").asLong(), run.path("rateLimited").asLong(),
          rateLimited ? verdict(met) : "(no client limiter)"));
    }
    line("");
  }

  private void memory() throws IOException {
    line("## 3. Memory: a large export under `-Xmx64m`");
    line("");
    JsonNode m = read("memory.json");
    if (m == null) {
      notRun("memory");
      return;
    }
    JsonNode gc = m.path("gc");
    boolean complete = m.path("exitCode").asInt() == 0
        && m.path("exported").asLong() == m.path("interviews").asLong();
    line("| | |");
    line("|---|---|");
    line("| Interviews in the sandbox | " + num(m.path("interviews").asDouble()) + " |");
    line("| Exported (interviews / records) | " + num(m.path("exported").asDouble()) + " / "
        + num(m.path("records").asDouble()) + " |");
    line("| Client heap | `-Xmx" + m.path("heap").asText() + "` |");
    line("| Completed | " + (complete ? "yes" : "**no** (exit " + m.path("exitCode").asInt() + ")")
        + " |");
    line(String.format(Locale.ROOT, "| Wall / client CPU | %.1f s / %.1f s |",
        m.path("wallSeconds").asDouble(), m.path("cpuSeconds").asDouble()));
    line(String.format(Locale.ROOT, "| Peak heap used (before a GC) | %.1f MiB |",
        gc.path("peakUsedMb").asDouble()));
    line(String.format(Locale.ROOT, "| Max heap after a GC | %.1f MiB |",
        gc.path("maxAfterGcMb").asDouble()));
    line(String.format(Locale.ROOT, "| Heap after GC, early (2nd tenth) → late (last tenth) | "
            + "%.1f MiB → %.1f MiB |",
        gc.path("earlyAfterGcMb").asDouble(), gc.path("lateAfterGcMb").asDouble()));
    line(String.format(Locale.ROOT, "| Collections (full) | %d (%d) |",
        gc.path("collections").asInt(), gc.path("fullCollections").asInt()));
    line("");
    boolean flat = gc.path("lateAfterGcMb").asDouble()
        <= gc.path("earlyAfterGcMb").asDouble() + 8;
    line("Target: completes with a flat heap (late after-GC heap within 8 MiB of early): "
        + verdict(complete && flat));
    line("");
  }

  private void codegen() throws IOException {
    line("## 4. Code generation on synthetic Hire-style specs");
    line("");
    JsonNode lark = read("codegen-larkgen.json");
    JsonNode oag = read("codegen-openapi-generator.json");
    if (lark == null && oag == null) {
      notRun("codegen");
      notMeasured("codegen", GROWTH, "≤ 1.2×");
      return;
    }
    for (String tool : List.of("larkgen", "openapi-generator")) {
      Path status = results.resolve("codegen-" + tool + ".status");
      if (Files.exists(status) && !Files.readString(status).trim().equals("ok")) {
        line("**" + tool + " not measured in this run:** " + Files.readString(status).trim());
        line("");
      }
    }
    Path standalone = results.resolve("codegen-processor-path.status");
    if (Files.exists(standalone) && !Files.readString(standalone).trim().equals("ok")) {
      line("**The processor path alone did not run the Larkgen processor** (javac in its own "
          + "JVM, as a user's build runs it): " + Files.readString(standalone).trim());
      line("");
    }
    line("In process, after one discarded warm-up run on the smallest spec; median of the runs. "
        + "Larkgen = javac with the processor, `-proc:only` (parse spec, write sources); "
        + "“full javac” also compiles the output; “javac alone” compiles the same output "
        + "without the processor. OpenAPI Generator = `DefaultGenerator`, generator `java`, "
        + "library `native`, generate only (tests and docs off).");
    line("");
    line("| Operations | Larkgen s | Larkgen ms/op | files | full javac s | javac alone s | "
        + "OpenAPI Generator s | OAG ms/op | files | OAG / Larkgen |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<Integer> sizes = new ArrayList<>();
    for (JsonNode r : lark != null ? lark.path("sizes") : oag.path("sizes")) {
      sizes.add(r.path("operations").asInt());
    }
    for (int size : sizes) {
      JsonNode l = size(lark, size);
      JsonNode o = size(oag, size);
      line(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
          size, sec(l, "medianSeconds"), perOp(l, size), field(l, "files"),
          sec(l, "fullCompileSeconds"), sec(l, "javacAloneSeconds"), sec(o, "medianSeconds"),
          perOp(o, size), field(o, "files"),
          l != null && o != null ? String.format(Locale.ROOT, "%.1f×",
              o.path("medianSeconds").asDouble() / l.path("medianSeconds").asDouble()) : "–"));
    }
    line("");
    if (lark != null && sizes.size() >= 3) {
      // Marginal cost per operation between consecutive sizes: constant when growth is linear
      // (the per-operation column also carries each run's fixed start-up cost).
      int a = sizes.get(0);
      int b = sizes.get(sizes.size() - 2);
      int c = sizes.get(sizes.size() - 1);
      double ta = size(lark, a).path("medianSeconds").asDouble();
      double tb = size(lark, b).path("medianSeconds").asDouble();
      double tc = size(lark, c).path("medianSeconds").asDouble();
      double early = 1000 * (tb - ta) / (b - a);
      double late = 1000 * (tc - tb) / (c - b);
      line(String.format(Locale.ROOT, "- Growth: each extra operation costs %.1f ms between %d "
          + "and %d operations and %.1f ms between %d and %d (%.2f×; 1 = linear; target ≤ 1.2×: "
          + "%s)", early, a, b, late, b, c, late / early, verdict(late / early <= 1.2)));
      goal(GROWTH, "≤ 1.2×", late / early, "%.2f×", late / early <= 1.2);
    } else {
      goals.add(Goal.notMeasured(GROWTH, "≤ 1.2×", "fewer than three spec sizes in this run"));
    }
    line("");
  }

  private void coldCodegen() throws IOException {
    Path file = results.resolve("codegen-cold.txt");
    if (!Files.exists(file)) {
      notMeasured("codegen-cold", COLD_GENERATE, "≥ 2×", COLD_PEAK, "≤ 1×", COLD_BUILD, "≤ 0.6×",
          BYTES, "≤ 0.5×", COLD_GENERATE + HIRE, "≥ 2×", COLD_PEAK + HIRE, "≤ 1×",
          COLD_BUILD + HIRE, "≤ 0.6×");
      return;
    }
    ProcessRuns c = ProcessRuns.read(file);
    line("### Cold processes: generate only and the whole build (" + c.size()
        + " synthetic operations)");
    line("");
    coldStatus();
    line("Each figure a whole process with JVM start, JIT and GC (`/usr/bin/time`: CPU = user + "
        + "system, peak resident memory), median of " + c.count("larkgen generate")
        + " interleaved rounds. Larkgen: the JDK's `javac` with the processor path, "
        + "`-proc:only -implicit:none` (generate only), then without them (generate and "
        + "compile). OpenAPI Generator: `DefaultGenerator` (generator `java`, library "
        + "`native`) in a fresh JVM, then `javac` on its output. Bound: `javac` without the "
        + "processor on the sources Larkgen generated, reading them (`-proc:none "
        + "-XDshould-stop.ifNoError=ENTER`: parse and enter, what javac does with a processor's "
        + "output before its next round) and compiling them; a processor that writes these "
        + "sources cannot take less than javac's reading of them, nor a build less than their "
        + "compile.");
    line("");
    coldTable(c, "", true);
    long[] out = c.output().get("larkgen");
    if (out != null && c.size() > 0) {
      double perOperation = (double) out[1] / c.size();
      double share = perOperation / BYTES_PER_OPERATION_BEFORE;
      line(String.format(Locale.ROOT, "- generated Java: %,.0f bytes per operation, %.2f× the "
          + "%,d before the size work (target ≤ 0.5×: %s)", perOperation, share,
          BYTES_PER_OPERATION_BEFORE, verdict(share <= 0.5)));
      goal(BYTES, "≤ 0.5×", share, "%.2f×", share <= 0.5);
    } else {
      goals.add(Goal.notMeasured(BYTES, "≤ 0.5×", "no file count in this run"));
    }
    line("");
    phases();
    Path hire = results.resolve("codegen-cold-hire.txt");
    if (Files.exists(hire)) {
      ProcessRuns h = ProcessRuns.read(hire);
      line("### Cold processes on the imported Hire spec (`spec/hire-v1.yaml`, " + h.size()
          + " operations)");
      line("");
      line("The same rounds, median of " + h.count("larkgen generate") + ", on the spec the "
          + "Hire client is generated from (v1, imported from Feishu's doc pages).");
      line("");
      coldTable(h, HIRE, false);
      line("");
    } else {
      line("Not measured in this run: the cold rounds on the imported Hire spec.");
      line("");
      notMeasured("codegen-cold", COLD_GENERATE + HIRE, "≥ 2×", COLD_PEAK + HIRE, "≤ 1×",
          COLD_BUILD + HIRE, "≤ 0.6×");
    }
  }

  private void coldStatus() throws IOException {
    Path status = results.resolve("codegen-cold.status");
    if (Files.exists(status) && !Files.readString(status).trim().equals("ok")) {
      line("**Not every cold run finished:** " + Files.readString(status).trim());
      line("");
    }
  }

  /**
   * The cold rows of one spec, their three goals (named with {@code suffix}) and bounds;
   * {@code perOperation}: whether the bytes-per-operation column means anything (the synthetic
   * spec's operations are alike).
   */
  private void coldTable(ProcessRuns c, String suffix, boolean perOperation) {
    line("| Tool | generate only: CPU s | peak MB | whole build: CPU s | peak MB | files | "
        + (perOperation ? "bytes per operation |" : "bytes |"));
    line("|---|---:|---:|---:|---:|---:|---:|");
    double larkGen = c.cpu("larkgen generate");
    double larkBuild = c.cpu("larkgen build");
    double oagGen = c.cpu("openapi-generator generate");
    double oagBuild = c.cpuOfBoth("openapi-generator generate", "openapi-generator javac");
    double reads = c.cpu("javac reads");
    double compiles = c.cpu("javac compiles");
    line(coldRow("Larkgen", c, larkGen, c.peakMb("larkgen generate"), larkBuild,
        c.peakMb("larkgen build"), "larkgen", perOperation));
    line(coldRow("OpenAPI Generator (generate, then `javac`)", c, oagGen,
        c.peakMb("openapi-generator generate"), oagBuild,
        Math.max(c.peakMb("openapi-generator generate"), c.peakMb("openapi-generator javac")),
        "openapi-generator", perOperation));
    if (!Double.isNaN(reads)) {
      line(coldRow("Bound: `javac` reading Larkgen's output; compiling it", c, reads,
          c.peakMb("javac reads"), compiles, c.peakMb("javac compiles"), "larkgen",
          perOperation));
    }
    line("");
    double peak = c.peakMb("larkgen generate") / c.peakMb("openapi-generator generate");
    double readsSpeed = oagGen / reads;
    double readsPeak = c.peakMb("javac reads") / c.peakMb("openapi-generator generate");
    double compilesShare = compiles / oagBuild;
    line(String.format(Locale.ROOT, "- generate only: OpenAPI Generator / Larkgen CPU %.2f× "
        + "(target ≥ 2×: %s)", oagGen / larkGen, verdict(oagGen / larkGen >= 2)));
    line(String.format(Locale.ROOT, "- peak memory, generate only: Larkgen / OpenAPI Generator "
        + "%.2f× (target ≤ 1×: %s)", peak, verdict(peak <= 1)));
    line(String.format(Locale.ROOT, "- whole build: Larkgen / OpenAPI Generator's generate + "
        + "`javac` CPU %.2f× (target ≤ 0.6×: %s)", larkBuild / oagBuild,
        verdict(larkBuild / oagBuild <= 0.6)));
    if (!Double.isNaN(reads)) {
      line(String.format(Locale.ROOT, "- bound: OpenAPI Generator's generate-only CPU is %.2f× "
              + "javac's reading of Larkgen's output, whose peak memory is %.2f× OpenAPI "
              + "Generator's; compiling that output alone takes %.2f× OpenAPI Generator's "
              + "generate + `javac`", readsSpeed, readsPeak, compilesShare));
    }
    goal(COLD_GENERATE + suffix, "≥ 2×", oagGen / larkGen, "%.2f×", oagGen / larkGen >= 2,
        readsSpeed, "javac reading the output", readsSpeed >= 2);
    goal(COLD_PEAK + suffix, "≤ 1×", peak, "%.2f×", peak <= 1, readsPeak,
        "javac reading the output", readsPeak <= 1);
    goal(COLD_BUILD + suffix, "≤ 0.6×", larkBuild / oagBuild, "%.2f×",
        larkBuild / oagBuild <= 0.6, compilesShare, "javac compiling the output",
        compilesShare <= 0.6);
  }

  /** The processor's own phases in the cold generate-only runs. */
  private void phases() throws IOException {
    Path file = results.resolve("codegen-timings.txt");
    if (!Files.exists(file)) {
      return;
    }
    PhaseTimings t = PhaseTimings.read(file);
    if (t.rounds() == 0) {
      return;
    }
    line("Where the generate-only run's time goes: the processor's phase timers "
        + "(`-Alarkgen.timings=true`), median of " + t.rounds() + " rounds; CPU of the "
        + "processing thread (swagger-parser's structure checks run on a second thread and show "
        + "only as `checks`, the wait for them). The rest of the process's CPU is javac's own "
        + "and the JVM's: JIT compilation and garbage collection.");
    line("");
    line("| Phase | CPU ms | wall ms |");
    line("|---|---:|---:|");
    for (String phase : t.cpuMillis().keySet()) {
      line(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f |", phase, t.cpu(phase),
          t.wall(phase)));
    }
    line("");
  }

  private static String coldRow(String name, ProcessRuns c, double gen, double genPeak,
      double build, double buildPeak, String tool, boolean perOperation) {
    long[] out = c.output().get(tool);
    String bytes = out == null || (perOperation && c.size() == 0) ? "–"
        : String.format(Locale.ROOT, "%,d", perOperation ? out[1] / c.size() : out[1]);
    return String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.1f | %.0f | %s | %s |", name, gen,
        genPeak, build, buildPeak, out == null ? "–" : String.format(Locale.ROOT, "%,d", out[0]),
        bytes);
  }

  private void coldStart() throws IOException {
    line("## 5. Cold start and runtime closure");
    line("");
    JsonNode c = read("coldstart.json");
    if (c == null) {
      notRun("coldstart");
      notMeasured("coldstart", COLD_START, "≤ 0.6×");
      return;
    }
    line("Time from launching `java` to the first page of 100 interviews in hand (a tiny main per "
        + "client, run against a sandbox process, interleaved), and the size of the jars the "
        + "client needs at run time.");
    line("");
    line("| Client | median s | fastest s | runs | runtime closure MiB | jars |");
    line("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, JsonNode> p : c.properties()) {
      JsonNode v = p.getValue();
      line(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %.2f | %d |", client(p.getKey()),
          v.path("medianSeconds").asDouble(), v.path("minSeconds").asDouble(),
          v.path("runs").size(), v.path("closureMegabytes").asDouble(),
          v.path("closureJars").size()));
    }
    line("");
    for (Map.Entry<String, JsonNode> p : c.properties()) {
      List<String> jars = new ArrayList<>();
      p.getValue().path("closureJars").forEach(j -> jars.add("`" + j.asText() + "`"));
      line("- " + client(p.getKey()) + ": " + String.join(", ", jars));
    }
    line("");
    if (c.has("larkgen") && c.has("official_sdk")) {
      double ratio = c.get("larkgen").path("medianSeconds").asDouble()
          / c.get("official_sdk").path("medianSeconds").asDouble();
      line(String.format(Locale.ROOT, "Larkgen / official SDK, median time to the first page: "
          + "%.2f× (target ≤ 0.6×: %s)", ratio, verdict(ratio <= 0.6)));
      line("");
      double floor = Double.NaN;
      if (c.has(FLOOR)) {
        floor = c.get(FLOOR).path("medianSeconds").asDouble()
            / c.get("official_sdk").path("medianSeconds").asDouble();
        line(String.format(Locale.ROOT, "Bound: the floor, the same two requests (log in, first "
            + "page) on a bare `java.net.http` client with the answers only tokenized, takes "
            + "%.2f× the official SDK's time; Larkgen takes %.2f s more than the floor.", floor,
            c.get("larkgen").path("medianSeconds").asDouble()
                - c.get(FLOOR).path("medianSeconds").asDouble()));
        line("");
      }
      goal(COLD_START, "≤ 0.6×", ratio, "%.2f×", ratio <= 0.6, floor, "floor", floor <= 0.6);
    } else {
      goals.add(Goal.notMeasured(COLD_START, "≤ 0.6×", "a client missing from the results"));
    }
  }

  private void importer() throws IOException {
    line("## 6. Importer: all doc pages → spec files (whole process)");
    line("");
    Path file = results.resolve("importer.txt");
    if (!Files.exists(file)) {
      notRun("importer");
      notMeasured("importer", IMPORT, "< 2 s");
      return;
    }
    ProcessRuns r = ProcessRuns.read(file);
    line("One import of all " + r.size() + " pages under the docs folder into an empty folder, "
        + "each run a whole process with JVM start (`/usr/bin/time`: CPU = user + system), the "
        + "two commands interleaved, median of " + r.count("import launcher") + " runs. "
        + "`importer/bin/larkgen-import` runs the jar on C1 with the serial collector and its "
        + "class-data archive (written by one import before the timed runs); `java -jar` runs "
        + "the same jar with the JVM's defaults.");
    line("");
    line("| Command | CPU s (median) | fastest | peak MB | runs |");
    line("|---|---:|---:|---:|---:|");
    for (String[] row : new String[][] {{"import launcher", "`importer/bin/larkgen-import`"},
        {"import jar", "`java -jar importer/target/larkgen-import.jar`"}}) {
      List<Double> cpus = r.cpus(row[0]);
      line(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f | %d |", row[1], r.cpu(row[0]),
          cpus.isEmpty() ? Double.NaN : Stats.min(cpus), r.peakMb(row[0]), cpus.size()));
    }
    line("");
    double cpu = r.cpu("import launcher");
    line(String.format(Locale.ROOT, "- `larkgen-import` over all pages: %.2f s of CPU (target "
        + "< 2 s: %s)", cpu, verdict(cpu < 2)));
    line("");
    goal(IMPORT, "< 2 s", cpu, "%.2f s", cpu < 2);
  }

  /** Whether the script built what it measured and every part ran. */
  private void harness(boolean built) throws IOException {
    List<String> failed = new ArrayList<>();
    for (String part : PARTS) {
      Path status = results.resolve(part + ".status");
      if (Files.exists(status)) {
        for (String l : Files.readAllLines(status)) {
          if (!l.isBlank() && !l.trim().equals("ok")) {
            failed.add(part);
            break;
          }
        }
      }
    }
    String goal = "`benchmarks/run.sh` builds what it measures and runs every part";
    if (!built) {
      goals.add(Goal.notMeasured(goal, "every part ran", "`--skip-build`: jars of an earlier build"));
    } else {
      goals.add(new Goal(goal, "every part ran", failed.isEmpty() ? "every selected part ran"
          : "not run or failed: " + String.join(", ", failed), failed.isEmpty()));
    }
  }

  private void notRun(String step) throws IOException {
    Path status = results.resolve(step + ".status");
    String why = Files.exists(status) ? Files.readString(status).trim() : "no result file";
    line("**Not measured in this run:** " + why);
    line("");
  }

  private String payloadSize(String page) throws IOException {
    Path file = results.resolve("payloads").resolve(
        page.equals("interviews") ? "interviews-page.json" : "interview-records-page.json");
    return Files.exists(file) ? String.format(Locale.ROOT, "%.1f KiB", Files.size(file) / 1024.0)
        : "size unknown";
  }

  private JsonNode read(String name) throws IOException {
    Path file = results.resolve(name);
    return Files.exists(file) ? Results.MAPPER.readTree(file.toFile()) : null;
  }

  private static String error(JsonNode b) {
    double e = b.path("primaryMetric").path("scoreError").asDouble(Double.NaN);
    return Double.isNaN(e) ? "–" : num(e);
  }

  private static String alloc(JsonNode b) {
    for (Map.Entry<String, JsonNode> m : b.path("secondaryMetrics").properties()) {
      if (m.getKey().endsWith("gc.alloc.rate.norm")) {
        return num(m.getValue().path("score").asDouble());
      }
    }
    return "–";
  }

  private static JsonNode size(JsonNode result, int operations) {
    if (result == null) {
      return null;
    }
    for (JsonNode s : result.path("sizes")) {
      if (s.path("operations").asInt() == operations) {
        return s;
      }
    }
    return null;
  }

  private static String sec(JsonNode node, String field) {
    return node == null || !node.hasNonNull(field) ? "–"
        : String.format(Locale.ROOT, "%.2f", node.get(field).asDouble());
  }

  private static String perOp(JsonNode node, int operations) {
    return node == null ? "–" : String.format(Locale.ROOT, "%.2f",
        1000 * node.path("medianSeconds").asDouble() / operations);
  }

  private static String field(JsonNode node, String field) {
    return node == null ? "–" : node.path(field).asText();
  }

  private static String client(String key) {
    return switch (key) {
      case "larkgen" -> "Larkgen";
      case "official_sdk" -> "Official SDK 2.5.3";
      case "hire_export" -> "`hire-export` sample (Larkgen)";
      case FLOOR -> "Floor: the same requests on `java.net.http`, answers only tokenized";
      default -> key;
    };
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**not met**";
  }

  private static String num(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String totalMemory() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.exists(meminfo)) {
      for (String l : Files.readAllLines(meminfo)) {
        if (l.startsWith("MemTotal:")) {
          long kb = Long.parseLong(l.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    }
    return "unknown";
  }

  private static String cpuModel() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      for (String l : Files.readAllLines(cpuinfo)) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    }
    return System.getProperty("os.arch");
  }

  private void line(String text) {
    md.append(text).append('\n');
  }
}
