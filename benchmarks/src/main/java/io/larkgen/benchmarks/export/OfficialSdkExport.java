package io.larkgen.benchmarks.export;

import com.google.gson.annotations.SerializedName;
import com.lark.oapi.Client;
import com.lark.oapi.core.response.BaseResponse;
import com.lark.oapi.core.response.RawResponse;
import com.lark.oapi.core.utils.Jsons;
import com.lark.oapi.service.hire.v1.model.InterviewExtend;
import com.lark.oapi.service.hire.v1.model.InterviewRecord;
import com.lark.oapi.service.hire.v1.model.ListInterviewRecordReq;
import com.lark.oapi.service.hire.v1.model.ListInterviewRecordResp;
import com.lark.oapi.service.hire.v1.model.ListInterviewReq;
import com.lark.oapi.service.hire.v1.model.ListInterviewResp;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The export loop written with the official Lark Java SDK, as a user of that SDK would write it:
 * list interviews page by page (100 per page), fetch each page's interview records by id in
 * batches of 100, and write one JSON line per interview with the SDK's own Gson. The SDK has no
 * rate limiter and no retry on 429, so the loop backs off on a frequency-limit answer itself
 * (waiting {@code x-ogw-ratelimit-reset} seconds) and counts it.
 */
public final class OfficialSdkExport {
  /** The frequency-limit code Feishu answers with. */
  static final int RATE_LIMITED = 99991400;

  private static final int PAGE_SIZE = 100;
  private static final int BATCH = 100;

  private final Client client;
  private int interviewRequests;
  private int recordRequests;
  private int rateLimited;

  /** Exports through {@code client}. */
  public OfficialSdkExport(Client client) {
    this.client = client;
  }

  /** A client of the official SDK pointed at {@code baseUrl} (a sandbox). */
  public static Client client(String baseUrl, String appId, String appSecret) {
    return Client.newBuilder(appId, appSecret).openBaseUrl(baseUrl).build();
  }

  /** One output line: an interview and its full interview records. */
  static final class Line {
    @SerializedName("interview")
    final InterviewExtend interview;

    @SerializedName("interview_records")
    final List<InterviewRecord> records;

    Line(InterviewExtend interview, List<InterviewRecord> records) {
      this.interview = interview;
      this.records = records;
    }
  }

  /** Runs the export, writing JSON Lines to {@code out}. */
  public ExportSummary export(Writer out) throws Exception {
    long interviews = 0;
    long records = 0;
    String pageToken = null;
    do {
      ListInterviewReq.Builder req =
          ListInterviewReq.newBuilder()
              .pageSize(PAGE_SIZE)
              .startTime(Long.toString(TimeRange.START_MILLIS))
              .endTime(Long.toString(TimeRange.END_MILLIS));
      if (pageToken != null) {
        req.pageToken(pageToken);
      }
      ListInterviewReq request = req.build();
      ListInterviewResp page = call(() -> client.hire().v1().interview().list(request), true);
      InterviewExtend[] items = page.getData().getItems();
      if (items == null) {
        items = new InterviewExtend[0];
      }
      Map<String, InterviewRecord> fetched = fetchRecords(items);
      for (InterviewExtend interview : items) {
        List<InterviewRecord> own = new ArrayList<>();
        if (interview.getInterviewRecordList() != null) {
          for (InterviewRecord stub : interview.getInterviewRecordList()) {
            InterviewRecord full = fetched.get(stub.getId());
            if (full != null) {
              own.add(full);
            }
          }
        }
        Jsons.DEFAULT.toJson(new Line(interview, own), out);
        out.write('\n');
        interviews++;
        records += own.size();
      }
      pageToken = Boolean.TRUE.equals(page.getData().getHasMore())
          ? page.getData().getPageToken() : null;
    } while (pageToken != null && !pageToken.isEmpty());
    out.flush();
    return new ExportSummary(interviews, records, interviewRequests, recordRequests, rateLimited);
  }

  private Map<String, InterviewRecord> fetchRecords(InterviewExtend[] interviews)
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (InterviewExtend interview : interviews) {
      if (interview.getInterviewRecordList() != null) {
        for (InterviewRecord stub : interview.getInterviewRecordList()) {
          ids.add(stub.getId());
        }
      }
    }
    if (ids.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, InterviewRecord> byId = new HashMap<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
      ListInterviewRecordReq request = ListInterviewRecordReq.newBuilder().ids(batch).build();
      ListInterviewRecordResp resp =
          call(() -> client.hire().v1().interviewRecord().list(request), false);
      InterviewRecord[] items = resp.getData().getItems();
      if (items != null) {
        for (InterviewRecord record : items) {
          byId.put(record.getId(), record);
        }
      }
    }
    return byId;
  }

  private <R extends BaseResponse<?>> R call(Callable<R> send, boolean interviewsEndpoint)
      throws Exception {
    while (true) {
      if (interviewsEndpoint) {
        interviewRequests++;
      } else {
        recordRequests++;
      }
      R resp = send.call();
      RawResponse raw = resp.getRawResponse();
      if (resp.getCode() == RATE_LIMITED || (raw != null && raw.getStatusCode() == 429)) {
        rateLimited++;
        Thread.sleep(resetMillis(raw));
        continue;
      }
      if (!resp.success()) {
        throw new IllegalStateException("code " + resp.getCode() + ": " + resp.getMsg());
      }
      return resp;
    }
  }

  private static long resetMillis(RawResponse raw) {
    if (raw != null && raw.getHeaders() != null) {
      for (Map.Entry<String, List<String>> h : raw.getHeaders().entrySet()) {
        if ("x-ogw-ratelimit-reset".equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty()) {
          try {
            return Math.max(1, Long.parseLong(h.getValue().get(0).trim())) * 1000L;
          } catch (NumberFormatException e) {
            break;
          }
        }
      }
    }
    return 1000L;
  }

  /**
   * Exports and prints a one-line JSON summary to standard output.
   *
   * <p>Usage: {@code OfficialSdkExport BASE_URL APP_ID APP_SECRET OUT_FILE}
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: OfficialSdkExport BASE_URL APP_ID APP_SECRET OUT_FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    ExportSummary summary;
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      summary = new OfficialSdkExport(client(args[0], args[1], args[2])).export(out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(summary.toJson(seconds));
  }
}
