package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an enum schema under {@code components/schemas}: its {@code type} (integer or string),
 * its values, and the lists parallel to them ({@code x-enum-varnames}, {@code
 * x-enum-descriptions}, {@code x-lark-enum-descriptions-en}).
 */
final class EnumReader {
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final Checker check;
  private final JavaLimits limits;
  private final TypeReader types;

  EnumReader(ReadContext context, TypeReader types) {
    this.check = context.check();
    this.limits = context.limits();
    this.types = types;
  }

  Optional<EnumDef> enumSchema(String name, SpecNode.Mapping m) {
    String description = check.text(m, "description");
    Optional<String> type = types.schemaType(m, false);
    EnumDef.Kind kind = null;
    if (type.isPresent()) {
      SpecNode typeNode = m.get("type").orElseThrow();
      Optional<SpecNode> format = m.get("format");
      if (type.get().equals("integer")) {
        kind = EnumDef.Kind.INT;
        format.ifPresent(f -> {
          if (!(f instanceof SpecNode.Scalar s && s.text().equals("int32"))) {
            check.report(ProblemCode.UNSUPPORTED_FORMAT, f,
                "integer enums must be int32 (format: int32, or no format)");
          }
        });
      } else if (type.get().equals("string")) {
        kind = EnumDef.Kind.STRING;
        format.ifPresent(f -> check.report(ProblemCode.UNSUPPORTED_FORMAT, f, "string enums take no format"));
      } else {
        check.report(ProblemCode.ENUM_VALUE_TYPE, typeNode,
            "enums must be of type integer or string, not " + type.get());
      }
    }
    Optional<SpecNode.Sequence> values = check.sequence(m, "enum", true, ProblemCode.ENUM_VALUE_TYPE);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.get().items().isEmpty()) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, values.get(), "enum has no values");
    }
    if (!limits.enumValues(values.get(), name, values.get().items().size())) {
      return Optional.empty();
    }
    List<String> wireValues = new ArrayList<>();
    Map<String, SpecNode> seenValues = new HashMap<>();
    boolean valuesOk = kind != null;
    for (SpecNode item : values.get().items()) {
      Optional<String> value = kind == null ? Optional.empty() : enumValue(item, kind);
      valuesOk &= value.isPresent();
      value.ifPresent(v -> {
        wireValues.add(v);
        SpecNode first = seenValues.putIfAbsent(v, item);
        if (first != null) {
          check.report(ProblemCode.DUPLICATE_ENUM_VALUE, item, "value " + v + " is listed twice");
        }
      });
    }
    int size = values.get().items().size();
    Optional<SpecNode> varNamesNode = m.get("x-enum-varnames");
    List<String> varNames = null;
    if (varNamesNode.isEmpty()) {
      check.report(ProblemCode.ENUM_WITHOUT_NAMES, m,
          "enum schema '" + name + "' has no x-enum-varnames");
    } else {
      varNames = parallelList(m, "x-enum-varnames", size, ProblemCode.ENUM_NAME_INVALID).orElse(null);
      if (varNames != null) {
        SpecNode.Sequence seq = (SpecNode.Sequence) varNamesNode.get();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < varNames.size(); i++) {
          String varName = varNames.get(i);
          if (!limits.name(seq.items().get(i), "x-enum-varnames entry", varName)) {
            continue;
          }
          if (!UPPER_SNAKE.matcher(varName).matches()) {
            check.report(ProblemCode.ENUM_NAME_INVALID, seq.items().get(i),
                "'" + varName + "' is not an UPPER_SNAKE name" + upperSnakeSuggestion(varName));
          } else if (seen.putIfAbsent(varName, i) != null) {
            check.report(ProblemCode.ENUM_NAME_INVALID, seq.items().get(i),
                "'" + varName + "' is used twice (also for value " + (seen.get(varName) + 1) + ")");
          }
        }
        if (varNames.size() != size) {
          varNames = null;
        }
      }
    }
    List<String> descriptions =
        parallelList(m, "x-enum-descriptions", size, ProblemCode.BAD_EXTENSION).orElse(null);
    List<String> descriptionsEn =
        parallelList(m, "x-lark-enum-descriptions-en", size, ProblemCode.BAD_EXTENSION).orElse(null);
    if (!valuesOk || varNames == null) {
      return Optional.empty();
    }
    List<EnumValueDef> result = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      result.add(new EnumValueDef(
          wireValues.get(i),
          varNames.get(i),
          descriptions == null || descriptions.size() != size ? "" : descriptions.get(i),
          descriptionsEn == null || descriptionsEn.size() != size ? "" : descriptionsEn.get(i)));
    }
    return Optional.of(new EnumDef(name, description, kind, result));
  }

  /** A list parallel to {@code enum}: strings, same length; reports mismatches. */
  private Optional<List<String>> parallelList(SpecNode.Mapping m, String key, int size, ProblemCode itemCode) {
    Optional<SpecNode.Sequence> seq = check.sequence(m, key, false, itemCode);
    if (seq.isEmpty()) {
      return Optional.empty();
    }
    if (seq.get().items().size() != size) {
      check.report(ProblemCode.ENUM_NAMES_MISMATCH, seq.get(),
          key + " has " + seq.get().items().size() + " entries but enum has " + size);
    }
    List<String> result = new ArrayList<>();
    boolean ok = true;
    for (SpecNode item : seq.get().items()) {
      if (item instanceof SpecNode.Scalar s && s.kind() != SpecNode.ScalarKind.NULL
          && (s.kind() == SpecNode.ScalarKind.STRING || !key.equals("x-enum-varnames"))) {
        result.add(s.text());
      } else {
        check.report(itemCode, item, key + " entries must be strings, not a " + item.describe());
        ok = false;
      }
    }
    return ok ? Optional.of(result) : Optional.empty();
  }

  private Optional<String> enumValue(SpecNode item, EnumDef.Kind kind) {
    if (!(item instanceof SpecNode.Scalar scalar)) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, item, "enum values must be scalars, not a " + item.describe());
      return Optional.empty();
    }
    if (kind == EnumDef.Kind.INT) {
      if (scalar.kind() == SpecNode.ScalarKind.INTEGER && scalar.text().matches("-?[0-9]{1,10}")) {
        long value = Long.parseLong(scalar.text());
        if (value == (int) value) {
          return Optional.of(Long.toString(value));
        }
      }
      check.report(ProblemCode.ENUM_VALUE_TYPE, item,
          "value '" + scalar.text() + "' of an integer enum is not a 32-bit decimal integer");
      return Optional.empty();
    }
    if (scalar.kind() != SpecNode.ScalarKind.STRING) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, item,
          "value " + scalar.text() + " of a string enum is a " + scalar.describe() + "; quote it: \"" + scalar.text() + "\"");
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  private static String upperSnakeSuggestion(String name) {
    String upper = Names.upperSnake(name);
    return upper.isEmpty() || !UPPER_SNAKE.matcher(upper).matches() ? "" : " (e.g. " + upper + ")";
  }
}
