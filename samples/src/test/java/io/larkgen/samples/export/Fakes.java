package io.larkgen.samples.export;

import com.fasterxml.jackson.core.JsonGenerator;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/** Small stand-ins for the generated model and client, for the exporter's unit tests. */
final class Fakes {
  private Fakes() {}

  record Interview(String id, long begin, String note, List<String> recordIds) {}

  record Record(String id, String conclusion, String content) {}

  static final JsonWriter<Interview> INTERVIEW_CODEC =
      (i, g) -> {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeNumberField("begin_time", i.begin());
        g.writeObjectFieldStart("stage");
        g.writeStringField("note", i.note());
        g.writeEndObject();
        g.writeArrayFieldStart("interview_record_list");
        for (String r : i.recordIds()) {
          g.writeStartObject();
          g.writeStringField("id", r);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      };

  static final JsonWriter<Record> RECORD_CODEC = Fakes::writeRecord;

  private static void writeRecord(Record r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    if (r.conclusion() != null) {
      g.writeStringField("conclusion", r.conclusion());
    }
    g.writeStringField("content", r.content());
    g.writeEndObject();
  }

  static final ExportModel<Interview, Record> MODEL =
      new ExportModel<>() {
        @Override
        public List<String> recordIds(Interview i) {
          return i.recordIds();
        }

        @Override
        public String recordId(Record r) {
          return r.id();
        }

        @Override
        public String conclusionLabel(Record r) {
          return r.conclusion() == null ? "none" : r.conclusion();
        }

        @Override
        public OptionalLong beginTime(Interview i) {
          return OptionalLong.of(i.begin());
        }
      };

  static final List<CsvColumn<Interview, Record>> COLUMNS =
      List.of(
          new CsvColumn<>("interview_id", (i, r) -> i.id()),
          new CsvColumn<>("note", (i, r) -> i.note()),
          new CsvColumn<>("record_id", (i, r) -> r == null ? null : r.id()),
          new CsvColumn<>("content", (i, r) -> r == null ? null : r.content()));

  /** A data set: interview k has k % 4 records; some texts need CSV quoting. */
  static final class Data {
    final List<Interview> interviews = new ArrayList<>();
    final Map<String, Record> records = new LinkedHashMap<>();

    Data(int n) {
      String[] conclusions = {"PASS", "FAIL", null, "unknown(42)"};
      for (int k = 0; k < n; k++) {
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < k % 4; j++) {
          String rid = "r" + k + "-" + j;
          ids.add(rid);
          records.put(rid, new Record(rid, conclusions[(k + j) % 4], "评价 " + k + ", \"ok\"\nline " + j));
        }
        interviews.add(new Interview("i" + k, 1_700_000_000_000L + k * 1000L, "轮次 " + k, List.copyOf(ids)));
      }
    }
  }

  /** Pages of {@code pageSize} interviews; tokens are "p" + index of the page's first item. */
  static class Source implements InterviewSource<Interview, Record> {
    final Data data;
    final int pageSize;
    final AtomicInteger pageRequests = new AtomicInteger();
    final List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());

    Source(Data data, int pageSize) {
      this.data = data;
      this.pageSize = pageSize;
    }

    @Override
    public Iterator<Page<Interview>> pages(Segment segment, String pageToken) {
      int start = pageToken == null ? 0 : Integer.parseInt(pageToken.substring(1));
      List<Interview> selected = new ArrayList<>();
      for (Interview i : data.interviews) {
        if (segment.applicationId() == null || i.id().endsWith(segment.applicationId())) {
          selected.add(i);
        }
      }
      return new Iterator<>() {
        int next = start;
        boolean first = true;

        @Override
        public boolean hasNext() {
          return first || next < selected.size();
        }

        @Override
        public Page<Interview> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          first = false;
          pageRequests.incrementAndGet();
          int end = Math.min(selected.size(), next + pageSize);
          List<Interview> items = selected.subList(next, end);
          next = end;
          return new Page<>(items, end < selected.size() ? "p" + end : null);
        }
      };
    }

    @Override
    public List<Record> records(List<String> ids) {
      if (ids.size() > MAX_RECORD_BATCH) {
        throw new IllegalArgumentException("batch of " + ids.size());
      }
      batchSizes.add(ids.size());
      List<Record> out = new ArrayList<>();
      for (String id : ids) {
        Record r = data.records.get(id);
        if (r != null) {
          out.add(r);
        }
      }
      return out;
    }

    @Override
    public ClientStats stats() {
      return new ClientStats(pageRequests.get() + batchSizes.size(), 0, 0, 0);
    }
  }
}
