package io.larkgen.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.lark.oapi.core.response.RawResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bytes of one 100-item page to objects, for each peer. The pages are captured once from the
 * sandbox ({@link Payloads}); the directory comes from {@code -Dlarkgen.bench.payloads}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {
  /** System property naming the directory {@link Payloads#write} filled. */
  public static final String PAYLOADS_PROPERTY = "larkgen.bench.payloads";

  /** Which page to decode. */
  @Param({"interviews", "interview_records"})
  public String page;

  private boolean interviews;
  private byte[] body;
  private RawResponse raw;

  /** Loads the captured page. */
  @Setup
  public void load() throws IOException {
    String dir = System.getProperty(PAYLOADS_PROPERTY);
    if (dir == null) {
      throw new IllegalStateException("set -D" + PAYLOADS_PROPERTY + "=<dir of captured pages>");
    }
    Payloads payloads = Payloads.read(Path.of(dir));
    interviews = switch (page) {
      case "interviews" -> true;
      case "interview_records" -> false;
      default -> throw new IllegalArgumentException("unknown page " + page);
    };
    body = interviews ? payloads.interviews() : payloads.interviewRecords();
    raw = Decoders.rawResponse(body);
  }

  /** Larkgen: the generated streaming codecs into the generated records. */
  @Benchmark
  public Object larkgen() throws IOException {
    return interviews ? Decoders.larkgenInterviews(body) : Decoders.larkgenRecords(body);
  }

  /** The official SDK: UTF-8 string, then Gson into its model classes. */
  @Benchmark
  public Object officialSdk() {
    return interviews ? Decoders.officialInterviews(raw) : Decoders.officialRecords(raw);
  }

  /** Jackson databind into {@code Map}. */
  @Benchmark
  public Map<String, Object> jacksonMap() throws IOException {
    return Decoders.jacksonMap(body);
  }

  /** Jackson databind into {@code JsonNode}. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return Decoders.jacksonTree(body);
  }

  /** The floor with strings: tokenizing, and a {@code String} of every text value. */
  @Benchmark
  public int floorStrings() throws IOException {
    return Decoders.floorStrings(body);
  }

  /** The floor: tokenizing only. */
  @Benchmark
  public int floor() throws IOException {
    return Decoders.floor(body);
  }
}
