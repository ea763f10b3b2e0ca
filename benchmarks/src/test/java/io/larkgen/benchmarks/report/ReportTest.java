package io.larkgen.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir Path results;

  @Test
  void computesDecodeRatiosAndTargetsFromTheJmhFile() throws IOException {
    Files.writeString(results.resolve("decode.json"), "["
        + jmh("larkgen", "interviews", 800, 1000)
        + "," + jmh("floor", "interviews", 1000, 10)
        + "," + jmh("officialSdk", "interviews", 400, 5000)
        + "," + jmh("larkgen", "interview_records", 100, 1000)
        + "," + jmh("floor", "interview_records", 1000, 10)
        + "," + jmh("officialSdk", "interview_records", 80, 5000)
        + "," + jmh("floorStrings", "interviews", 900, 100)
        + "," + jmh("floorStrings", "interview_records", 500, 100) + "]");

    String md = render("full");

    assertTrue(md.contains("Larkgen / floor cost: **1.25×**"), md);
    assertTrue(md.contains("Larkgen / official SDK: **2.00×** the SDK's pages per second "
        + "(target ≥ 2×: met)"), md);
    assertTrue(md.contains("Larkgen / floor cost: **10.00×** the floor's time per page "
        + "(target ≤ 1.3×: **not met**)"), md);
    // The summary lists each page's goals with the part's verdicts.
    assertTrue(md.contains("| decode, `interviews` page: Larkgen / floor time per page | ≤ 1.3× | "
        + "1.25× | met | 1.11× (floor with strings) |"), md);
    // The floor with strings takes 2× the floor's time on this page: the target is out of reach.
    assertTrue(md.contains("| decode, `interview_records` page: Larkgen / floor time per page | "
        + "≤ 1.3× | 10.00× | **not met** | 2.00× (floor with strings): out of reach |"), md);
    assertTrue(md.contains("| decode, `interview_records` page: Larkgen / official SDK pages per "
        + "second | ≥ 2× | 1.25× | **not met** | 6.25× (floor with strings) |"), md);
    assertTrue(md.contains("- Bound: building the strings alone, as every binder to Java objects "
        + "must, costs 2.00× the floor's time and is 6.25× the SDK's pages per second; Larkgen "
        + "takes 5.00× the time of the floor with strings"), md);
    assertTrue(md.contains("Of the 2 not met, 1 are out of reach of their bound."), md);
    assertTrue(md.contains("| Floor with strings: `nextToken()`, `getText()` of every text value "
        + "| 900 |"), md);
    assertTrue(md.indexOf("## Goals") < md.indexOf("## 1. Decode"), md);
    assertTrue(md.contains("| Larkgen (generated codec) | 800 |"), md);
    assertTrue(md.contains("| Jackson untyped → `Map` | not run |"), md);
    assertTrue(!md.contains("SMOKE RUN"), md);
  }

  @Test
  void decodeRoundsGiveMediansAndTheMedianOfEachRoundsRatio() throws IOException {
    // Round 2 ran on a machine twice as slow: every peer's ops/s halved, its ratios did not.
    double[] speed = {1.0, 0.5, 1.0};
    for (int round = 1; round <= 3; round++) {
      double s = speed[round - 1];
      StringBuilder json = new StringBuilder("[");
      for (String page : new String[] {"interviews", "interview_records"}) {
        json.append(jmh("larkgen", page, 800 * s + round, 1000)).append(',')
            .append(jmh("floor", page, 1000 * s, 10)).append(',')
            .append(jmh("floorStrings", page, 900 * s, 100)).append(',')
            .append(jmh("officialSdk", page, 400 * s, 5000)).append(',');
      }
      json.setLength(json.length() - 1);
      Files.writeString(results.resolve("decode-" + round + ".json"), json.append(']'));
    }
    // A stale single-run file beside the rounds is not read.
    Files.writeString(results.resolve("decode.json"), "[" + jmh("larkgen", "interviews", 1, 1)
        + "]");

    String md = render("full");

    assertTrue(md.contains("3 interleaved rounds, each running every peer"), md);
    // Medians over the rounds: 801, 402, 803 → 801; 1000, 500, 1000 → 1000.
    assertTrue(md.contains("| Larkgen (generated codec) | 801 | 402–803 |"), md);
    assertTrue(md.contains("| Floor: `JsonParser.nextToken()` only | 1,000 | 500–1,000 |"), md);
    // Larkgen / floor per round: 1000/801, 500/402, 1000/803 → median 1000/801.
    assertTrue(md.contains("Larkgen / floor cost: **1.25×**"), md);
    // Larkgen / SDK per round: 801/400, 402/200, 803/400 → median 2.01, where the ratio of the
    // medians, 801/400, would be 2.00.
    assertTrue(md.contains("| decode, `interviews` page: Larkgen / official SDK pages per second "
        + "| ≥ 2× | 2.01× | met | 2.25× (floor with strings) |"), md);
  }

  @Test
  void saysWhyAPartIsMissingAndLabelsSmokeRuns() throws IOException {
    Files.writeString(results.resolve("memory.status"),
        "memory failed (exit 1) after 3 s; log: benchmarks/target/bench/logs/memory.log\n");

    String md = render("smoke");

    assertTrue(md.contains("**SMOKE RUN.**"), md);
    assertTrue(md.contains("**Not measured in this run:** memory failed (exit 1)"), md);
    assertTrue(md.contains("**Not measured in this run:** no result file"), md);
    // Every goal of a part that did not run is in the summary as not measured, with the reason.
    assertTrue(md.contains("| export, limits off: Larkgen / official SDK client CPU | ≤ 0.6× | "
        + "no result file | not measured |"), md);
    assertTrue(md.contains("0 of 16 goals met"), md);
    assertTrue(md.contains("| `benchmarks/run.sh` builds what it measures and runs every part | "
        + "every part ran | not run or failed: memory | **not met** |"), md);
  }

  @Test
  void importerRowsJudgeTheLaunchersMedianAndTheNotesCloseTheDocument() throws IOException {
    Files.writeString(results.resolve("importer.txt"), String.join("\n", "size 208",
        "import launcher 1.8 200000 1.5", "import jar 2.9 300000 2.0",
        "import launcher 2.2 200000 1.6", "import jar 3.1 300000 2.1",
        "import launcher 1.9 200000 1.5", "import jar 2.7 300000 2.0", ""));
    Path notes = results.resolve("NOTES.md");
    Files.writeString(notes, "## Notes and earlier measurements\n\nHand-written.\n");

    String md = render("full", notes);

    assertTrue(md.contains("One import of all 208 pages"), md);
    assertTrue(md.contains("| `importer/bin/larkgen-import` | 1.90 | 1.80 | 195 | 3 |"), md);
    assertTrue(md.contains("| `java -jar importer/target/larkgen-import.jar` | 2.90 | 2.70 | 293 | 3 |"),
        md);
    assertTrue(md.contains("| importer: all doc pages, whole process, CPU | < 2 s | 1.90 s | met |"),
        md);
    assertTrue(md.endsWith("## Notes and earlier measurements\n\nHand-written."), md);
  }

  @Test
  void phaseTimersOfTheColdRunsAreMediansPerPhase() throws IOException {
    Files.writeString(results.resolve("codegen-cold.txt"), "size 100\nlarkgen generate 10 1024 5\n");
    Files.writeString(results.resolve("codegen-timings.txt"), String.join("\n",
        "round 1", "  compose     900 ms wall     800 ms cpu", "  total      1000 ms wall     900 ms cpu",
        "round 2", "  compose    1300 ms wall    1200 ms cpu", "  total      1500 ms wall    1400 ms cpu",
        "round 3", "  compose    1100 ms wall    1000 ms cpu", "  total      1200 ms wall    1100 ms cpu", ""));

    String md = render("full");

    assertTrue(md.contains("median of 3 rounds"), md);
    assertTrue(md.contains("| compose | 1,000 | 1,100 |"), md);
    assertTrue(md.contains("| total | 1,100 | 1,200 |"), md);
  }

  @Test
  void aBrokenPhaseTimerLineIsAnErrorNamingFileAndLine() throws IOException {
    Files.writeString(results.resolve("codegen-cold.txt"), "size 100\n");
    Files.writeString(results.resolve("codegen-timings.txt"), "round 1\n  compose lots\n");
    IOException e = assertThrows(IOException.class, () -> render("full"));
    assertTrue(e.getMessage().endsWith("codegen-timings.txt:2: not a phase-timer line:   compose lots"),
        e.getMessage());
  }

  @Test
  void coldCodegenRowsTakeMediansOfInterleavedRoundsAndSumTheTwoProcessesOfABuild()
      throws IOException {
    Files.writeString(results.resolve("codegen-cold.status"), "ok\n");
    Files.writeString(results.resolve("codegen-cold.txt"), String.join("\n",
        "size 100",
        "larkgen generate 10.0 512000 6.0", "larkgen files 300 2000000", "larkgen build 30.0 1024000 15.0",
        "openapi-generator generate 25.0 1024000 12.0", "openapi-generator files 200 3000000",
        "openapi-generator javac 20.0 512000 10.0",
        "larkgen generate 12.0 614400 6.5", "larkgen files 300 2000000", "larkgen build 26.0 1024000 14.0",
        "openapi-generator generate 23.0 1024000 11.0", "openapi-generator files 200 3000000",
        "openapi-generator javac 24.0 512000 12.0", ""));
    Files.writeString(results.resolve("codegen-cold-hire.txt"), String.join("\n",
        "size 50",
        "larkgen generate 8.0 512000 6.0", "larkgen files 150 1000000",
        "javac reads 6.0 409600 3.0", "javac compiles 12.0 614400 8.0",
        "larkgen build 20.0 1024000 15.0",
        "openapi-generator generate 10.0 307200 12.0", "openapi-generator files 100 900000",
        "openapi-generator javac 10.0 512000 10.0", ""));

    String md = render("full");

    assertTrue(md.contains("### Cold processes: generate only and the whole build "
        + "(100 synthetic operations)"), md);
    assertTrue(md.contains("| Larkgen | 11.0 | 550 | 28.0 | 1000 | 300 | 20,000 |"), md);
    // The build of OpenAPI Generator: 25 + 20 and 23 + 24, median 46; its peak the larger one.
    assertTrue(md.contains("| OpenAPI Generator (generate, then `javac`) | 24.0 | 1000 | 46.0 | "
        + "1000 | 200 | 30,000 |"), md);
    assertTrue(md.contains("OpenAPI Generator / Larkgen CPU 2.18× (target ≥ 2×: met)"), md);
    assertTrue(md.contains("Larkgen / OpenAPI Generator 0.55× (target ≤ 1×: met)"), md);
    assertTrue(md.contains("`javac` CPU 0.61× (target ≤ 0.6×: **not met**)"), md);
    // 2,000,000 bytes over 100 operations against the 43,375 before.
    assertTrue(md.contains("20,000 bytes per operation, 0.46× the 43,375 before the size work "
        + "(target ≤ 0.5×: met)"), md);
    assertTrue(md.contains("| generated Java per synthetic operation / before | ≤ 0.5× | 0.46× | met |"),
        md);
    // Without javac's rows the synthetic goals have no bound.
    assertTrue(md.contains("| code generation, cold generate only: OpenAPI Generator / Larkgen CPU "
        + "| ≥ 2× | 2.18× | met |  |"), md);

    // The Hire rounds: javac alone reads the output in 6 s, OpenAPI Generator generates in 10 s.
    assertTrue(md.contains("### Cold processes on the imported Hire spec (`spec/hire-v1.yaml`, 50 "
        + "operations)"), md);
    assertTrue(md.contains("| Larkgen | 8.0 | 500 | 20.0 | 1000 | 150 | 1,000,000 |"), md);
    assertTrue(md.contains("| Bound: `javac` reading Larkgen's output; compiling it | 6.0 | 400 | "
        + "12.0 | 600 | 150 | 1,000,000 |"), md);
    assertTrue(md.contains("| code generation, cold generate only: OpenAPI Generator / Larkgen CPU, "
        + "imported Hire spec | ≥ 2× | 1.25× | **not met** | 1.67× (javac reading the output): out "
        + "of reach |"), md);
    assertTrue(md.contains("| code generation, cold generate only: Larkgen / OpenAPI Generator peak "
        + "memory, imported Hire spec | ≤ 1× | 1.67× | **not met** | 1.33× (javac reading the "
        + "output): out of reach |"), md);
    assertTrue(md.contains("| code generation, cold whole build: Larkgen / OpenAPI Generator's "
        + "generate + `javac` CPU, imported Hire spec | ≤ 0.6× | 1.00× | **not met** | 0.60× "
        + "(javac compiling the output) |"), md);
  }

  @Test
  void aBrokenColdCodegenLineIsAnErrorNamingFileAndLine() throws IOException {
    Files.writeString(results.resolve("codegen-cold.txt"), "size 100\nlarkgen generate ten\n");
    IOException e = assertThrows(IOException.class, () -> render("full"));
    assertTrue(e.getMessage().endsWith("codegen-cold.txt:2: not a timed-run line: "
        + "larkgen generate ten"), e.getMessage());
  }

  @Test
  void codegenTableAndTargets() throws IOException {
    Files.writeString(results.resolve("codegen-larkgen.json"), "{\"tool\":\"larkgen\",\"sizes\":["
        + size(50, 0.5) + "," + size(500, 2.0) + "," + size(2000, 8.0) + "]}");
    Files.writeString(results.resolve("codegen-openapi-generator.json"),
        "{\"tool\":\"openapi-generator\",\"sizes\":[" + size(50, 3.0) + "," + size(500, 12.0)
            + "]}");

    String md = render("full");

    assertTrue(md.contains("each extra operation costs 3.3 ms between 50 and 500 operations and "
        + "4.0 ms between 500 and 2000 (1.20×; 1 = linear; target ≤ 1.2×: met)"), md);
    assertTrue(md.contains("| 500 | 2.00 | 4.00 | 10 |"), md);
  }

  @Test
  void saysWhenTheProcessorPathAloneDoesNotRunTheProcessor() throws IOException {
    Files.writeString(results.resolve("codegen-larkgen.json"), "{\"tool\":\"larkgen\",\"sizes\":["
        + size(50, 0.5) + "]}");
    Files.writeString(results.resolve("codegen-processor-path.status"),
        "codegen-processor-path failed (exit 1) after 2 s; log: x.log\n");

    String md = render("smoke");

    assertTrue(md.contains("**The processor path alone did not run the Larkgen processor** "
        + "(javac in its own JVM, as a user's build runs it): codegen-processor-path failed "
        + "(exit 1)"), md);
  }

  @Test
  void saysNothingAboutTheProcessorPathWhenItRan() throws IOException {
    Files.writeString(results.resolve("codegen-larkgen.json"), "{\"tool\":\"larkgen\",\"sizes\":["
        + size(50, 0.5) + "]}");
    Files.writeString(results.resolve("codegen-processor-path.status"), "ok\n");

    String md = render("smoke");

    assertTrue(!md.contains("processor path alone"), md);
  }

  @Test
  void exportTablesJudgeOnlyClientsWithALimiter() throws IOException {
    Files.writeString(results.resolve("export.json"), "{\"interviews\":1000,"
        + "\"limitedInterviews\":600,\"unlimited\":{"
        + "\"larkgen\":" + peer(4000, 2.0) + ",\"official_sdk\":" + peer(2000, 4.0)
        + ",\"transport_floor\":" + peer(5000, 3.0) + "},"
        + "\"limited\":{"
        + "\"hire_export\":" + limited(10.0, 9.6, 96.0, 0) + ","
        + "\"larkgen\":" + limited(10.0, 9.0, 90.0, 0) + ","
        + "\"official_sdk\":" + limited(10.0, 10.0, 100.0, 3) + "}}");

    String md = render("full");

    assertTrue(md.contains("Larkgen / official SDK: 2.00× the throughput, 0.50× the client CPU "
        + "(targets ≥ 1× and ≤ 0.6×: met, met)."), md);
    assertTrue(md.contains("uses 0.75× the official SDK's client CPU at 2.50× its throughput; "
        + "Larkgen uses 0.67× the floor's CPU."), md);
    // The floor itself needs 0.75× the SDK's CPU: a target of 0.6× is out of its reach.
    assertTrue(md.contains("| export, limits off: Larkgen / official SDK client CPU | ≤ 0.6× | "
        + "0.50× | met | 0.75× (floor): out of reach |"), md);
    assertTrue(md.contains("| export, limits off: Larkgen / official SDK throughput | ≥ 1× | "
        + "2.00× | met | 2.50× (floor) |"), md);
    assertTrue(md.contains("| Floor: the same requests on `java.net.http`, answers only tokenized | "
        + "1,000 |"), md);
    assertTrue(md.contains("| export, limits on: Larkgen, share of the rate ceiling and answers of "
        + "429 | ≥ 95 %, zero 429 | 90.0 %, 0 | **not met** |"), md);
    assertTrue(!md.contains("| export, limits on: Official SDK"), md);
    assertTrue(md.contains("| `hire-export` sample (Larkgen) | 10.00 | 10.50 | 9.60 | 96.0 % | 6 "
        + "| 60 | 0 | met |"), md);
    assertTrue(md.contains("| Larkgen | 10.00 | 10.50 | 9.00 | 90.0 % | 6 | 60 | 0 | **not met** |"),
        md);
    assertTrue(md.contains("| 3 | (no client limiter) |"), md);
  }

  @Test
  void coldStartGoalIsTheRatioOfTheMedians() throws IOException {
    Files.writeString(results.resolve("coldstart.json"), "{"
        + "\"larkgen\":{\"medianSeconds\":0.30,\"minSeconds\":0.28,\"runs\":[0.3],"
        + "\"closureMegabytes\":1.0,\"closureJars\":[\"a.jar\"]},"
        + "\"official_sdk\":{\"medianSeconds\":0.60,\"minSeconds\":0.5,\"runs\":[0.6],"
        + "\"closureMegabytes\":24.0,\"closureJars\":[\"b.jar\"]},"
        + "\"transport_floor\":{\"medianSeconds\":0.24,\"minSeconds\":0.2,\"runs\":[0.24],"
        + "\"closureMegabytes\":0.5,\"closureJars\":[\"c.jar\"]}}");

    String md = render("full");

    assertTrue(md.contains("median time to the first page: 0.50× (target ≤ 0.6×: met)"), md);
    assertTrue(md.contains("| cold start to the first page: Larkgen / official SDK | ≤ 0.6× | 0.50× "
        + "| met | 0.40× (floor) |"), md);
    assertTrue(md.contains("takes 0.40× the official SDK's time; Larkgen takes 0.06 s more than "
        + "the floor."), md);
  }

  @Test
  void coldStartWithoutTheFloorHasNoBound() throws IOException {
    Files.writeString(results.resolve("coldstart.json"), "{"
        + "\"larkgen\":{\"medianSeconds\":0.50,\"minSeconds\":0.28,\"runs\":[0.5],"
        + "\"closureMegabytes\":1.0,\"closureJars\":[\"a.jar\"]},"
        + "\"official_sdk\":{\"medianSeconds\":0.60,\"minSeconds\":0.5,\"runs\":[0.6],"
        + "\"closureMegabytes\":24.0,\"closureJars\":[\"b.jar\"]}}");

    String md = render("full");

    assertTrue(md.contains("| cold start to the first page: Larkgen / official SDK | ≤ 0.6× | 0.83× "
        + "| **not met** |  |"), md);
    assertTrue(!md.contains("Bound: the floor"), md);
  }

  private static String peer(double itemsPerSecond, double cpu) {
    return "{\"medianItemsPerSecond\":" + itemsPerSecond + ",\"medianWallSeconds\":1.0,"
        + "\"medianCpuSeconds\":" + cpu + ",\"interviews\":1000,\"records\":2500,"
        + "\"runs\":[]}";
  }

  private static String limited(double exportSeconds, double ceiling, double percent,
      int rateLimited) {
    return "{\"run\":{\"exportSeconds\":" + exportSeconds + ",\"wallSeconds\":10.5,"
        + "\"interviewRequests\":6,\"recordRequests\":60,\"rateLimited\":" + rateLimited
        + "},\"ceilingSeconds\":" + ceiling + ",\"ceilingPercent\":" + percent + "}";
  }

  private String render(String mode) throws IOException {
    return render(mode, null);
  }

  private String render(String mode, Path notes) throws IOException {
    Path out = results.resolve("B.md");
    Report.main(new String[] {"--results", results.toString(), "--out", out.toString(),
        "--mode", mode, "--command", "benchmarks/run.sh", "--commit", "abc", "--elapsed", "1",
        "--notes", notes == null ? "" : notes.toString()});
    return Files.readString(out).strip();
  }

  private static String jmh(String method, String page, double ops, double bytes) {
    return "{\"benchmark\":\"io.larkgen.benchmarks.decode.DecodeBenchmark." + method + "\","
        + "\"jmhVersion\":\"1.37\",\"forks\":1,\"warmupIterations\":1,\"warmupTime\":\"1 s\","
        + "\"measurementIterations\":1,\"measurementTime\":\"1 s\","
        + "\"params\":{\"page\":\"" + page + "\"},"
        + "\"primaryMetric\":{\"score\":" + ops + ",\"scoreError\":1.0},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + bytes + "}}}";
  }

  private static String size(int operations, double seconds) {
    return "{\"operations\":" + operations + ",\"medianSeconds\":" + seconds
        + ",\"runs\":[" + seconds + "],\"files\":10,\"bytes\":100}";
  }
}
