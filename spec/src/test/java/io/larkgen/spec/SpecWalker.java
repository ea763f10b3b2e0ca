package io.larkgen.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Walks a JSON tree depth-first, handing every node to a visitor with its RFC 6901 pointer. */
final class SpecWalker {

  private SpecWalker() {}

  /** Visits {@code node} and every node below it, parents before children, in file order. */
  static void walk(JsonNode node, BiConsumer<String, JsonNode> visitor) {
    walk("", node, visitor);
  }

  private static void walk(String pointer, JsonNode node, BiConsumer<String, JsonNode> visitor) {
    visitor.accept(pointer, node);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : SpecFile.fields(node)) {
        walk(pointer + "/" + escape(field.getKey()), field.getValue(), visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(pointer + "/" + i, node.get(i), visitor);
      }
    }
  }

  /** Escapes one pointer segment ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** One operation of the spec with its location. */
  record OperationRef(String path, String method, String pointer, JsonNode node) {
    String operationId() {
      return node.path("operationId").asText();
    }
  }

  /** Every operation under {@code paths}, in file order. */
  static List<OperationRef> operations(JsonNode root) {
    List<OperationRef> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : SpecFile.fields(root.path("paths"))) {
      for (Map.Entry<String, JsonNode> op : SpecFile.fields(path.getValue())) {
        if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
            .contains(op.getKey())) {
          operations.add(new OperationRef(path.getKey(), op.getKey(),
              "/paths/" + escape(path.getKey()) + "/" + op.getKey(), op.getValue()));
        }
      }
    }
    return operations;
  }
}
