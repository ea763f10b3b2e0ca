package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the type of a property, parameter or form field schema into a {@link TypeRef}: a
 * {@code $ref} to a named schema, an array of a type, or a scalar with its {@code format}.
 * Inline objects and enums, unknown types and formats and unresolved references are reported.
 */
final class TypeReader {
  static final List<String> TYPES = List.of("array", "boolean", "integer", "number", "object", "string");

  private final Checker check;
  private final Map<String, SpecNode.Mapping> schemaNodes;

  TypeReader(ReadContext context) {
    this.check = context.check();
    this.schemaNodes = context.schemaNodes();
  }

  /**
   * The type of a property or parameter schema.
   *
   * @param node the schema
   * @param inParameter whether it is a parameter's schema (which may not be an object)
   */
  Optional<TypeRef> typeOf(SpecNode node, boolean inParameter) {
    Optional<SpecNode.Mapping> mapping = check.asMapping(node, ProblemCode.UNKNOWN_TYPE, "a schema");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping m = mapping.get();
    unsupportedKeywords(m);
    Optional<SpecNode> ref = m.get("$ref");
    if (ref.isPresent()) {
      return schemaRef(ref.get()).map(TypeRef.Named::new);
    }
    if (m.has("enum")) {
      check.report(ProblemCode.INLINE_ENUM, m.get("enum").orElseThrow(),
          "inline enum; enums must be named schemas referred to with $ref");
      return Optional.empty();
    }
    if (!m.has("type") && m.has("properties")) {
      check.report(ProblemCode.INLINE_OBJECT, m, "inline object schema; nested objects must be $refs");
      return Optional.empty();
    }
    Optional<String> type = schemaType(m, false);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    switch (type.get()) {
      case "object":
        check.report(ProblemCode.INLINE_OBJECT, m.get("type").orElseThrow(),
            "inline object schema; nested objects must be $refs to components/schemas");
        return Optional.empty();
      case "array": {
        Optional<SpecNode> items = m.get("items");
        if (items.isEmpty()) {
          check.report(ProblemCode.UNKNOWN_TYPE, m.pointer().child("items"),
              "array schema has no items (add items: with the element type)");
          return Optional.empty();
        }
        Optional<TypeRef> element = typeOf(items.get(), inParameter);
        if (element.isPresent() && inParameter && element.get() instanceof TypeRef.ListOf) {
          check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, items.get(),
              "arrays of arrays cannot be sent as query parameters");
          return Optional.empty();
        }
        return element.map(TypeRef.ListOf::new);
      }
      default:
        return scalar(m, type.get()).map(TypeRef.Scalar::new);
    }
  }

  private Optional<TypeRef.ScalarKind> scalar(SpecNode.Mapping m, String type) {
    Optional<SpecNode> formatNode = m.get("format");
    Optional<String> format = Optional.empty();
    if (formatNode.isPresent()) {
      format = check.asString(formatNode.get(), ProblemCode.UNSUPPORTED_FORMAT, "format");
      if (format.isEmpty()) {
        return Optional.empty();
      }
    }
    String f = format.orElse("");
    Optional<TypeRef.ScalarKind> kind;
    List<String> supported;
    switch (type) {
      case "integer":
        supported = List.of("int32", "int64", "epoch-millis");
        kind = switch (f) {
          case "", "int32" -> Optional.of(TypeRef.ScalarKind.INT32);
          case "int64" -> Optional.of(TypeRef.ScalarKind.INT64);
          case "epoch-millis" -> Optional.of(TypeRef.ScalarKind.EPOCH_MILLIS);
          default -> Optional.empty();
        };
        break;
      case "string":
        supported = List.of("epoch-millis");
        kind = switch (f) {
          case "" -> Optional.of(TypeRef.ScalarKind.STRING);
          case "epoch-millis" -> Optional.of(TypeRef.ScalarKind.EPOCH_MILLIS_STRING);
          default -> Optional.empty();
        };
        break;
      case "number":
        supported = List.of("double", "float");
        kind = f.isEmpty() || f.equals("double") || f.equals("float")
            ? Optional.of(TypeRef.ScalarKind.DOUBLE) : Optional.empty();
        break;
      default:
        supported = List.of();
        kind = f.isEmpty() ? Optional.of(TypeRef.ScalarKind.BOOLEAN) : Optional.empty();
        break;
    }
    if (kind.isEmpty()) {
      check.report(ProblemCode.UNSUPPORTED_FORMAT, formatNode.orElseThrow(),
          "format '" + f + "' is not supported on type " + type + " (supported: " + supported + ")"
              + Suggestions.closest(f, supported));
    }
    return kind;
  }

  /** Resolves a schema {@code $ref} to a schema name; reports it if it points at nothing. */
  Optional<String> schemaRef(SpecNode refNode) {
    Optional<String> ref = check.asString(refNode, ProblemCode.UNRESOLVED_REF, "$ref");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String prefix = "#/components/schemas/";
    if (!ref.get().startsWith("#")) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' is not a local reference; only #/components/schemas/Name is supported");
      return Optional.empty();
    }
    JsonPointer target;
    try {
      target = JsonPointer.parse(ref.get());
    } catch (IllegalArgumentException e) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode, "'" + ref.get() + "' is not a JSON pointer: " + e.getMessage());
      return Optional.empty();
    }
    if (!ref.get().startsWith(prefix) || target.tokens().size() != 3) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not name a schema; write " + prefix + "Name");
      return Optional.empty();
    }
    String name = target.last();
    if (!schemaNodes.containsKey(name)) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not exist" + Suggestions.closest(name, new ArrayList<>(schemaNodes.keySet())));
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** The schema's {@code type}, or empty after reporting it missing or unknown. */
  Optional<String> schemaType(SpecNode.Mapping m, boolean objectIfProperties) {
    Optional<SpecNode> node = m.get("type");
    if (node.isEmpty()) {
      if (objectIfProperties && m.has("properties")) {
        return Optional.of("object");
      }
      String misspelt = m.entries().keySet().stream()
          .map(k -> Map.entry(k, Suggestions.closest(k, List.of("type"))))
          .filter(e -> !e.getValue().isEmpty())
          .findFirst()
          .map(e -> "; '" + e.getKey() + "'" + e.getValue())
          .orElse("");
      check.report(ProblemCode.UNKNOWN_TYPE, m.pointer().child("type"),
          "the schema has no type (expected one of " + TYPES + ")" + misspelt);
      return Optional.empty();
    }
    if (!(node.get() instanceof SpecNode.Scalar scalar) || scalar.kind() != SpecNode.ScalarKind.STRING) {
      check.report(ProblemCode.UNKNOWN_TYPE, node.get(),
          "type must be one name, not a " + node.get().describe() + " (expected one of " + TYPES + ")");
      return Optional.empty();
    }
    if (!TYPES.contains(scalar.text())) {
      check.report(ProblemCode.UNKNOWN_TYPE, node.get(),
          "unknown type '" + scalar.text() + "' (expected one of " + TYPES + ")" + Suggestions.closest(scalar.text(), TYPES));
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  void unsupportedKeywords(SpecNode.Mapping m) {
    for (String keyword : List.of("oneOf", "anyOf", "allOf", "not", "additionalProperties", "discriminator")) {
      m.get(keyword).ifPresent(node -> {
        boolean harmless = keyword.equals("additionalProperties")
            && node instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN;
        if (!harmless) {
          check.report(ProblemCode.UNSUPPORTED_SCHEMA, node, "'" + keyword + "' is not supported");
        }
      });
    }
  }

  static String describe(TypeRef type) {
    if (type instanceof TypeRef.Scalar s) {
      return s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    if (type instanceof TypeRef.Named n) {
      return n.schemaName();
    }
    return "array";
  }
}
