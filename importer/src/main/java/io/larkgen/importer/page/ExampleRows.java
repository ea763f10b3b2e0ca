package io.larkgen.importer.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Field rows read from a JSON example, for renderings without a response table (seed 000): names
 * and nesting from the keys, types from the values ({@code int} for integral numbers, so that the
 * mapping's 64-bit default applies), objects as {@code -} rows with children.
 */
final class ExampleRows {

  private ExampleRows() {}

  static List<FieldRow> rows(JsonNode example, int line) {
    List<FieldRow> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : example.properties()) {
      rows.add(row(entry.getKey(), entry.getValue(), line));
    }
    return rows;
  }

  private static FieldRow row(String name, JsonNode value, int line) {
    boolean array = value.isArray();
    JsonNode sample = array ? (value.isEmpty() ? null : value.get(0)) : value;
    String base;
    if (sample == null || sample.isTextual() || sample.isNull()) {
      base = "string";
    } else if (sample.isIntegralNumber()) {
      base = "int";
    } else if (sample.isNumber()) {
      base = "number(float)";
    } else if (sample.isBoolean()) {
      base = "boolean";
    } else {
      base = "-";
    }
    FieldRow row = new FieldRow(name, new FieldType(base, array), null, Description.parse(""), line);
    if (sample != null && sample.isObject()) {
      for (Map.Entry<String, JsonNode> entry : sample.properties()) {
        row.addChild(row(entry.getKey(), entry.getValue(), line));
      }
    }
    return row;
  }

  /** The example's keys depth-first (first element of each array) with their depths. */
  static void keys(JsonNode node, int depth, List<String> keys, List<Integer> depths) {
    JsonNode object = node.isArray() && !node.isEmpty() ? node.get(0) : node;
    if (!object.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      keys.add(entry.getKey());
      depths.add(depth);
      keys(entry.getValue(), depth + 1, keys, depths);
    }
  }
}
