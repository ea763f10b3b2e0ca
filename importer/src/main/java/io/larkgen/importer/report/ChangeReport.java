package io.larkgen.importer.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.importer.openapi.SchemaTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between an existing spec file and a fresh import, per operation and schema, each
 * change classified as breaking (a removed operation, field or parameter, a type change, a removed
 * enum value, a parameter that became required) or not (anything added, descriptions, extensions).
 * Operations are matched by method and path, schemas by name; each section shows the pages'
 * {@code x-lark-doc.update-time} before and after.
 */
public final class ChangeReport {

  /** One change. */
  public record Change(String where, boolean breaking, String what) {
    @Override
    public String toString() {
      return (breaking ? "BREAKING " : "         ") + where + ": " + what;
    }
  }

  private final List<Change> changes = new ArrayList<>();
  private final Map<String, String> updateTimes = new LinkedHashMap<>();

  private ChangeReport() {}

  /** Compares two OpenAPI documents (the old one may be {@code null}: everything is new). */
  public static ChangeReport compare(JsonNode before, JsonNode after) {
    ChangeReport report = new ChangeReport();
    if (before == null) {
      report.changes.add(new Change("file", false, "new file"));
      return report;
    }
    report.operations(before.path("paths"), after.path("paths"));
    report.schemas(before.path("components").path("schemas"), after.path("components").path("schemas"));
    Set<String> events = new TreeSet<>();
    before.path("x-lark-events").forEach(event -> events.add(event.path("event-type").asText()));
    Set<String> newEvents = new TreeSet<>();
    after.path("x-lark-events").forEach(event -> newEvents.add(event.path("event-type").asText()));
    for (String event : events) {
      if (!newEvents.contains(event)) {
        report.changes.add(new Change("event " + event, true, "removed"));
      }
    }
    for (String event : newEvents) {
      if (!events.contains(event)) {
        report.changes.add(new Change("event " + event, false, "added"));
      }
    }
    return report;
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public boolean hasBreaking() {
    return changes.stream().anyMatch(Change::breaking);
  }

  private static String updateTime(JsonNode node) {
    JsonNode time = node == null ? null : node.path("x-lark-doc").get("update-time");
    return time == null ? "-" : time.asText();
  }

  private void section(String where, JsonNode before, JsonNode after) {
    updateTimes.put(where, "update-time " + updateTime(before) + " → " + updateTime(after));
  }

  private void operations(JsonNode before, JsonNode after) {
    Set<String> paths = new TreeSet<>();
    before.fieldNames().forEachRemaining(paths::add);
    after.fieldNames().forEachRemaining(paths::add);
    for (String path : paths) {
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        JsonNode old = before.path(path).get(method);
        JsonNode fresh = after.path(path).get(method);
        String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path
            + (fresh != null ? " (" + fresh.path("operationId").asText() + ")"
                : old != null ? " (" + old.path("operationId").asText() + ")" : "");
        if (old == null && fresh == null) {
          continue;
        }
        if (old == null) {
          changes.add(new Change(where, false, "operation added"));
        } else if (fresh == null) {
          changes.add(new Change(where, true, "operation removed"));
        } else {
          int count = changes.size();
          operation(where, old, fresh);
          if (changes.size() > count) {
            section(where, old, fresh);
          }
        }
      }
    }
  }

  private void operation(String where, JsonNode old, JsonNode fresh) {
    Map<String, JsonNode> oldParams = parameters(old);
    Map<String, JsonNode> newParams = parameters(fresh);
    for (Map.Entry<String, JsonNode> entry : oldParams.entrySet()) {
      JsonNode now = newParams.get(entry.getKey());
      if (now == null) {
        changes.add(new Change(where, true, "parameter " + entry.getKey() + " removed"));
        continue;
      }
      JsonNode was = entry.getValue();
      if (!was.path("required").asBoolean() && now.path("required").asBoolean()) {
        changes.add(new Change(where, true, "parameter " + entry.getKey() + " became required"));
      }
      if (!SchemaTypes.of(was.path("schema")).equals(SchemaTypes.of(now.path("schema")))) {
        changes.add(new Change(where, true, "parameter " + entry.getKey() + " type " + SchemaTypes.of(was.path("schema"))
            + " → " + SchemaTypes.of(now.path("schema"))));
      }
      if (!Objects.equals(was.path("description").asText(), now.path("description").asText())) {
        changes.add(new Change(where, false, "parameter " + entry.getKey() + " description changed"));
      }
    }
    for (Map.Entry<String, JsonNode> entry : newParams.entrySet()) {
      if (!oldParams.containsKey(entry.getKey())) {
        boolean required = entry.getValue().path("required").asBoolean();
        changes.add(new Change(where, required, (required ? "required" : "optional") + " parameter "
            + entry.getKey() + " added"));
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    old.fieldNames().forEachRemaining(keys::add);
    fresh.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (key.startsWith("x-lark-") && !key.equals("x-lark-doc") && !Objects.equals(old.get(key), fresh.get(key))) {
        changes.add(new Change(where, false, key + " changed: " + old.get(key) + " → " + fresh.get(key)));
      }
    }
    if (!Objects.equals(old.path("description").asText(), fresh.path("description").asText())
        || !Objects.equals(old.path("summary").asText(), fresh.path("summary").asText())) {
      changes.add(new Change(where, false, "summary or description changed"));
    }
    if (!Objects.equals(old.path("requestBody"), fresh.path("requestBody"))) {
      boolean hadBody = old.has("requestBody");
      changes.add(new Change(where, hadBody != fresh.has("requestBody"), "request body "
          + (!hadBody ? "added" : !fresh.has("requestBody") ? "removed" : "content type or schema changed")));
    }
  }

  private static Map<String, JsonNode> parameters(JsonNode operation) {
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    operation.path("parameters").forEach(parameter -> parameters.put(
        parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter));
    return parameters;
  }

  private void schemas(JsonNode before, JsonNode after) {
    Set<String> names = new TreeSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode old = before.get(name);
      JsonNode fresh = after.get(name);
      String where = "schema " + name;
      if (old == null) {
        changes.add(new Change(where, false, "added"));
        continue;
      }
      if (fresh == null) {
        changes.add(new Change(where, true, "removed"));
        continue;
      }
      int count = changes.size();
      schema(where, old, fresh);
      if (changes.size() > count) {
        section(where, old, fresh);
      }
    }
  }

  private void schema(String where, JsonNode old, JsonNode fresh) {
    if (!SchemaTypes.of(old).equals(SchemaTypes.of(fresh))) {
      changes.add(new Change(where, true, "type " + SchemaTypes.of(old) + " → " + SchemaTypes.of(fresh)));
    }
    Set<String> oldValues = values(old.path("enum"));
    Set<String> newValues = values(fresh.path("enum"));
    for (String value : oldValues) {
      if (!newValues.contains(value)) {
        changes.add(new Change(where, true, "enum value " + value + " removed"));
      }
    }
    for (String value : newValues) {
      if (!oldValues.contains(value)) {
        changes.add(new Change(where, false, "enum value " + value + " added"));
      }
    }
    JsonNode oldProperties = old.path("properties");
    JsonNode newProperties = fresh.path("properties");
    Set<String> required = values(fresh.path("required"));
    Set<String> wasRequired = values(old.path("required"));
    oldProperties.properties().forEach(entry -> {
      JsonNode now = newProperties.get(entry.getKey());
      if (now == null) {
        changes.add(new Change(where, true, "field " + entry.getKey() + " removed"));
      } else {
        if (!SchemaTypes.of(entry.getValue()).equals(SchemaTypes.of(now))) {
          changes.add(new Change(where, true, "field " + entry.getKey() + " type " + SchemaTypes.of(entry.getValue())
              + " → " + SchemaTypes.of(now)));
        }
        if (!Objects.equals(entry.getValue().path("description").asText(), now.path("description").asText())) {
          changes.add(new Change(where, false, "field " + entry.getKey() + " description changed"));
        }
      }
    });
    newProperties.properties().forEach(entry -> {
      if (!oldProperties.has(entry.getKey())) {
        boolean isRequired = required.contains(entry.getKey());
        changes.add(new Change(where, isRequired, (isRequired ? "required" : "new") + " field " + entry.getKey()
            + " added"));
      }
    });
    for (String field : required) {
      if (!wasRequired.contains(field) && oldProperties.has(field)) {
        changes.add(new Change(where, true, "field " + field + " became required"));
      }
    }
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** The report as text: breaking changes first, then the others, each section with its update times. */
  public String render(String file) {
    StringBuilder out = new StringBuilder();
    long breaking = changes.stream().filter(Change::breaking).count();
    out.append("## ").append(file).append(": ").append(changes.size()).append(" change(s), ")
        .append(breaking).append(" breaking\n");
    for (boolean kind : List.of(true, false)) {
      String last = null;
      for (Change change : changes) {
        if (change.breaking() != kind) {
          continue;
        }
        if (!change.where().equals(last)) {
          String times = updateTimes.get(change.where());
          out.append(kind ? "BREAKING " : "         ").append(change.where())
              .append(times == null ? "" : " [" + times + "]").append('\n');
          last = change.where();
        }
        out.append("    - ").append(change.what()).append('\n');
      }
    }
    return out.toString();
  }
}
