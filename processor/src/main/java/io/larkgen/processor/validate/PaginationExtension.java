package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.PaginationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code x-lark-pagination: {page-token-param, page-size-param, items, has-more,
 * next-page-token}}: the query parameters that ask for a page, and the properties of the
 * response's data that carry its items, whether more follow and the next page's token.
 */
final class PaginationExtension implements OperationExtension<Optional<PaginationDef>> {
  private final Checker check;
  private final Map<String, SchemaDef> schemas;

  PaginationExtension(ReadContext context) {
    this.check = context.check();
    this.schemas = context.schemas();
  }

  @Override
  public String key() {
    return "x-lark-pagination";
  }

  @Override
  public Optional<PaginationDef> read(SpecNode.Mapping op, OperationScope scope) {
    OperationParameters params = scope.params();
    Optional<String> dataSchema = scope.dataSchema();
    Optional<SpecNode> node = op.get(key());
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> m = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-pagination");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = List.of("page-token-param", "page-size-param", "items", "has-more", "next-page-token");
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-pagination", keys);
    Map<String, String> values = new HashMap<>();
    for (String key : keys) {
      check.string(m.get(), key, true, ProblemCode.BAD_EXTENSION).ifPresent(v -> values.put(key, v));
    }
    if (values.size() != keys.size()) {
      return Optional.empty();
    }
    boolean ok = queryParameter(m.get(), "page-token-param", values.get("page-token-param"), params, TypeRef.ScalarKind.STRING);
    ok &= queryParameter(m.get(), "page-size-param", values.get("page-size-param"), params, TypeRef.ScalarKind.INT32);
    if (scope.withoutData()) {
      check.report(ProblemCode.BAD_EXTENSION, m.get(),
          "x-lark-pagination needs the envelope's data, and this operation's envelope has none");
      return Optional.empty();
    }
    if (dataSchema.isPresent() && schemas.get(dataSchema.get()) instanceof ObjectDef data) {
      ok &= itemsPath(m.get(), values.get("items"), data);
      ok &= dataProperty(m.get(), "has-more", values.get("has-more"), data, TypeRef.ScalarKind.BOOLEAN);
      ok &= dataProperty(m.get(), "next-page-token", values.get("next-page-token"), data, TypeRef.ScalarKind.STRING);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new PaginationDef(
        values.get("page-token-param"), values.get("page-size-param"), values.get("items"),
        values.get("has-more"), values.get("next-page-token")));
  }

  /**
   * Retypes a {@code type: string} page-size parameter as an integer: the request takes an
   * {@code Integer} whose bounds are checked like any other, and a query string carries the same
   * decimal text either way. Length and pattern rules of the string do not apply to a number.
   */
  static void integerPageSize(List<ParameterDef> parameters, String pageSizeParam) {
    for (int i = 0; i < parameters.size(); i++) {
      ParameterDef p = parameters.get(i);
      if (p.in() == ParameterDef.Location.QUERY && p.name().equals(pageSizeParam)
          && p.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING) {
        Constraints c = p.constraints();
        Constraints numeric = new Constraints(
            c.minimum(), c.exclusiveMinimum(), c.maximum(), c.exclusiveMaximum(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty());
        parameters.set(i, new ParameterDef(p.name(), p.in(), p.required(),
            new TypeRef.Scalar(TypeRef.ScalarKind.INT32), p.description(), p.defaultValue(), numeric));
      }
    }
  }

  private boolean queryParameter(
      SpecNode.Mapping m, String key, String name, OperationParameters params, TypeRef.ScalarKind kind) {
    SpecNode at = m.get(key).orElseThrow();
    if (!params.declares(ParameterDef.Location.QUERY, name) && params.declaresAnywhere(name) && !params.ok()) {
      return false;
    }
    if (!params.declares(ParameterDef.Location.QUERY, name)) {
      List<String> query = params.names(ParameterDef.Location.QUERY);
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' is not a query parameter of the operation (parameters: " + query + ")"
              + Suggestions.closest(name, query));
      return false;
    }
    Optional<ParameterDef> param = params.built().stream()
        .filter(p -> p.name().equals(name) && p.in() == ParameterDef.Location.QUERY).findFirst();
    if (param.isEmpty()) {
      return false;
    }
    boolean fits = param.get().type() instanceof TypeRef.Scalar s
        && (s.kind() == kind || (kind == TypeRef.ScalarKind.INT32 && s.kind() == TypeRef.ScalarKind.INT64));
    if (!fits && kind == TypeRef.ScalarKind.INT32
        && param.get().type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING) {
      // A page size typed as a string (two Hire pages): an integer in Java, decimal on the wire.
      return true;
    }
    if (!fits) {
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' must be a " + (kind == TypeRef.ScalarKind.STRING ? "string" : "integer") + " parameter");
      return false;
    }
    return true;
  }

  /**
   * Checks {@code x-lark-pagination items}: a property of {@code data}, or a dotted path through
   * object properties ({@code minutes.sentences}), ending at an array property. A failure names
   * the schema pointer where the path stops resolving.
   */
  private boolean itemsPath(SpecNode.Mapping m, String path, ObjectDef data) {
    SpecNode at = m.get("items").orElseThrow();
    ObjectDef owner = data;
    List<String> segments = List.of(path.split("\\.", -1));
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      JsonPointer pointer = JsonPointer.ROOT.append("components", "schemas", owner.name(), "properties", segment);
      Optional<PropertyDef> property =
          owner.properties().stream().filter(p -> p.jsonName().equals(segment)).findFirst();
      if (property.isEmpty()) {
        List<String> names = owner.properties().stream().map(PropertyDef::jsonName).toList();
        check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
            "items '" + path + "' does not resolve: " + pointer + " does not exist (properties of "
                + owner.name() + ": " + names + ")" + Suggestions.closest(segment, names));
        return false;
      }
      TypeRef type = property.get().type();
      if (i == segments.size() - 1) {
        if (!(type instanceof TypeRef.ListOf)) {
          check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
              "items '" + path + "' does not resolve to an array: " + pointer + " is " + article(type));
          return false;
        }
      } else if (type instanceof TypeRef.Named named && schemas.get(named.schemaName()) instanceof ObjectDef next) {
        owner = next;
      } else {
        check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
            "items '" + path + "' does not resolve: " + pointer + " is " + article(type)
                + ", not an object to look into");
        return false;
      }
    }
    return true;
  }

  /** A type for a message: {@code a string}, {@code a Kind}, {@code an array}. */
  private static String article(TypeRef type) {
    return type instanceof TypeRef.ListOf ? "an array" : "a " + TypeReader.describe(type);
  }

  private boolean dataProperty(SpecNode.Mapping m, String key, String name, ObjectDef data, TypeRef.ScalarKind kind) {
    SpecNode at = m.get(key).orElseThrow();
    Optional<PropertyDef> property = data.properties().stream().filter(p -> p.jsonName().equals(name)).findFirst();
    if (property.isEmpty()) {
      List<String> names = data.properties().stream().map(PropertyDef::jsonName).toList();
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' is not a property of " + data.name() + " (properties: " + names + ")");
      return false;
    }
    TypeRef type = property.get().type();
    boolean fits = type instanceof TypeRef.Scalar s && s.kind() == kind;
    if (!fits) {
      String expected = kind == TypeRef.ScalarKind.BOOLEAN ? "a boolean" : "a string";
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' must be " + expected + " property of " + data.name());
      return false;
    }
    return true;
  }
}
