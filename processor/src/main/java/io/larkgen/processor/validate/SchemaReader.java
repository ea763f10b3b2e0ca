package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code components/schemas} into the context's schema nodes and built schemas: checks each
 * schema name against the Java class it becomes, builds object schemas and their properties (each
 * property's member name claimed once per class) and, through {@link EnumReader}, enum schemas.
 * The schemas of {@code multipart/form-data} request bodies are checked but not built: their
 * fields become request components instead.
 */
final class SchemaReader {
  /** Type names the generated models refer to by simple name. */
  private static final Set<String> SHADOWED_TYPES =
      Set.of(
          "Object", "String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
          "Character", "Number", "Void", "Class", "Enum", "Record", "Iterable", "Override",
          "Deprecated", "SuppressWarnings", "FunctionalInterface", "Exception", "RuntimeException",
          "Error", "Throwable", "Math", "System", "List", "Map", "Optional", "Objects",
          "Instant", "BigDecimal", "BigInteger", "Generated");

  private final Checker check;
  private final JavaLimits limits;
  private final Map<String, SpecNode.Mapping> schemaNodes;
  private final Map<String, SchemaDef> schemas;
  private final TypeReader types;
  private final ConstraintsReader constraintsReader;
  private final EnumReader enums;
  private final NameChecks names;
  private final DocExtension docs;
  private final PropertyExtensions propertyExtensions;
  /** Schemas named as a {@code multipart/form-data} request body: not generated as models. */
  private final Set<String> uploadForms = new HashSet<>();

  SchemaReader(
      ReadContext context,
      TypeReader types,
      ConstraintsReader constraintsReader,
      NameChecks names,
      DocExtension docs,
      PropertyExtensions propertyExtensions) {
    this.check = context.check();
    this.limits = context.limits();
    this.schemaNodes = context.schemaNodes();
    this.schemas = context.schemas();
    this.types = types;
    this.constraintsReader = constraintsReader;
    this.enums = new EnumReader(context, types);
    this.names = names;
    this.docs = docs;
    this.propertyExtensions = propertyExtensions;
  }

  /** Reads every schema of {@code root}'s {@code components/schemas}. */
  void read(SpecNode.Mapping root) {
    uploadForms(root);
    Optional<SpecNode.Mapping> components = check.mapping(root, "components", false, ProblemCode.OPENAPI_STRUCTURE);
    Optional<SpecNode.Mapping> schemaMap = components.flatMap(
        c -> check.mapping(c, "schemas", false, ProblemCode.OPENAPI_STRUCTURE));
    if (schemaMap.isEmpty()) {
      return;
    }
    Map<String, String> byLowerCase = new HashMap<>();
    for (Map.Entry<String, SpecNode> entry : schemaMap.get().entries().entrySet()) {
      String name = entry.getKey();
      SpecNode node = entry.getValue();
      schemaName(name, node, byLowerCase);
      check.asMapping(node, ProblemCode.UNKNOWN_TYPE, "schema '" + name + "'")
          .ifPresent(m -> schemaNodes.put(name, m));
    }
    for (Map.Entry<String, SpecNode.Mapping> entry : schemaNodes.entrySet()) {
      docs.doc(entry.getValue());
      propertyExtensions.read(entry.getValue());
      if (uploadForms.contains(entry.getKey())) {
        continue;
      }
      schema(entry.getKey(), entry.getValue()).ifPresent(def -> schemas.put(entry.getKey(), def));
    }
  }

  /**
   * Collects the schemas that {@code multipart/form-data} request bodies refer to. Their fields
   * become components of the operation's request (see {@link RequestBodyReader}), so these
   * schemas, whose file property has no JSON form, are not generated as models.
   */
  private void uploadForms(SpecNode.Mapping root) {
    if (!(root.get("paths").orElse(null) instanceof SpecNode.Mapping paths)) {
      return;
    }
    for (SpecNode item : paths.entries().values()) {
      if (!(item instanceof SpecNode.Mapping operations)) {
        continue;
      }
      for (SpecNode op : operations.entries().values()) {
        Optional<SpecNode> ref = Optional.of(op)
            .flatMap(o -> ReadContext.child(o, "requestBody"))
            .flatMap(b -> ReadContext.child(b, "content"))
            .flatMap(c -> ReadContext.child(c, "multipart/form-data"))
            .flatMap(f -> ReadContext.child(f, "schema"))
            .flatMap(f -> ReadContext.child(f, "$ref"));
        String prefix = "#/components/schemas/";
        if (ref.orElse(null) instanceof SpecNode.Scalar scalar && scalar.text().startsWith(prefix)) {
          uploadForms.add(scalar.text().substring(prefix.length()));
        }
      }
    }
  }

  /**
   * Checks a schema name. The writers use it as the class name as written when it is a valid
   * identifier ({@code I18n}), else its UpperCamel form ({@code interview_extend} → {@code
   * InterviewExtend}); class names are compared ignoring case, since they become file names.
   */
  private void schemaName(String name, SpecNode node, Map<String, String> byLowerCase) {
    if (!limits.name(node, "schema name", name)) {
      return;
    }
    String typeName = JavaNames.modelType(name);
    if (Names.isKeyword(name)) {
      check.report(ProblemCode.JAVA_KEYWORD, node, "schema name '" + name + "' is a Java keyword");
      return;
    }
    if (typeName.isEmpty() || !Names.isValidIdentifier(typeName)) {
      check.report(ProblemCode.INVALID_NAME, node,
          "schema name '" + name + "' does not give a Java class name (got '" + typeName + "')");
      return;
    }
    if (typeName.equals(JavaNames.BUILDER_TYPE)) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "schema name '" + name + "' clashes with the nested Builder class of every generated model and request");
    }
    if (SHADOWED_TYPES.contains(typeName)) {
      check.report(ProblemCode.JAVA_KEYWORD, node,
          "schema name '" + name + "' would shadow the type " + typeName + " that generated models use");
    }
    String first = byLowerCase.putIfAbsent(typeName.toLowerCase(Locale.ROOT), name);
    if (first != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "schema '" + name + "' and schema '" + first + "' both become class " + typeName
              + " (class names are compared ignoring case: they are file names)");
    }
  }

  private Optional<SchemaDef> schema(String name, SpecNode.Mapping m) {
    types.unsupportedKeywords(m);
    if (m.has("$ref")) {
      check.report(ProblemCode.UNSUPPORTED_SCHEMA, m.get("$ref").orElseThrow(),
          "schema '" + name + "' is only a $ref; refer to the target schema directly");
      return Optional.empty();
    }
    if (m.has("enum")) {
      return enums.enumSchema(name, m).map(def -> def);
    }
    Optional<String> type = types.schemaType(m, true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!type.get().equals("object")) {
      check.report(ProblemCode.UNSUPPORTED_SCHEMA, m.get("type").orElseThrow(),
          "schema '" + name + "' is of type " + type.get()
              + "; named schemas must be objects or enums (write the type where it is used)");
      return Optional.empty();
    }
    return Optional.of(objectSchema(name, m));
  }

  private ObjectDef objectSchema(String name, SpecNode.Mapping m) {
    String description = check.text(m, "description");
    Optional<SpecNode.Mapping> properties = check.mapping(m, "properties", false, ProblemCode.OPENAPI_STRUCTURE);
    Map<String, SpecNode> propertyNodes = properties.map(SpecNode.Mapping::entries).orElse(Map.of());
    properties.ifPresent(p -> limits.members(p, "schema '" + name + "'", propertyNodes.size()));
    Set<String> required = new LinkedHashSet<>();
    check.sequence(m, "required", false, ProblemCode.OPENAPI_STRUCTURE).ifPresent(seq -> {
      for (SpecNode item : seq.items()) {
        check.asString(item, ProblemCode.OPENAPI_STRUCTURE, "required item").ifPresent(prop -> {
          if (!propertyNodes.containsKey(prop)) {
            check.report(ProblemCode.BAD_CONSTRAINT, item,
                "'" + prop + "' is required but is not a property of " + name);
          } else if (!required.add(prop)) {
            check.report(ProblemCode.BAD_CONSTRAINT, item, "'" + prop + "' is listed twice in required");
          }
        });
      }
    });
    List<PropertyDef> result = new ArrayList<>();
    Map<String, String> javaNames = new HashMap<>();
    for (Map.Entry<String, SpecNode> entry : propertyNodes.entrySet()) {
      String wire = entry.getKey();
      SpecNode node = entry.getValue();
      Optional<String> member = names.memberName(wire, node, "property", javaNames);
      Optional<TypeRef> type = types.typeOf(node, false);
      if (member.isPresent() && type.isPresent() && type.get().isEpochMillis()) {
        names.claim(JavaNames.instantView(member.get()), "the Instant view of property '" + wire + "'", node, javaNames);
      }
      String propertyDescription =
          node instanceof SpecNode.Mapping pm ? check.text(pm, "description") : "";
      Constraints constraints =
          node instanceof SpecNode.Mapping pm && type.isPresent() ? constraintsReader.constraints(pm, type.get()) : Constraints.NONE;
      // A value other than a boolean is reported by PropertyExtensions.
      boolean pii = node instanceof SpecNode.Mapping pm
          && pm.get("x-lark-pii").orElse(null) instanceof SpecNode.Scalar flag
          && flag.kind() == SpecNode.ScalarKind.BOOLEAN
          && Boolean.parseBoolean(flag.text().toLowerCase(Locale.ROOT));
      type.ifPresent(t -> result.add(
          new PropertyDef(wire, t, required.contains(wire), propertyDescription, constraints, pii)));
    }
    return new ObjectDef(name, description, result);
  }
}
