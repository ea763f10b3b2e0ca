package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.QueryValidator.Violation;
import io.larkgen.sandbox.SpecModel.OperationDef;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand-crafted operations: what hire v1's {@code /interviews}, {@code /interview_records}
 * and {@code /interview_records/{id}} return for a valid query, from the interview data set
 * the samples' end-to-end tests compare with. Every other operation is {@link SpecEndpoints}'.
 * Query rules were already checked against the spec; what is left here is what only the data
 * can decide (page tokens, unknown ids).
 */
final class HireEndpoints {

  /** The {@code data} of a success answer, or a broken rule. */
  record Result(ObjectNode data, Violation violation) {
    static Result ok(ObjectNode data) {
      return new Result(data, null);
    }

    static Result invalid(String field, String value, String message) {
      return new Result(null, new Violation(field, value, field + ": " + message));
    }
  }

  /** Operations this class serves, as {@code tag.x-lark-method}. */
  static final Set<String> SERVED = Set.of(
      "interviews.list", "interview_records.list", "interview_records.get");

  private final SandboxDataset data;
  private final PageTokens pageTokens;

  HireEndpoints(SandboxDataset data, PageTokens pageTokens) {
    this.data = data;
    this.pageTokens = pageTokens;
  }

  static String key(OperationDef op) {
    return op.tag() + "." + op.larkMethod();
  }

  /** Whether the operation is one of the hand-crafted v1 ones (everything else: the spec's). */
  static boolean serves(OperationDef op) {
    return SERVED.contains(key(op)) && op.pathTemplate().contains("/hire/v1/");
  }

  Result handle(OperationDef op, Map<String, String> pathParams, Map<String, List<String>> query) {
    return switch (key(op)) {
      case "interviews.list" -> listInterviews(op, query);
      case "interview_records.list" -> listRecords(op, query);
      case "interview_records.get" -> getRecord(op, pathParams, query);
      default -> throw new IllegalStateException("no data behind operation " + op.operationId());
    };
  }

  private Result listInterviews(OperationDef op, Map<String, List<String>> query) {
    int pageSize = pageSize(op, query);
    String userIdType = first(query, "user_id_type").orElse("open_id");
    String jobLevel = first(query, "job_level_id_type").orElse(SandboxDataset.DEFAULT_JOB_LEVEL_ID_TYPE);
    InterviewFilter filter = new InterviewFilter(
        first(query, "application_id").orElse(null),
        first(query, "interview_id").orElse(null),
        first(query, "start_time").map(Long::parseLong).orElse(null),
        first(query, "end_time").map(Long::parseLong).orElse(null));
    int from = 0;
    Optional<String> token = first(query, "page_token");
    if (token.isPresent()) {
      Optional<ObjectNode> cursor = pageTokens.decode(token.get());
      OptionalInt last = cursor.isEmpty() ? OptionalInt.empty()
          : data.indexOfInterview(cursor.get().path("id").asText(""));
      if (last.isEmpty()
          || cursor.get().path("biz_time").asLong(-1) != data.beginTime(last.getAsInt())) {
        return Result.invalid("page_token", token.get(), "invalid page token");
      }
      from = last.getAsInt() + 1;
    }
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    int index = data.nextMatch(filter, from);
    int lastIndex = -1;
    while (index >= 0 && items.size() < pageSize) {
      items.add(data.interview(index, userIdType, jobLevel));
      lastIndex = index;
      index = data.nextMatch(filter, index + 1);
    }
    boolean more = index >= 0;
    out.put("has_more", more);
    if (more) {
      ObjectNode cursor = Json.object();
      cursor.put("biz_time", data.beginTime(lastIndex));
      cursor.put("id", data.interviewId(lastIndex));
      out.put("page_token", pageTokens.encode(cursor));
    }
    return Result.ok(out);
  }

  private Result listRecords(OperationDef op, Map<String, List<String>> query) {
    String userIdType = first(query, "user_id_type").orElse("open_id");
    String jobLevel = first(query, "job_level_id_type").orElse(SandboxDataset.DEFAULT_JOB_LEVEL_ID_TYPE);
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    List<String> ids = query.getOrDefault("ids", List.of());
    if (!ids.isEmpty()) {
      // "使用该筛选项时不会分页": the records found, by id, and no paging fields beyond has_more.
      Set<Integer> ordinals = new TreeSet<>();
      for (String id : ids) {
        data.recordOrdinal(id).ifPresent(ordinals::add);
      }
      for (int ordinal : ordinals) {
        items.add(data.recordAt(ordinal, userIdType, jobLevel));
      }
      out.put("has_more", false);
      return Result.ok(out);
    }
    int pageSize = pageSize(op, query);
    int from = 0;
    Optional<String> token = first(query, "page_token");
    if (token.isPresent()) {
      Optional<ObjectNode> cursor = pageTokens.decode(token.get());
      OptionalInt last = cursor.isEmpty() ? OptionalInt.empty()
          : data.recordOrdinal(cursor.get().path("id").asText(""));
      if (last.isEmpty()) {
        return Result.invalid("page_token", token.get(), "invalid page token");
      }
      from = last.getAsInt() + 1;
    }
    int end = Math.min(data.recordCount(), from + pageSize);
    for (int ordinal = from; ordinal < end; ordinal++) {
      items.add(data.recordAt(ordinal, userIdType, jobLevel));
    }
    boolean more = end < data.recordCount();
    if (more) {
      ObjectNode cursor = Json.object();
      cursor.put("id", data.recordIdAt(end - 1));
      out.put("page_token", pageTokens.encode(cursor));
    }
    out.put("has_more", more);
    return Result.ok(out);
  }

  private Result getRecord(OperationDef op, Map<String, String> pathParams,
      Map<String, List<String>> query) {
    String param = op.parameters().stream().filter(p -> "path".equals(p.in()))
        .map(SpecModel.ParamDef::name).findFirst().orElse("interview_record_id");
    String id = pathParams.getOrDefault(param, "");
    String userIdType = first(query, "user_id_type").orElse("open_id");
    String jobLevel = first(query, "job_level_id_type").orElse(SandboxDataset.DEFAULT_JOB_LEVEL_ID_TYPE);
    Optional<ObjectNode> record = data.findInterviewRecord(id, userIdType, jobLevel);
    if (record.isEmpty()) {
      return Result.invalid(param, id, "no interview record with id " + id);
    }
    ObjectNode out = Json.object();
    out.set("interview_record", record.get());
    return Result.ok(out);
  }

  /**
   * The same answer with its next {@code page_token} replaced by the request's own, or null
   * when the fault cannot apply (no page token sent, or no further page).
   */
  Reply repeatPageToken(Reply reply, Map<String, List<String>> query) {
    Optional<String> token = first(query, "page_token");
    if (token.isEmpty() || reply.status != 200) {
      return null;
    }
    try {
      JsonNode body = Json.MAPPER.readTree(reply.body);
      JsonNode dataNode = body.path("data");
      if (!(dataNode instanceof ObjectNode d) || !d.path("has_more").asBoolean(false)
          || !d.has("page_token")) {
        return null;
      }
      d.put("page_token", token.get());
      Reply repeated = Reply.json(reply.status, body);
      repeated.headers.putAll(reply.headers);
      return repeated;
    } catch (IOException e) {
      return null;
    }
  }

  private static int pageSize(OperationDef op, Map<String, List<String>> query) {
    int fallback = op.parameter("page_size").map(SpecModel.ParamDef::defaultValue)
        .map(Integer::parseInt).orElse(10);
    int size = first(query, "page_size").map(Integer::parseInt).orElse(fallback);
    return size <= 0 ? fallback : size;
  }

  private static Optional<String> first(Map<String, List<String>> query, String name) {
    return query.getOrDefault(name, List.of()).stream().filter(s -> !s.isEmpty()).findFirst();
  }
}
