package io.larkgen.benchmarks.decode;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.benchmarks.harness.Args;
import io.larkgen.benchmarks.harness.FeishuHttp;
import io.larkgen.benchmarks.harness.SandboxProcess;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two response bodies the decode benchmarks read: one page of 100 interviews and one page
 * of 100 interview records, whole envelopes exactly as the sandbox sent them.
 *
 * @param interviews body of {@code GET /open-apis/hire/v1/interviews?page_size=100}
 * @param interviewRecords body of {@code GET /open-apis/hire/v1/interview_records} with 100 items
 */
public record Payloads(byte[] interviews, byte[] interviewRecords) {
  /** Items per captured page. */
  public static final int PAGE_SIZE = 100;

  static final String INTERVIEWS_FILE = "interviews-page.json";
  static final String RECORDS_FILE = "interview-records-page.json";
  static final String INTERVIEWS_PATH = "/open-apis/hire/v1/interviews";
  static final String RECORDS_PATH = "/open-apis/hire/v1/interview_records";

  /**
   * Fetches both pages from a running Feishu-compatible server. The records page is asked for
   * by 100 ids taken from the interviews' {@code interview_record_list}s, which is how an export
   * asks for them; the server must hold at least 100 records.
   */
  public static Payloads capture(URI baseUrl, String appId, String appSecret) {
    FeishuHttp http = FeishuHttp.login(baseUrl, appId, appSecret);
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("page_size", PAGE_SIZE);
    query.put("start_time", TimeRange.START_MILLIS);
    query.put("end_time", TimeRange.END_MILLIS);
    byte[] firstPage = http.get(INTERVIEWS_PATH, query);
    JsonNode page = http.parse(firstPage);
    if (page.path("data").path("items").size() != PAGE_SIZE) {
      throw new IllegalStateException("the server returned "
          + page.path("data").path("items").size() + " interviews, need " + PAGE_SIZE);
    }
    List<String> recordIds = new ArrayList<>();
    while (true) {
      for (JsonNode interview : page.path("data").path("items")) {
        for (JsonNode record : interview.path("interview_record_list")) {
          if (recordIds.size() < PAGE_SIZE) {
            recordIds.add(record.path("id").asText());
          }
        }
      }
      if (recordIds.size() == PAGE_SIZE || !page.path("data").path("has_more").asBoolean()) {
        break;
      }
      query.put("page_token", page.path("data").path("page_token").asText());
      page = http.parse(http.get(INTERVIEWS_PATH, query));
    }
    if (recordIds.size() < PAGE_SIZE) {
      throw new IllegalStateException(
          "the server holds only " + recordIds.size() + " interview records, need " + PAGE_SIZE);
    }
    byte[] records = http.get(RECORDS_PATH, Map.of("ids", recordIds));
    int count = http.parse(records).path("data").path("items").size();
    if (count != PAGE_SIZE) {
      throw new IllegalStateException("asked for 100 interview records, got " + count);
    }
    return new Payloads(firstPage, records);
  }

  /** Writes both bodies into {@code dir}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(INTERVIEWS_FILE), interviews);
    Files.write(dir.resolve(RECORDS_FILE), interviewRecords);
  }

  /** Reads bodies written by {@link #write(Path)}. */
  public static Payloads read(Path dir) throws IOException {
    return new Payloads(
        Files.readAllBytes(dir.resolve(INTERVIEWS_FILE)),
        Files.readAllBytes(dir.resolve(RECORDS_FILE)));
  }

  /**
   * Starts a sandbox process (seed 42), captures both pages from it and writes them.
   *
   * <p>Options: {@code --sandbox-cp CP --out DIR --logs DIR}.
   */
  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    Path logs = Files.createDirectories(Path.of(args.get("logs")));
    Payloads payloads;
    try (SandboxProcess sandbox = SandboxProcess.start(args.get("sandbox-cp"), "512m", 1_000,
        false, logs.resolve("payloads-sandbox.log"))) {
      payloads = capture(URI.create(sandbox.baseUrl()), sandbox.appId(), sandbox.appSecret());
    }
    payloads.write(Path.of(args.get("out")));
    System.out.printf("interviews page %d bytes, interview_records page %d bytes%n",
        payloads.interviews().length, payloads.interviewRecords().length);
  }
}
