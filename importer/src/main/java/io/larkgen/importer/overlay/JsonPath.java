package io.larkgen.importer.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSONPath subset overlays use: {@code $}, {@code .name}, {@code ['name']}, {@code [n]},
 * {@code [*]} / {@code .*}, and filters {@code [?(@.key == 'value')]}. Enough to address any
 * node of an OpenAPI document, including parameters by name.
 */
public final class JsonPath {

  private static final Pattern STEP = Pattern.compile(
      "\\.([A-Za-z0-9_\\-$]+)|\\.\\*|\\[\\*]|\\['((?:[^'\\\\]|\\\\.)*)']|\\[\"((?:[^\"\\\\]|\\\\.)*)\"]|\\[(\\d+)]"
          + "|\\[\\?\\(@\\.([A-Za-z0-9_\\-]+)\\s*==\\s*(?:'([^']*)'|\"([^\"]*)\"|(-?\\d+))\\)]");

  private final List<Step> steps;
  private final String text;

  private record Step(String name, Integer index, boolean wildcard, String filterKey, String filterValue) {}

  private JsonPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Compiles a path.
   *
   * @throws IllegalArgumentException naming the position where the path stops making sense
   */
  public static JsonPath compile(String text) {
    if (!text.startsWith("$")) {
      throw new IllegalArgumentException("JSONPath '" + text + "' must start with '$'");
    }
    List<Step> steps = new ArrayList<>();
    Matcher matcher = STEP.matcher(text);
    int position = 1;
    while (position < text.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new IllegalArgumentException("JSONPath '" + text + "': cannot read from position " + position
            + " ('" + text.substring(position) + "'); expected .name, ['name'], [n], [*] or [?(@.key == 'value')]");
      }
      if (matcher.group(1) != null) {
        steps.add(new Step(matcher.group(1), null, false, null, null));
      } else if (matcher.group(2) != null || matcher.group(3) != null) {
        String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        steps.add(new Step(name.replace("\\'", "'").replace("\\\"", "\""), null, false, null, null));
      } else if (matcher.group(4) != null) {
        steps.add(new Step(null, Integer.parseInt(matcher.group(4)), false, null, null));
      } else if (matcher.group(5) != null) {
        String value = matcher.group(6) != null ? matcher.group(6)
            : matcher.group(7) != null ? matcher.group(7) : matcher.group(8);
        steps.add(new Step(null, null, false, matcher.group(5), value));
      } else {
        steps.add(new Step(null, null, true, null, null));
      }
      position = matcher.end();
    }
    return new JsonPath(text, List.copyOf(steps));
  }

  /** The nodes the path selects, in document order. */
  public List<JsonNode> select(JsonNode root) {
    List<JsonNode> current = List.of(root);
    for (Step step : steps) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        if (step.name != null) {
          if (node.isObject() && node.has(step.name)) {
            next.add(node.get(step.name));
          }
        } else if (step.index != null) {
          if (node.isArray() && step.index < node.size()) {
            next.add(node.get(step.index));
          }
        } else if (step.wildcard) {
          node.elements().forEachRemaining(next::add);
        } else {
          node.elements().forEachRemaining(element -> {
            JsonNode value = element.get(step.filterKey);
            if (value != null && value.asText().equals(step.filterValue)) {
              next.add(element);
            }
          });
        }
      }
      current = next;
    }
    return current;
  }

  @Override
  public String toString() {
    return text;
  }
}
