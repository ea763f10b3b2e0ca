package io.larkgen.sandbox;

import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.SpecModel.ParamDef;
import io.larkgen.sandbox.SpecModel.RequireAnyRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a request's query against the rules the spec states for its operation: types,
 * minimums and maximums, enum values, patterns, lengths, array sizes, required parameters and
 * {@code x-lark-require-any}. The first broken rule is the answer, named by parameter.
 */
final class QueryValidator {

  /** A broken rule: the parameter(s), the offending value and the full message. */
  record Violation(String field, String value, String message) {}

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

  private QueryValidator() {}

  static Optional<Violation> validate(OperationDef op, Map<String, List<String>> query) {
    for (ParamDef p : op.parameters()) {
      if (!"query".equals(p.in())) {
        continue;
      }
      List<String> sent = query.getOrDefault(p.name(), List.of());
      if (p.isArray() && sent.stream().anyMatch(String::isEmpty)) {
        // Feishu refuses an empty element (ids=) instead of reading it as "no filter".
        return bad(p.name(), "", "an empty value is not a valid item");
      }
      List<String> values = sent.stream().filter(v -> !v.isEmpty()).toList();
      if (values.isEmpty()) {
        if (p.required()) {
          return bad(p.name(), "", "is required");
        }
        continue;
      }
      if (p.isArray()) {
        if (p.maxItems() != null && values.size() > p.maxItems()) {
          return bad(p.name(), String.valueOf(values.size()),
              values.size() + " items, more than the maximum " + p.maxItems());
        }
        for (String v : values) {
          Optional<Violation> bad = checkScalar(p.name(), p.items(), v);
          if (bad.isPresent()) {
            return bad;
          }
        }
      } else {
        Optional<Violation> bad = checkScalar(p.name(), p, values.get(0));
        if (bad.isPresent()) {
          return bad;
        }
      }
    }
    for (RequireAnyRule rule : op.requireAny()) {
      boolean any = rule.parameters().stream().anyMatch(name ->
          query.getOrDefault(name, List.of()).stream().anyMatch(v -> !v.isEmpty()));
      if (!any) {
        String names = String.join(", ", rule.parameters());
        String why = rule.description().isEmpty() ? "" : " (" + rule.description() + ")";
        return Optional.of(new Violation(names, "", "at least one of " + names + " must be set" + why));
      }
    }
    return Optional.empty();
  }

  /** Checks each path parameter's value against its schema (type, enum, pattern, lengths). */
  static Optional<Violation> validatePath(OperationDef op, Map<String, String> pathParams) {
    for (ParamDef p : op.parameters()) {
      if ("path".equals(p.in())) {
        Optional<Violation> bad = checkScalar(p.name(), p, pathParams.getOrDefault(p.name(), ""));
        if (bad.isPresent()) {
          return bad;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkScalar(String name, ParamDef p, String value) {
    switch (p.type()) {
      case "integer" -> {
        if (!INTEGER.matcher(value).matches()) {
          return bad(name, value, "'" + value + "' is not an integer");
        }
        long v = Long.parseLong(value);
        if ("int32".equals(p.format()) && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
          return bad(name, value, value + " is outside the int32 range");
        }
        Optional<Violation> range = checkRange(name, p, v, value);
        if (range.isPresent()) {
          return range;
        }
      }
      case "number" -> {
        try {
          Double.parseDouble(value);
        } catch (NumberFormatException e) {
          return bad(name, value, "'" + value + "' is not a number");
        }
      }
      case "boolean" -> {
        if (!value.equals("true") && !value.equals("false")) {
          return bad(name, value, "'" + value + "' is not a boolean");
        }
      }
      default -> {
        if ("epoch-millis".equals(p.format()) || "int64".equals(p.format())) {
          if (!INTEGER.matcher(value).matches()) {
            return bad(name, value, "'" + value + "' is not a millisecond timestamp");
          }
          long millis = Long.parseLong(value);
          if ("epoch-millis".equals(p.format()) && millis <= 0) {
            return bad(name, value, value + " must be greater than 0");
          }
          Optional<Violation> range = checkRange(name, p, millis, value);
          if (range.isPresent()) {
            return range;
          }
        } else if (p.maximum() != null || p.minimum() != null) {
          // A number sent as a string (a page_size typed string) keeps its stated bounds.
          if (!INTEGER.matcher(value).matches()) {
            return bad(name, value, "'" + value + "' is not an integer");
          }
          Optional<Violation> range = checkRange(name, p, Long.parseLong(value), value);
          if (range.isPresent()) {
            return range;
          }
        }
        if (p.minLength() != null && value.length() < p.minLength()) {
          return bad(name, value, "'" + value + "' is shorter than " + p.minLength());
        }
        if (p.maxLength() != null && value.length() > p.maxLength()) {
          return bad(name, value, "'" + value + "' is longer than " + p.maxLength());
        }
        if (p.pattern() != null && !p.pattern().matcher(value).find()) {
          return bad(name, value, "'" + value + "' does not match " + p.pattern());
        }
      }
    }
    if (!p.enumValues().isEmpty() && !p.enumValues().contains(value)) {
      return bad(name, value, "'" + value + "' is not one of " + p.enumValues());
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkRange(String name, ParamDef p, long v, String raw) {
    if (p.maximum() != null && (p.exclusiveMaximum() ? v >= p.maximum() : v > p.maximum())) {
      return bad(name, raw, raw + " is greater than the maximum " + p.maximum()
          + (p.exclusiveMaximum() ? " (exclusive)" : ""));
    }
    if (p.minimum() != null && (p.exclusiveMinimum() ? v <= p.minimum() : v < p.minimum())) {
      return bad(name, raw, raw + " is less than the minimum " + p.minimum()
          + (p.exclusiveMinimum() ? " (exclusive)" : ""));
    }
    return Optional.empty();
  }

  private static Optional<Violation> bad(String name, String value, String description) {
    return Optional.of(new Violation(name, value, name + ": " + description));
  }
}
