package io.larkgen.benchmarks.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.larkgen.benchmarks.harness.TimeRange;
import io.larkgen.hire.Hire;
import io.larkgen.hire.HireV1;
import io.larkgen.hire.api.ListInterviewRecordsRequest;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.Page;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The export loop of {@link OfficialSdkExport}, written with the generated Larkgen client: the
 * same requests (pages of 100 interviews, records by id in batches of 100), the same output
 * shape (one {@code {"interview":…,"interview_records":[…]}} line per interview), written with
 * the generated codecs. Unlike the {@code hire-export} sample, whose client always enforces the
 * documented limits, this loop can switch the client's rate limiter off, so the limits-off
 * comparison measures both clients' own costs.
 */
public final class LarkgenExport {
  private static final int PAGE_SIZE = 100;
  private static final int BATCH = 100;
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final DefaultLarkClient client;
  private final HireV1 hire;
  private int interviewRequests;
  private int recordRequests;

  /** Exports through {@code client}. */
  public LarkgenExport(DefaultLarkClient client) {
    this.client = client;
    this.hire = Hire.of(client).v1();
  }

  /** A Larkgen client pointed at {@code baseUrl}; {@code rateLimiting} = the client's limiter. */
  public static DefaultLarkClient client(
      String baseUrl, String appId, String appSecret, boolean rateLimiting) {
    return DefaultLarkClient.builder()
        .appId(appId)
        .appSecret(appSecret)
        .baseUrl(baseUrl)
        .clientRateLimiting(rateLimiting)
        .build();
  }

  /** Runs the export, writing JSON Lines to {@code out}. */
  public ExportSummary export(OutputStream out) throws IOException {
    long interviews = 0;
    long records = 0;
    ListInterviewsRequest request = ListInterviewsRequest.builder()
        .pageSize(PAGE_SIZE)
        .startTime(Instant.ofEpochMilli(TimeRange.START_MILLIS))
        .endTime(Instant.ofEpochMilli(TimeRange.END_MILLIS))
        .build();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Page<Interview> page : hire.interviews().listAll(request).pages()) {
        interviewRequests++;
        Map<String, InterviewRecord> fetched = fetchRecords(page.items());
        for (Interview interview : page.items()) {
          g.writeStartObject();
          g.writeFieldName("interview");
          InterviewCodec.INSTANCE.write(interview, g);
          g.writeFieldName("interview_records");
          g.writeStartArray();
          for (InterviewRecord stub : interview.interviewRecordList()) {
            InterviewRecord full = fetched.get(stub.id());
            if (full != null) {
              InterviewRecordCodec.INSTANCE.write(full, g);
              records++;
            }
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeRaw('\n');
          interviews++;
        }
      }
      g.flush();
    }
    return new ExportSummary(interviews, records, interviewRequests, recordRequests,
        (int) client.stats().throttledResponses());
  }

  private Map<String, InterviewRecord> fetchRecords(List<Interview> interviews) {
    List<String> ids = new ArrayList<>();
    for (Interview interview : interviews) {
      for (InterviewRecord stub : interview.interviewRecordList()) {
        ids.add(stub.id());
      }
    }
    Map<String, InterviewRecord> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      recordRequests++;
      for (InterviewRecord record : hire.interviewRecords()
          .list(ListInterviewRecordsRequest.builder().ids(List.copyOf(batch)).build()).items()) {
        byId.put(record.id(), record);
      }
    }
    return byId;
  }

  /**
   * Exports and prints a one-line JSON summary to standard output.
   *
   * <p>Usage: {@code LarkgenExport BASE_URL APP_ID APP_SECRET OUT_FILE [--client-rate-limiting]}
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println(
          "usage: LarkgenExport BASE_URL APP_ID APP_SECRET OUT_FILE [--client-rate-limiting]");
      System.exit(2);
    }
    boolean limiting = args.length > 4 && args[4].equals("--client-rate-limiting");
    long start = System.nanoTime();
    ExportSummary summary;
    try (DefaultLarkClient client = client(args[0], args[1], args[2], limiting);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])),
            1 << 16)) {
      summary = new LarkgenExport(client).export(out);
    }
    System.out.println(summary.toJson((System.nanoTime() - start) / 1e9));
  }
}
