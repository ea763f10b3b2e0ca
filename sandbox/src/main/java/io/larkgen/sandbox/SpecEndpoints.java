package io.larkgen.sandbox;

import static io.larkgen.sandbox.SchemaData.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.HireEndpoints.Result;
import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.SpecModel.Pagination;
import io.larkgen.sandbox.SpecModel.ParamDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves any operation of the spec from its shape alone, with no code per operation:
 *
 * <ul>
 *   <li>an operation with {@code x-lark-pagination} lists the entities of its tag's family
 *       ({@code jobs} → {@code job}), paged with signed tokens, items at the dotted path below
 *       {@code data};
 *   <li>{@code x-lark-method: create} and an upload store the body's fields (an upload's text
 *       parts and file names) as a new entity;
 *       {@code PUT}/{@code PATCH} and {@code DELETE} on a path ending in an id parameter update
 *       or delete that entity; a {@code GET} on it answers it;
 *   <li>anything else answers its {@code data} schema for the entity its last id parameter
 *       names.
 * </ul>
 *
 * Every path parameter named like an id ({@code job_id}) must be an id of its family that
 * exists, else the answer is Feishu's 1002002 naming the parameter. An entity is answered in
 * the operation's response schema: the object in {@code data} that holds it (the one object
 * property, or the one named after the family; {@code data} itself when it has an {@code id}),
 * generated from the entity's id and laid over with the fields writes stored.
 */
final class SpecEndpoints {

  /** Most items on one page when the spec states no maximum. */
  private static final int MAX_PAGE = 500;

  /** Largest family a list filtered by a field walks entity by entity. */
  private static final int SCAN_LIMIT = 10_000;

  private final IdSpace ids;
  private final SchemaData values;
  private final RecordStore store;
  private final PageTokens pageTokens;

  SpecEndpoints(IdSpace ids, SchemaData values, RecordStore store, PageTokens pageTokens) {
    this.ids = ids;
    this.values = values;
    this.store = store;
    this.pageTokens = pageTokens;
  }

  Result handle(OperationDef op, Map<String, String> pathParams, Map<String, List<String>> query,
      ObjectNode body) {
    String entityParam = null;
    long index = -1;
    for (ParamDef p : op.parameters()) {
      if (!"path".equals(p.in()) || !IdSpace.isIdName(p.name())) {
        continue;
      }
      String family = IdSpace.familyOf(p.name());
      String id = pathParams.getOrDefault(p.name(), "");
      long i = ids.indexOf(family, id);
      if (!store.exists(family, i, ids.size(family))) {
        return Result.invalid(p.name(), id, "no " + family + " with id " + id);
      }
      entityParam = p.name();
      index = i;
    }
    String tagFamily = IdSpace.familyOf(op.tag().isEmpty() ? op.operationId() : op.tag());
    if (op.pagination() != null) {
      return list(op, tagFamily, query, body);
    }
    boolean onEntity = entityParam != null && op.pathTemplate().endsWith("{" + entityParam + "}");
    String family = entityParam == null ? tagFamily : IdSpace.familyOf(entityParam);
    boolean creates = "create".equals(op.larkMethod())
        || (op.body() != null && op.body().multipart());
    if (creates && "POST".equals(op.httpMethod())) {
      String key = op.idempotencyKey() == null || body == null
          ? null : text(body.get(op.idempotencyKey()));
      index = store.create(family, body == null ? Json.object() : body, key);
    } else if (onEntity && ("PUT".equals(op.httpMethod()) || "PATCH".equals(op.httpMethod()))) {
      store.update(family, index, body == null ? Json.object() : body);
    } else if (onEntity && "DELETE".equals(op.httpMethod())) {
      ObjectNode before = entityData(op, family, index);
      store.delete(family, index);
      return Result.ok(before);
    } else if (index < 0) {
      index = ids.draw(family, op.operationId().hashCode()) % ids.size(family);
    }
    return Result.ok(entityData(op, family, index));
  }

  /** The operation's {@code data} for the entity, or null when the envelope has no data. */
  private ObjectNode entityData(OperationDef op, String family, long index) {
    Map<String, Object> schema = op.dataSchema();
    if (schema == null) {
      return null;
    }
    SpecModel spec = op.spec();
    ObjectNode data = values.entity(spec, schema, family, index);
    ObjectNode holder = data;
    Map<String, Object> recordSchema = schema;
    for (String step : recordPath(spec, schema, family)) {
      recordSchema = spec.resolve(map(map(recordSchema.get("properties")).get(step)));
      ObjectNode record = values.entity(spec, recordSchema, family, index);
      holder.set(step, record);
      holder = record;
    }
    overlay(spec, recordSchema, holder, store.fields(family, index));
    return data;
  }

  private Result list(OperationDef op, String family, Map<String, List<String>> query,
      ObjectNode body) {
    Pagination paging = op.pagination();
    SpecModel spec = op.spec();
    Map<String, Object> schema = op.hasData() ? op.dataSchema() : Map.of();
    int pageSize = pageSize(op, paging, query);
    if (pageSize < 0) {
      String sent = first(query, paging.pageSizeParam()).orElse("");
      return Result.invalid(paging.pageSizeParam(), sent, "'" + sent + "' is not an integer");
    }
    long after = -1;
    Optional<String> token = first(query, paging.pageTokenParam());
    if (token.isPresent()) {
      Optional<ObjectNode> cursor = pageTokens.decode(token.get());
      if (cursor.isEmpty() || !family.equals(cursor.get().path("family").asText())
          || !cursor.get().path("after").canConvertToLong()) {
        return Result.invalid(paging.pageTokenParam(), token.get(), "invalid page token");
      }
      after = cursor.get().path("after").asLong();
    }
    ObjectNode data = values.entity(spec, schema, family, 0);
    ObjectNode container = data;
    Map<String, Object> containerSchema = schema;
    List<String> path = paging.items();
    for (String step : path.subList(0, path.size() - 1)) {
      containerSchema = spec.resolve(map(map(containerSchema.get("properties")).get(step)));
      container = container.get(step) instanceof ObjectNode o ? o : container.putObject(step);
    }
    String itemsName = path.get(path.size() - 1);
    Map<String, Object> itemSchema = spec.resolve(map(spec.resolve(
        map(map(containerSchema.get("properties")).get(itemsName))).get("items")));
    ArrayNode items = container.putArray(itemsName);
    boolean objects = "object".equals(itemSchema.get("type"));
    List<Filter> filters = filters(op, family, query, body);
    if (ids.size(family) > SCAN_LIMIT && filters.stream().noneMatch(Filter::own)) {
      // A data-set family (up to 334 k applications) is not walked entity by entity.
      filters = List.of();
    }
    Candidates candidates = new Candidates(family, filters);
    long last = after;
    long next = candidates.next(after);
    int matched = 0;
    while (next >= 0 && (items.size() < pageSize || !filters.isEmpty())) {
      ObjectNode stored = store.fields(family, next);
      ObjectNode item = objects ? item(spec, itemSchema, family, next, stored) : null;
      if (!matches(filters, family, next, item, stored, itemSchema)) {
        next = candidates.next(next);
        continue;
      }
      matched++;
      if (items.size() < pageSize) {
        if (item != null) {
          items.add(item);
        } else if (IdSpace.isIdName(itemsName)) {
          items.add(ids.idAt(family, next));
        } else {
          items.add(values.value(spec, itemSchema, family, ids.draw(family, next)));
        }
        last = next;
      } else if (!filters.isEmpty() && matched > pageSize) {
        break;
      }
      next = candidates.next(next);
    }
    boolean more = filters.isEmpty() ? next >= 0 : matched > pageSize;
    data.put(paging.hasMore(), more);
    if (more) {
      ObjectNode cursor = Json.object();
      cursor.put("family", family);
      cursor.put("after", last);
      data.put(paging.nextPageToken(), pageTokens.encode(cursor));
    } else {
      data.remove(paging.nextPageToken());
    }
    if (data.has("total") && data.get("total").isNumber()) {
      data.put("total", filters.isEmpty() ? ids.size(family)
          : countMatches(spec, objects ? itemSchema : null, family, filters));
    }
    return Result.ok(data);
  }

  /**
   * One equality condition of a list, from an id-named query parameter or top-level body field
   * with a value: {@code own} is the list's own family ({@code external_interview_id_list} on
   * external interviews: the entity's id is one of {@code values}); otherwise {@code field}
   * ({@code talent_id}) of the entity is one of them.
   */
  private record Filter(String field, boolean own, Set<String> values) {}

  /** The list's filters; page parameters and empty values are none. */
  private static List<Filter> filters(OperationDef op, String family,
      Map<String, List<String>> query, ObjectNode body) {
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    Pagination paging = op.pagination();
    for (ParamDef p : op.parameters()) {
      if ("query".equals(p.in()) && IdSpace.isIdName(p.name())
          && !p.name().equals(paging.pageTokenParam())) {
        query.getOrDefault(p.name(), List.of()).stream().filter(v -> !v.isEmpty())
            .forEach(v -> byName.computeIfAbsent(p.name(), k -> new HashSet<>()).add(v));
      }
    }
    if (body != null) {
      body.properties().forEach(e -> {
        if (IdSpace.isIdName(e.getKey())) {
          texts(e.getValue()).forEach(
              v -> byName.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(v));
        }
      });
    }
    List<Filter> out = new ArrayList<>();
    byName.forEach((name, vals) -> {
      String f = IdSpace.familyOf(name);
      out.add(new Filter(name.equals("id") ? "id" : f + "_id",
          name.equals("id") || f.equals(family), Set.copyOf(vals)));
    });
    return out;
  }

  /**
   * Whether the entity passes every filter. An own filter compares its id. A field filter
   * compares the answered item's field when the item schema declares it (generated values hold
   * the relation, stored ones overlay them), else the stored field when a write gave one; an
   * entity that has the field in neither is not filtered by it (the relation is not derivable).
   */
  private boolean matches(List<Filter> filters, String family, long index, ObjectNode item,
      ObjectNode stored, Map<String, Object> itemSchema) {
    for (Filter f : filters) {
      if (f.own()) {
        if (!f.values().contains(ids.idAt(family, index))) {
          return false;
        }
        continue;
      }
      boolean declared = item != null && map(itemSchema.get("properties")).containsKey(f.field());
      JsonNode value = declared ? item.get(f.field()) : stored.get(f.field());
      if (value == null) {
        if (declared) {
          return false;
        }
        continue;
      }
      if (texts(value).stream().noneMatch(f.values()::contains)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The indices a list walks: the ids an own filter names (existing ones, in list order), else
   * every entity of the family.
   */
  private final class Candidates {
    private final String family;
    private final long[] named;

    Candidates(String family, List<Filter> filters) {
      this.family = family;
      Set<String> own = null;
      for (Filter f : filters) {
        if (f.own()) {
          own = own == null ? new HashSet<>(f.values()) : own;
          own.retainAll(f.values());
        }
      }
      this.named = own == null ? null : own.stream()
          .mapToLong(id -> ids.indexOf(family, id))
          .filter(i -> store.exists(family, i, ids.size(family)))
          .sorted().distinct().toArray();
    }

    long next(long after) {
      if (named == null) {
        return store.next(family, after, ids.size(family));
      }
      for (long i : named) {
        if (i > after) {
          return i;
        }
      }
      return -1;
    }
  }

  /** How many entities of the family pass the filters (a filtered list's {@code total}). */
  private int countMatches(SpecModel spec, Map<String, Object> itemSchema, String family,
      List<Filter> filters) {
    Candidates candidates = new Candidates(family, filters);
    int count = 0;
    for (long i = candidates.next(-1); i >= 0; i = candidates.next(i)) {
      ObjectNode stored = store.fields(family, i);
      ObjectNode item = itemSchema == null ? null : item(spec, itemSchema, family, i, stored);
      if (matches(filters, family, i, item, stored, itemSchema)) {
        count++;
      }
    }
    return count;
  }

  /** A list item: the generated entity with the stored fields laid over it. */
  private ObjectNode item(SpecModel spec, Map<String, Object> itemSchema, String family,
      long index, ObjectNode stored) {
    ObjectNode item = values.entity(spec, itemSchema, family, index);
    overlay(spec, itemSchema, item, stored);
    return item;
  }

  /** The texts of a scalar or of an array's scalar items. */
  private static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> {
        if (n.isValueNode() && !n.isNull() && !n.asText().isEmpty()) {
          out.add(n.asText());
        }
      });
    } else if (node.isValueNode() && !node.isNull() && !node.asText().isEmpty()) {
      out.add(node.asText());
    }
    return out;
  }

  /**
   * Where below {@code data} the entity sits, as property names: nowhere further down once an
   * object has an {@code id}; else into the object property named after the family, else into
   * the only object property ({@code data.job_detail.job} for a job); at most three steps.
   */
  private static List<String> recordPath(SpecModel spec, Map<String, Object> data, String family) {
    List<String> path = new ArrayList<>();
    Map<String, Object> schema = data;
    while (path.size() < 3) {
      Map<String, Object> properties = map(schema.get("properties"));
      if (properties.containsKey("id")) {
        break;
      }
      String next = null;
      int objects = 0;
      for (Map.Entry<String, Object> p : properties.entrySet()) {
        if ("object".equals(spec.resolve(map(p.getValue())).get("type"))) {
          objects++;
          if (next == null || IdSpace.familyOf(p.getKey()).equals(family)) {
            next = p.getKey();
          }
          if (IdSpace.familyOf(p.getKey()).equals(family)) {
            objects = 1;
            break;
          }
        }
      }
      if (objects != 1) {
        break;
      }
      path.add(next);
      schema = spec.resolve(map(properties.get(next)));
    }
    return path;
  }

  /**
   * Lays the stored fields over the generated record where the schema declares a property of
   * that name and the stored value fits the response's type for it (objects field by field; a
   * request's array of other items than the response's is left out, like undeclared fields).
   */
  private static void overlay(SpecModel spec, Map<String, Object> schema, ObjectNode target,
      ObjectNode fields) {
    Map<String, Object> properties = map(schema.get("properties"));
    fields.properties().forEach(e -> {
      Object declared = properties.get(e.getKey());
      if (declared == null) {
        return;
      }
      Map<String, Object> sub = spec.resolve(map(declared));
      JsonNode value = e.getValue();
      if ("object".equals(sub.get("type")) && value.isObject()
          && target.get(e.getKey()) instanceof ObjectNode o) {
        overlay(spec, sub, o, (ObjectNode) value);
      } else if (BodyValidator.validate(spec, sub, value).isEmpty()) {
        target.set(e.getKey(), value);
      }
    });
  }

  /** The page size asked for (default and clamp from the spec), or -1 when it is no number. */
  private static int pageSize(OperationDef op, Pagination paging, Map<String, List<String>> query) {
    Optional<ParamDef> param = op.parameter(paging.pageSizeParam());
    int fallback = param.map(ParamDef::defaultValue).map(Integer::parseInt)
        .orElse(param.map(ParamDef::maximum).map(max -> (int) Math.min(10, max)).orElse(10));
    Optional<String> sent = first(query, paging.pageSizeParam());
    if (sent.isPresent() && !sent.get().matches("-?[0-9]{1,18}")) {
      return -1;
    }
    // An int64 page size without a maximum is clamped, not overflowed.
    long size = sent.map(Long::parseLong).orElse((long) fallback);
    return size <= 0 ? fallback : (int) Math.min(size, MAX_PAGE);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  private static Optional<String> first(Map<String, List<String>> query, String name) {
    return query.getOrDefault(name, List.of()).stream().filter(s -> !s.isEmpty()).findFirst();
  }
}
