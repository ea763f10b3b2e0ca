package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.InterviewFilter;
import io.larkgen.sandbox.SandboxDataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/** Checks an export against the sandbox's data set: every interview and record once, every field equal. */
final class Expected {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER_ID_TYPE = "open_id";

  private Expected() {}

  /**
   * The tree without members whose value is null or an empty array, recursively. The generated
   * models keep collections non-null (absent and empty both read as an empty list, per the
   * design), so the codec cannot tell {@code "image_list": []} from a missing member; and it
   * treats JSON null as absent. Everything else must be equal.
   */
  static JsonNode normalized(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      node.properties().forEach(e -> {
        JsonNode v = e.getValue();
        if (!v.isNull() && !(v.isArray() && v.isEmpty())) {
          out.set(e.getKey(), normalized(v));
        }
      });
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
      node.forEach(v -> out.add(normalized(v)));
      return out;
    }
    return node;
  }

  /** Checks a JSON Lines export of {@code filter}; returns the number of records seen. */
  static long checkJsonLines(SandboxDataset data, InterviewFilter filter, Path file) throws IOException {
    int[] indices = data.interviewIndices(filter).toArray();
    assertTrue(indices.length > 0, "the filter selects interviews");
    long records = 0;
    Set<String> recordIds = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (int k = 0; k < indices.length; k++) {
        String line = in.readLine();
        assertTrue(line != null, "line " + (k + 1) + " of " + indices.length + " is missing");
        ObjectNode got = (ObjectNode) JSON.readTree(line);
        JsonNode recs = got.remove(JsonLinesWriter.RECORDS_FIELD);
        ObjectNode want = data.interview(indices[k], USER_ID_TYPE);
        assertEquals(normalized(want), normalized(got), "interview on line " + (k + 1));
        List<String> ids = data.recordIdsOf(indices[k]);
        assertEquals(ids.size(), recs.size(), "records of line " + (k + 1));
        for (int j = 0; j < ids.size(); j++) {
          assertEquals(
              normalized(data.interviewRecord(ids.get(j), USER_ID_TYPE)), normalized(recs.get(j)), "record " + ids.get(j));
          assertTrue(recordIds.add(ids.get(j)), "record " + ids.get(j) + " twice");
          records++;
        }
      }
      assertEquals(null, in.readLine(), "no lines after the last interview");
    }
    return records;
  }

  /** Checks a CSV export of {@code filter}; returns the number of records seen. */
  static long checkCsv(SandboxDataset data, InterviewFilter filter, Path file) throws IOException {
    List<List<String>> rows = WritersTest.parseCsv(file);
    List<String> header = rows.get(0);
    int interviewId = header.indexOf("interview_id");
    int applicationId = header.indexOf("application_id");
    int beginTime = header.indexOf("begin_time");
    int recordId = header.indexOf("record_id");
    int recordJson = header.indexOf("record_json");
    assertEquals(HireColumns.ALL.size(), header.size());
    int[] row = {1};
    long[] records = {0};
    IntConsumer check =
        index -> {
          if (data.recordIdsOf(index).isEmpty()) {
            List<String> r = rows.get(row[0]++);
            assertEquals(data.interviewId(index), r.get(interviewId));
            assertEquals("", r.get(recordId), "an interview without records has one row without a record");
          }
          for (String id : data.recordIdsOf(index)) {
            List<String> r = rows.get(row[0]++);
            assertEquals(header.size(), r.size(), "cells in row " + row[0]);
            assertEquals(data.interviewId(index), r.get(interviewId));
            assertEquals(data.applicationId(index), r.get(applicationId));
            assertEquals(Instant.ofEpochMilli(data.beginTime(index)).toString(), r.get(beginTime));
            assertEquals(id, r.get(recordId));
            try {
              assertEquals(
                  normalized(data.interviewRecord(id, USER_ID_TYPE)),
                  normalized(JSON.readTree(r.get(recordJson))),
                  "record " + id);
            } catch (IOException e) {
              throw new AssertionError(e);
            }
            records[0]++;
          }
        };
    data.interviewIndices(filter).forEach(check);
    assertEquals(rows.size(), row[0], "no rows after the last record");
    return records[0];
  }
}
