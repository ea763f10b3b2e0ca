package io.larkgen.importer.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI Overlay 1.0 document ({@code overlay: 1.0.0}, {@code actions} with a JSONPath
 * {@code target} and an {@code update} or {@code remove}). {@code update} merges into each
 * selected node: object properties are merged recursively, other values replace; when the target
 * is an array the update is appended. {@code remove: true} deletes the selected nodes from their
 * parents. The root may carry {@code x-lark-schema-names} (Feishu type name → schema name) and
 * {@code x-lark-enum-names} (enum schema name → the field and value set it names), which the
 * importer reads before it builds schemas.
 */
public final class Overlay {

  private final List<Action> actions;
  private final Map<String, String> schemaNames;
  private final Map<String, String> enumNames;

  private record Action(JsonPath target, JsonNode update, boolean remove, String description, int index) {}

  private Overlay(List<Action> actions, Map<String, String> schemaNames, Map<String, String> enumNames) {
    this.actions = actions;
    this.schemaNames = schemaNames;
    this.enumNames = enumNames;
  }

  /** An overlay that changes nothing. */
  public static Overlay empty() {
    return new Overlay(List.of(), Map.of(), Map.of());
  }

  /**
   * Reads an overlay document.
   *
   * @throws IllegalArgumentException naming the action and what is wrong with it
   */
  public static Overlay of(JsonNode document) {
    if (!document.path("overlay").asText().startsWith("1.")) {
      throw new IllegalArgumentException("not an Overlay 1.x document (expected 'overlay: 1.0.0' at the root)");
    }
    Map<String, String> names = new LinkedHashMap<>();
    document.path("x-lark-schema-names").properties()
        .forEach(entry -> names.put(entry.getKey(), entry.getValue().asText()));
    Map<String, String> enums = new LinkedHashMap<>();
    document.path("x-lark-enum-names").properties().forEach(entry -> {
      List<String> values = new ArrayList<>();
      entry.getValue().path("values").forEach(value -> values.add(value.asText()));
      String field = entry.getValue().path("field").asText(null);
      if (field == null || values.isEmpty()) {
        throw new IllegalArgumentException("x-lark-enum-names." + entry.getKey() + " needs 'field' and 'values'");
      }
      enums.put(enumKey(field, values), entry.getKey());
    });
    List<Action> actions = new ArrayList<>();
    JsonNode list = document.path("actions");
    if (!list.isArray()) {
      throw new IllegalArgumentException("'actions' must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode action = list.get(i);
      String target = action.path("target").asText(null);
      if (target == null) {
        throw new IllegalArgumentException("action " + (i + 1) + " has no 'target'");
      }
      boolean remove = action.path("remove").asBoolean(false);
      if (!remove && !action.has("update")) {
        throw new IllegalArgumentException("action " + (i + 1) + " (" + target + ") has neither 'update' nor 'remove'");
      }
      actions.add(new Action(JsonPath.compile(target), action.get("update"), remove,
          action.path("description").asText(""), i + 1));
    }
    return new Overlay(List.copyOf(actions), Map.copyOf(names), Map.copyOf(enums));
  }

  /** The key of an enum by field name and value set, as {@link #enumNames()} uses it. */
  public static String enumKey(String field, List<String> values) {
    return field + "=" + String.join(",", values);
  }

  public Map<String, String> schemaNames() {
    return schemaNames;
  }

  /**
   * Pinned enum names from {@code x-lark-enum-names} ({@code Name: {field, values}}), keyed by
   * {@link #enumKey}: the value set of that field takes that name whatever the other sets are.
   */
  public Map<String, String> enumNames() {
    return enumNames;
  }

  /**
   * Applies the actions in order to the document, in place.
   *
   * @return one line per action that selected nothing (an overlay gone stale against the docs)
   */
  public List<String> apply(ObjectNode document) {
    List<String> unmatched = new ArrayList<>();
    for (Action action : actions) {
      List<JsonNode> targets = action.target.select(document);
      if (targets.isEmpty()) {
        unmatched.add("overlay action " + action.index + " (" + action.target + ") selects nothing");
        continue;
      }
      if (action.remove) {
        removeAll(document, targets);
      } else {
        for (JsonNode target : targets) {
          merge(target, action.update);
        }
      }
    }
    return unmatched;
  }

  private static void merge(JsonNode target, JsonNode update) {
    if (target instanceof ArrayNode array) {
      if (update.isArray()) {
        array.addAll((ArrayNode) update.deepCopy());
      } else {
        array.add(update.deepCopy());
      }
      return;
    }
    if (!(target instanceof ObjectNode object) || !update.isObject()) {
      return;
    }
    update.properties().forEach(entry -> {
      JsonNode existing = object.get(entry.getKey());
      if (existing instanceof ObjectNode && entry.getValue().isObject()) {
        merge(existing, entry.getValue());
      } else {
        object.set(entry.getKey(), entry.getValue().deepCopy());
      }
    });
  }

  private static void removeAll(JsonNode node, List<JsonNode> targets) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
      while (fields.hasNext()) {
        JsonNode child = fields.next().getValue();
        if (containsIdentity(targets, child)) {
          fields.remove();
        } else {
          removeAll(child, targets);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (containsIdentity(targets, array.get(i))) {
          array.remove(i);
        } else {
          removeAll(array.get(i), targets);
        }
      }
    }
  }

  private static boolean containsIdentity(List<JsonNode> nodes, JsonNode node) {
    for (JsonNode candidate : nodes) {
      if (candidate == node) {
        return true;
      }
    }
    return false;
  }
}
