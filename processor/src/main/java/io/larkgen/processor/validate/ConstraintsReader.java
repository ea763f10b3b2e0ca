package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.SpecNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the validation keywords of a schema into {@link Constraints} ({@code minimum}, {@code
 * maximum} and their exclusive forms, {@code minItems}, {@code maxItems}, {@code minLength},
 * {@code maxLength}, {@code pattern}, and those of an array's items), and checks a parameter's
 * {@code default} against its type and constraints. A keyword on a type it does not apply to, or
 * bounds that allow no value, are {@link ProblemCode#BAD_CONSTRAINT}.
 */
final class ConstraintsReader {
  private final Checker check;
  private final Map<String, SpecNode.Mapping> schemaNodes;
  private final Map<String, SchemaDef> schemas;

  ConstraintsReader(ReadContext context) {
    this.check = context.check();
    this.schemaNodes = context.schemaNodes();
    this.schemas = context.schemas();
  }

  Constraints constraints(SpecNode.Mapping m, TypeRef type) {
    // A plain string may carry bounds too: then it spells a number (a string page_size).
    boolean numeric = type instanceof TypeRef.Scalar s && s.kind() != TypeRef.ScalarKind.BOOLEAN;
    boolean isString = type instanceof TypeRef.Scalar s
        && (s.kind() == TypeRef.ScalarKind.STRING || s.kind() == TypeRef.ScalarKind.EPOCH_MILLIS_STRING);
    boolean isArray = type instanceof TypeRef.ListOf;
    String typeName = TypeReader.describe(type);

    Optional<BigDecimal> minimum = bound(m, "minimum", numeric, typeName);
    Optional<BigDecimal> maximum = bound(m, "maximum", numeric, typeName);
    boolean exclusiveMinimum = exclusive(m, "exclusiveMinimum", "minimum", minimum, numeric, typeName);
    boolean exclusiveMaximum = exclusive(m, "exclusiveMaximum", "maximum", maximum, numeric, typeName);
    if (minimum.isPresent() && maximum.isPresent()) {
      int cmp = maximum.get().compareTo(minimum.get());
      if (cmp < 0 || (cmp == 0 && (exclusiveMinimum || exclusiveMaximum))) {
        check.report(ProblemCode.BAD_CONSTRAINT, m.get("maximum").orElseThrow(),
            "maximum " + maximum.get().toPlainString() + " is less than minimum "
                + minimum.get().toPlainString() + ", so no value is allowed");
      }
    }
    OptionalInt minItems = count(m, "minItems", isArray, typeName);
    OptionalInt maxItems = count(m, "maxItems", isArray, typeName);
    orderedCounts(m, "minItems", minItems, "maxItems", maxItems);
    OptionalInt minLength = count(m, "minLength", isString, typeName);
    OptionalInt maxLength = count(m, "maxLength", isString, typeName);
    orderedCounts(m, "minLength", minLength, "maxLength", maxLength);
    Optional<String> pattern = pattern(m, type, typeName);
    Optional<Constraints> items = Optional.empty();
    if (type instanceof TypeRef.ListOf list && m.get("items").orElse(null) instanceof SpecNode.Mapping itemSchema) {
      items = Optional.of(constraints(itemSchema, list.element())).filter(c -> !c.isEmpty());
    }
    return new Constraints(
        minimum, exclusiveMinimum, maximum, exclusiveMaximum, minItems, maxItems, minLength, maxLength, pattern, items);
  }

  /** A string's {@code pattern}, checked to be a regular expression. */
  private Optional<String> pattern(SpecNode.Mapping m, TypeRef type, String typeName) {
    Optional<SpecNode> node = m.get("pattern");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(type instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'pattern' applies to strings, not to " + typeName);
      return Optional.empty();
    }
    Optional<String> pattern = check.asString(node.get(), ProblemCode.BAD_PATTERN, "'pattern'");
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    try {
      Pattern.compile(pattern.get());
    } catch (PatternSyntaxException e) {
      check.report(ProblemCode.BAD_PATTERN, node.get(),
          "'" + pattern.get() + "' is not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
      return Optional.empty();
    }
    return pattern;
  }

  private Optional<BigDecimal> bound(SpecNode.Mapping m, String key, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!allowed) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to numbers, epoch-millis and strings that spell numbers, not to " + typeName);
      return Optional.empty();
    }
    return check.asNumber(node.get(), ProblemCode.BAD_CONSTRAINT, "'" + key + "'");
  }

  private boolean exclusive(
      SpecNode.Mapping m, String key, String boundKey, Optional<BigDecimal> bound, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return false;
    }
    if (!allowed) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to numbers, epoch-millis and strings that spell numbers, not to " + typeName);
      return false;
    }
    if (!(node.get() instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
          "in OpenAPI 3.0 '" + key + "' is true or false and qualifies '" + boundKey + "' (write " + boundKey + ": N and " + key + ": true)");
      return false;
    }
    boolean value = Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
    if (value && bound.isEmpty() && !m.has(boundKey)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + ": true' needs a '" + boundKey + "'");
    }
    return value;
  }

  private OptionalInt count(SpecNode.Mapping m, String key, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!allowed) {
      String appliesTo = key.endsWith("Items") ? "arrays" : "strings";
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to " + appliesTo + ", not to " + typeName);
      return OptionalInt.empty();
    }
    Optional<Integer> value = check.int32(m, key, true, ProblemCode.BAD_CONSTRAINT);
    if (value.isPresent() && value.get() < 0) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' must not be negative");
      return OptionalInt.empty();
    }
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private void orderedCounts(SpecNode.Mapping m, String minKey, OptionalInt min, String maxKey, OptionalInt max) {
    if (min.isPresent() && max.isPresent() && max.getAsInt() < min.getAsInt()) {
      check.report(ProblemCode.BAD_CONSTRAINT, m.get(maxKey).orElseThrow(),
          maxKey + " " + max.getAsInt() + " is less than " + minKey + " " + min.getAsInt());
    }
  }

  /** Checks a {@code default} against the type and constraints; returns its text. */
  Optional<String> defaultValue(SpecNode.Mapping schema, TypeRef type, Constraints constraints) {
    Optional<SpecNode> node = schema.get("default");
    if (node.isEmpty()) {
      if (type instanceof TypeRef.Named named && schemaNodes.containsKey(named.schemaName())) {
        Optional<SpecNode> inherited = schemaNodes.get(named.schemaName()).get("default");
        if (inherited.isPresent() && inherited.get() instanceof SpecNode.Scalar s) {
          return enumDefault(inherited.get(), s, named.schemaName());
        }
      }
      return Optional.empty();
    }
    if (!(node.get() instanceof SpecNode.Scalar scalar) || scalar.kind() == SpecNode.ScalarKind.NULL) {
      if (type instanceof TypeRef.ListOf && node.get() instanceof SpecNode.Sequence) {
        return Optional.empty();
      }
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default must be a value of type " + TypeReader.describe(type));
      return Optional.empty();
    }
    if (type instanceof TypeRef.Named named) {
      return enumDefault(node.get(), scalar, named.schemaName());
    }
    if (!(type instanceof TypeRef.Scalar s)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default of an array must be a sequence");
      return Optional.empty();
    }
    boolean fits = switch (s.kind()) {
      case INT32, INT64, EPOCH_MILLIS -> scalar.kind() == SpecNode.ScalarKind.INTEGER;
      case DOUBLE -> scalar.kind() == SpecNode.ScalarKind.INTEGER || scalar.kind() == SpecNode.ScalarKind.FLOAT;
      case BOOLEAN -> scalar.kind() == SpecNode.ScalarKind.BOOLEAN;
      case STRING -> scalar.kind() == SpecNode.ScalarKind.STRING;
      case EPOCH_MILLIS_STRING -> scalar.kind() == SpecNode.ScalarKind.STRING && scalar.text().matches("-?[0-9]+");
      case BINARY -> false;
    };
    if (!fits) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
          "default '" + scalar.text() + "' is not a value of type " + TypeReader.describe(type));
      return Optional.empty();
    }
    if (s.kind() != TypeRef.ScalarKind.STRING && s.kind() != TypeRef.ScalarKind.BOOLEAN) {
      BigDecimal value;
      try {
        value = new BigDecimal(scalar.text().replace("_", ""));
      } catch (NumberFormatException e) {
        check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default '" + scalar.text() + "' is not a decimal number");
        return Optional.empty();
      }
      if (s.kind() == TypeRef.ScalarKind.INT32 && (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
          || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
        check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default " + scalar.text() + " does not fit in 32 bits");
      }
      if (constraints.minimum().isPresent()) {
        int cmp = value.compareTo(constraints.minimum().get());
        if (cmp < 0 || (cmp == 0 && constraints.exclusiveMinimum())) {
          check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
              "default " + scalar.text() + " is below the minimum " + constraints.minimum().get().toPlainString());
        }
      }
      if (constraints.maximum().isPresent()) {
        int cmp = value.compareTo(constraints.maximum().get());
        if (cmp > 0 || (cmp == 0 && constraints.exclusiveMaximum())) {
          check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
              "default " + scalar.text() + " is above the maximum " + constraints.maximum().get().toPlainString());
        }
      }
    }
    return Optional.of(scalar.text());
  }

  private Optional<String> enumDefault(SpecNode node, SpecNode.Scalar scalar, String schemaName) {
    SchemaDef def = schemas.get(schemaName);
    if (def instanceof EnumDef enumDef) {
      boolean known = enumDef.values().stream().anyMatch(v -> v.wireValue().equals(scalar.text()));
      if (!known) {
        check.report(ProblemCode.BAD_CONSTRAINT, node,
            "default '" + scalar.text() + "' is not a value of enum " + schemaName);
        return Optional.empty();
      }
    }
    return Optional.of(scalar.text());
  }
}
