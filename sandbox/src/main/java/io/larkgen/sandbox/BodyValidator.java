package io.larkgen.sandbox;

import static io.larkgen.sandbox.SchemaData.list;
import static io.larkgen.sandbox.SchemaData.map;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.QueryValidator.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against its schema: JSON types, {@code required} (a required field
 * under an optional parent only when the parent is present), enum values, {@code minimum} /
 * {@code maximum}, lengths, item counts and {@code pattern}. The first broken rule is the answer,
 * named by its path in the body ({@code assessment.dimension_list[0].score}). Properties the
 * schema does not declare are ignored, as Feishu ignores them.
 */
final class BodyValidator {

  /** Patterns of body schemas, compiled once each (body schemas are not walked at load). */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private BodyValidator() {}

  static Optional<Violation> validate(SpecModel spec, Map<String, Object> schema, JsonNode body) {
    return check(spec, spec.resolve(schema), body, "");
  }

  private static Optional<Violation> check(SpecModel spec, Map<String, Object> s, JsonNode node,
      String path) {
    String type = String.valueOf(s.get("type"));
    String where = path.isEmpty() ? "body" : path;
    switch (type) {
      case "object" -> {
        if (!node.isObject()) {
          return bad(where, node, "must be an object");
        }
        for (Object required : list(s.get("required"))) {
          JsonNode field = node.get(String.valueOf(required));
          if (field == null || field.isNull()) {
            return bad(join(path, String.valueOf(required)), null, "is required");
          }
        }
        for (Map.Entry<String, Object> p : map(s.get("properties")).entrySet()) {
          JsonNode field = node.get(p.getKey());
          if (field != null && !field.isNull()) {
            Optional<Violation> v = check(spec, spec.resolve(map(p.getValue())), field,
                join(path, p.getKey()));
            if (v.isPresent()) {
              return v;
            }
          }
        }
        return Optional.empty();
      }
      case "array" -> {
        if (!node.isArray()) {
          return bad(where, node, "must be an array");
        }
        if (s.get("minItems") instanceof Number n && node.size() < n.intValue()) {
          return bad(where, null, node.size() + " items, fewer than the minimum " + n);
        }
        if (s.get("maxItems") instanceof Number n && node.size() > n.intValue()) {
          return bad(where, null, node.size() + " items, more than the maximum " + n);
        }
        Map<String, Object> items = spec.resolve(map(s.get("items")));
        for (int i = 0; i < node.size(); i++) {
          Optional<Violation> v = check(spec, items, node.get(i), where + "[" + i + "]");
          if (v.isPresent()) {
            return v;
          }
        }
        return Optional.empty();
      }
      case "integer" -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
          return bad(where, node, node + " is not an integer");
        }
        if ("int32".equals(s.get("format")) && !node.canConvertToInt()) {
          return bad(where, node, node + " is outside the int32 range");
        }
        return range(s, node.asDouble(), where, node).or(() -> oneOf(s, node, where));
      }
      case "number" -> {
        if (!node.isNumber()) {
          return bad(where, node, node + " is not a number");
        }
        return range(s, node.asDouble(), where, node);
      }
      case "boolean" -> {
        return node.isBoolean() ? Optional.empty() : bad(where, node, node + " is not a boolean");
      }
      default -> {
        if (!node.isTextual()) {
          return bad(where, node, node + " is not a string");
        }
        String text = node.asText();
        int length = text.codePointCount(0, text.length());
        if ("epoch-millis".equals(s.get("format")) && !text.matches("[0-9]{1,18}")) {
          return bad(where, node, "'" + text + "' is not a millisecond timestamp");
        }
        if (s.get("minLength") instanceof Number n && length < n.intValue()) {
          return bad(where, node, "'" + text + "' is shorter than " + n);
        }
        if (s.get("maxLength") instanceof Number n && length > n.intValue()) {
          return bad(where, node, "'" + text + "' is longer than " + n);
        }
        if (s.get("pattern") instanceof String p && !PATTERNS.computeIfAbsent(p, Pattern::compile).matcher(text).find()) {
          return bad(where, node, "'" + text + "' does not match " + p);
        }
        return oneOf(s, node, where);
      }
    }
  }

  private static Optional<Violation> range(Map<String, Object> s, double v, String where,
      JsonNode node) {
    if (s.get("maximum") instanceof Number max && v > max.doubleValue()) {
      return bad(where, node, node + " is greater than the maximum " + max);
    }
    if (s.get("minimum") instanceof Number min && v < min.doubleValue()) {
      return bad(where, node, node + " is less than the minimum " + min);
    }
    return Optional.empty();
  }

  private static Optional<Violation> oneOf(Map<String, Object> s, JsonNode node, String where) {
    List<Object> values = list(s.get("enum"));
    if (values.isEmpty()) {
      return Optional.empty();
    }
    String text = node.asText();
    for (Object v : values) {
      if (String.valueOf(v).equals(text)) {
        return Optional.empty();
      }
    }
    return bad(where, node, node + " is not one of " + values);
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Optional<Violation> bad(String field, JsonNode value, String rule) {
    String shown = value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    return Optional.of(new Violation(field, shown, field + ": " + rule));
  }
}
