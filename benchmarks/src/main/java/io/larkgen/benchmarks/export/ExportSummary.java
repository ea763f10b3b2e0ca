package io.larkgen.benchmarks.export;

import java.util.Locale;

/**
 * What one export loop did ({@link OfficialSdkExport}, {@link LarkgenExport}).
 *
 * @param interviews interviews written
 * @param records interview records written
 * @param interviewRequests calls of {@code GET /interviews}: for the SDK loop every attempt,
 *     for the Larkgen loop one per page (its client's retries are inside the call)
 * @param recordRequests calls of {@code GET /interview_records}, counted the same way
 * @param rateLimited answers that were HTTP 429 or code 99991400
 */
public record ExportSummary(
    long interviews, long records, int interviewRequests, int recordRequests,
    int rateLimited) {

  /** Renders the summary as the one JSON line the export prints. */
  public String toJson(double seconds) {
    return String.format(Locale.ROOT,
        "{\"interviews\":%d,\"records\":%d,\"interview_requests\":%d,"
            + "\"record_requests\":%d,\"rate_limited\":%d,\"seconds\":%.3f}",
        interviews, records, interviewRequests, recordRequests, rateLimited, seconds);
  }
}
