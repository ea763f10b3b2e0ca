package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parameters of an operation (its own and its path item's, {@code $ref}s to {@code
 * components/parameters} resolved): path and query parameters of scalar, enum or array type, each
 * member name claimed once per request, and the path template's placeholders matched against the
 * path parameters.
 */
final class ParameterReader {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");

  private final Checker check;
  private final JavaLimits limits;
  private final Map<String, SpecNode.Mapping> schemaNodes;
  private final Map<String, SchemaDef> schemas;
  private final TypeReader types;
  private final ConstraintsReader constraintsReader;
  private final NameChecks names;

  ParameterReader(
      ReadContext context,
      TypeReader types,
      ConstraintsReader constraintsReader,
      NameChecks names) {
    this.check = context.check();
    this.limits = context.limits();
    this.schemaNodes = context.schemaNodes();
    this.schemas = context.schemas();
    this.types = types;
    this.constraintsReader = constraintsReader;
    this.names = names;
  }

  /**
   * The parameters of operation {@code op} at {@code path}.
   *
   * @param pathLevel the parameters of the path item, which the operation's own override
   */
  OperationParameters read(String path, SpecNode.Mapping op, List<SpecNode> pathLevel) {
    List<SpecNode> all = new ArrayList<>(pathLevel);
    op.get("parameters")
        .flatMap(p -> check.asSequence(p, ProblemCode.OPENAPI_STRUCTURE, "parameters"))
        .ifPresent(s -> all.addAll(s.items()));
    Map<String, ParameterDef> byKey = new LinkedHashMap<>();
    Map<String, SpecNode> nodeByKey = new HashMap<>();
    Map<String, SpecNode> declared = new LinkedHashMap<>();
    boolean ok = true;
    for (SpecNode raw : all) {
      Optional<SpecNode.Mapping> resolved = parameterNode(raw);
      if (resolved.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<String> writtenName = resolved.get().get("name")
          .filter(n -> n instanceof SpecNode.Scalar).map(n -> ((SpecNode.Scalar) n).text());
      Optional<String> writtenIn = resolved.get().get("in")
          .filter(n -> n instanceof SpecNode.Scalar).map(n -> ((SpecNode.Scalar) n).text().toUpperCase(Locale.ROOT));
      if (writtenName.isPresent() && writtenIn.isPresent()) {
        declared.putIfAbsent(writtenIn.get() + " " + writtenName.get(), resolved.get());
      }
      Optional<ParameterDef> def = parameter(resolved.get());
      if (def.isEmpty()) {
        ok = false;
        continue;
      }
      String key = def.get().in() + " " + def.get().name();
      boolean fromOperation = !pathLevel.contains(raw);
      if (byKey.containsKey(key)) {
        boolean overridesPathLevel = fromOperation && pathLevel.contains(nodeByKey.get(key));
        if (!overridesPathLevel) {
          check.report(ProblemCode.DUPLICATE_PARAMETER, raw,
              "parameter '" + def.get().name() + "' in " + def.get().in().name().toLowerCase(Locale.ROOT) + " is listed twice");
          ok = false;
          continue;
        }
      }
      byKey.put(key, def.get());
      nodeByKey.put(key, raw);
    }
    ok &= limits.members(op.get("parameters").orElse(op), "the operation's parameter list", byKey.size());
    Map<String, String> javaNames = new HashMap<>();
    for (Map.Entry<String, ParameterDef> entry : byKey.entrySet()) {
      SpecNode node = nodeByKey.get(entry.getKey());
      names.memberName(entry.getValue().name(), node, "parameter", javaNames);
    }
    ok &= pathTemplate(path, op, declared);
    return new OperationParameters(List.copyOf(byKey.values()), declared.keySet(), ok);
  }

  private Optional<SpecNode.Mapping> parameterNode(SpecNode raw) {
    Optional<SpecNode.Mapping> mapping = check.asMapping(raw, ProblemCode.OPENAPI_STRUCTURE, "a parameter");
    if (mapping.isEmpty() || !mapping.get().has("$ref")) {
      return mapping;
    }
    SpecNode refNode = mapping.get().get("$ref").orElseThrow();
    Optional<String> ref = check.asString(refNode, ProblemCode.UNRESOLVED_REF, "$ref");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String prefix = "#/components/parameters/";
    Optional<SpecNode> target = Optional.empty();
    if (ref.get().startsWith(prefix)) {
      try {
        JsonPointer pointer = JsonPointer.parse(ref.get());
        target = pointer.tokens().size() == 3 ? check.document().find(pointer) : Optional.empty();
      } catch (IllegalArgumentException e) {
        target = Optional.empty();
      }
    }
    if (target.isEmpty()) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not name an existing parameter under " + prefix);
      return Optional.empty();
    }
    return check.asMapping(target.get(), ProblemCode.OPENAPI_STRUCTURE, "a parameter");
  }

  private Optional<ParameterDef> parameter(SpecNode.Mapping p) {
    Optional<String> name = check.string(p, "name", true, ProblemCode.OPENAPI_STRUCTURE);
    Optional<String> in = check.string(p, "in", true, ProblemCode.OPENAPI_STRUCTURE);
    if (name.isEmpty() || in.isEmpty()) {
      return Optional.empty();
    }
    ParameterDef.Location location;
    if (in.get().equals("path")) {
      location = ParameterDef.Location.PATH;
    } else if (in.get().equals("query")) {
      location = ParameterDef.Location.QUERY;
    } else {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_LOCATION, p.get("in").orElseThrow(),
          "parameter '" + name.get() + "' is in " + in.get() + "; only path and query parameters are supported");
      return Optional.empty();
    }
    boolean required = false;
    Optional<SpecNode> requiredNode = p.get("required");
    if (requiredNode.isPresent()) {
      required = check.asBoolean(requiredNode.get(), ProblemCode.OPENAPI_STRUCTURE, "required").orElse(false);
    }
    if (location == ParameterDef.Location.PATH && !required) {
      check.report(ProblemCode.PATH_PARAMETER_MISMATCH, requiredNode.isPresent() ? requiredNode.get() : p,
          "path parameter '" + name.get() + "' must have required: true");
      return Optional.empty();
    }
    if (p.has("content")) {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, p.get("content").orElseThrow(),
          "parameter '" + name.get() + "' uses content; describe it with schema");
      return Optional.empty();
    }
    Optional<SpecNode> schemaNode = check.required(p, "schema", ProblemCode.OPENAPI_STRUCTURE);
    if (schemaNode.isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeRef> type = types.typeOf(schemaNode.get(), true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    TypeRef element = type.get() instanceof TypeRef.ListOf list ? list.element() : type.get();
    if (element instanceof TypeRef.Named named && !(schemas.get(named.schemaName()) instanceof EnumDef)) {
      if (schemaNodes.containsKey(named.schemaName()) && !schemaNodes.get(named.schemaName()).has("enum")) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, schemaNode.get(),
            "parameter '" + name.get() + "' refers to object schema " + named.schemaName()
                + "; parameters are scalars, enums or arrays of those");
        return Optional.empty();
      }
    }
    if (location == ParameterDef.Location.PATH && type.get() instanceof TypeRef.ListOf) {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, schemaNode.get(),
          "path parameter '" + name.get() + "' cannot be an array");
      return Optional.empty();
    }
    if (type.get() instanceof TypeRef.ListOf) {
      style(p);
    }
    SpecNode.Mapping schema = (SpecNode.Mapping) schemaNode.get();
    Constraints constraints = constraintsReader.constraints(schema, type.get());
    Optional<String> defaultValue = constraintsReader.defaultValue(schema, type.get(), constraints);
    return Optional.of(new ParameterDef(
        name.get(), location, required, type.get(), check.text(p, "description"), defaultValue, constraints));
  }

  /** Query arrays are sent as repeated keys: {@code style: form, explode: true}, the defaults. */
  private void style(SpecNode.Mapping p) {
    p.get("style").ifPresent(style -> {
      if (!(style instanceof SpecNode.Scalar s && s.text().equals("form"))) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, style,
            "query arrays are sent as repeated keys; use style: form");
      }
    });
    p.get("explode").ifPresent(explode -> {
      if (!(explode instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN
          && Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)))) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, explode,
            "query arrays are sent as repeated keys; use explode: true");
      }
    });
  }

  private boolean pathTemplate(String path, SpecNode.Mapping op, Map<String, SpecNode> declared) {
    Set<String> placeholders = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(path);
    while (matcher.find()) {
      placeholders.add(matcher.group(1));
    }
    String prefix = ParameterDef.Location.PATH.name() + " ";
    boolean ok = true;
    for (String placeholder : placeholders) {
      if (!declared.containsKey(prefix + placeholder)) {
        check.report(ProblemCode.PATH_PARAMETER_MISMATCH, op,
            "the path has {" + placeholder + "} but the operation declares no path parameter '" + placeholder + "'");
        ok = false;
      }
    }
    for (Map.Entry<String, SpecNode> entry : declared.entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        continue;
      }
      String name = entry.getKey().substring(prefix.length());
      if (!placeholders.contains(name)) {
        SpecNode.Mapping parameter = (SpecNode.Mapping) entry.getValue();
        check.report(ProblemCode.PATH_PARAMETER_MISMATCH, parameter.get("name").orElse(parameter),
            "path parameter '" + name + "' does not appear in the path " + path);
        ok = false;
      }
    }
    return ok;
  }
}
