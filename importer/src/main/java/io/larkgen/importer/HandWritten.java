package io.larkgen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operations written by hand in an existing spec file (no {@code x-lark-doc}) survive a re-import:
 * each one whose method and path the docs do not cover is copied into the fresh document, with the
 * hand-written schemas it references that the import does not define.
 */
final class HandWritten {

  private HandWritten() {}

  static void keep(Path existingFile, ObjectNode fresh, YAMLMapper yaml) throws IOException {
    if (!Files.exists(existingFile)) {
      return;
    }
    JsonNode existing = yaml.readTree(existingFile.toFile());
    ObjectNode paths = (ObjectNode) fresh.path("paths");
    ObjectNode schemas = (ObjectNode) fresh.path("components").path("schemas");
    JsonNode oldSchemas = existing.path("components").path("schemas");
    Deque<JsonNode> pending = new ArrayDeque<>();
    Map<String, ObjectNode> added = new TreeMap<>();
    existing.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
      if (operation.getValue().has("x-lark-doc") || !operation.getValue().isObject()) {
        return;
      }
      JsonNode item = paths.get(path.getKey());
      if (item != null && item.has(operation.getKey())) {
        return;
      }
      ObjectNode target = item instanceof ObjectNode object ? object : paths.putObject(path.getKey());
      target.set(operation.getKey(), operation.getValue().deepCopy());
      added.put(path.getKey(), target);
      pending.add(operation.getValue());
    }));
    while (!pending.isEmpty()) {
      JsonNode node = pending.pop();
      for (JsonNode ref : node.findValues("$ref")) {
        String name = ref.asText().replaceFirst("^#/components/schemas/", "");
        if (!schemas.has(name) && oldSchemas.has(name)) {
          schemas.set(name, oldSchemas.get(name).deepCopy());
          pending.add(oldSchemas.get(name));
        }
      }
    }
    if (!added.isEmpty()) {
      ObjectNode sorted = fresh.objectNode();
      new TreeMap<>(toMap(paths)).forEach(sorted::set);
      paths.removeAll();
      paths.setAll(sorted);
    }
    List<String> names = List.copyOf(toMap(schemas).keySet());
    ObjectNode sortedSchemas = fresh.objectNode();
    names.stream().sorted().forEach(name -> sortedSchemas.set(name, schemas.get(name)));
    schemas.removeAll();
    schemas.setAll(sortedSchemas);
  }

  private static Map<String, JsonNode> toMap(JsonNode node) {
    Map<String, JsonNode> map = new TreeMap<>();
    node.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
    return map;
  }
}
