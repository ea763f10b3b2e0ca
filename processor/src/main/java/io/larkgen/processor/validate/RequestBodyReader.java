package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads an operation's {@code requestBody}: a JSON body ({@code application/json}, a {@code $ref}
 * to an object schema) becomes one {@code body} parameter, a {@code multipart/form-data} body
 * one parameter per form field.
 */
final class RequestBodyReader {
  private final Checker check;
  private final Map<String, SpecNode.Mapping> schemaNodes;
  private final Map<String, SchemaDef> schemas;
  private final TypeReader types;
  private final ConstraintsReader constraintsReader;
  private final NameChecks names;

  RequestBodyReader(
      ReadContext context,
      TypeReader types,
      ConstraintsReader constraintsReader,
      NameChecks names) {
    this.check = context.check();
    this.schemaNodes = context.schemaNodes();
    this.schemas = context.schemas();
    this.types = types;
    this.constraintsReader = constraintsReader;
    this.names = names;
  }

  /**
   * The JSON request body, as a {@link ParameterDef.Location#BODY} parameter named {@code body}:
   * {@code content: application/json: schema: $ref} to an object schema.
   *
   * @param unsupported where a reason the operation cannot be generated is added
   */
  Optional<List<ParameterDef>> read(
      String httpMethod, SpecNode node, OperationParameters params, List<String> unsupported) {
    if (httpMethod.equals("get") || httpMethod.equals("head")) {
      check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, node,
          "a " + httpMethod.toUpperCase(Locale.ROOT) + " operation cannot send a request body");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> body = check.asMapping(node, ProblemCode.OPENAPI_STRUCTURE, "requestBody");
    if (body.isEmpty()) {
      return Optional.empty();
    }
    boolean required = body.get().get("required")
        .flatMap(r -> check.asBoolean(r, ProblemCode.OPENAPI_STRUCTURE, "required")).orElse(false);
    Optional<SpecNode.Mapping> content = check.mapping(body.get(), "content", true, ProblemCode.OPENAPI_STRUCTURE);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    if (content.get().entries().size() == 1 && content.get().has("multipart/form-data")) {
      return form(content.get().get("multipart/form-data").orElseThrow(), params, unsupported);
    }
    Optional<SpecNode> json = content.get().get("application/json");
    if (json.isEmpty() || content.get().entries().size() != 1) {
      check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, content.get(),
          "request bodies are generated for application/json only, not " + content.get().entries().keySet());
      return Optional.empty();
    }
    Optional<SpecNode> ref = schemaRefOf(json.get(), "application/json", "the request body schema");
    Optional<String> name = ref.flatMap(types::schemaRef);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!(schemas.get(name.get()) instanceof ObjectDef)) {
      if (schemaNodes.containsKey(name.get()) && schemaNodes.get(name.get()).has("enum")) {
        check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, ref.get(),
            "the request body must be an object schema, not the enum " + name.get());
      }
      return Optional.empty();
    }
    if (params.built().stream().anyMatch(p -> JavaNames.member(p.name()).equals("body"))) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "the request body and a parameter both become 'body' in the request");
      return Optional.empty();
    }
    return Optional.of(List.of(new ParameterDef(
        "body", ParameterDef.Location.BODY, required, new TypeRef.Named(name.get()),
        check.text(body.get(), "description"), Optional.empty(), Constraints.NONE)));
  }

  /**
   * The fields of a {@code multipart/form-data} request body, as {@link
   * ParameterDef.Location#FORM} parameters in the form schema's order: {@code schema: $ref} to an
   * object schema whose properties are files ({@code type: string, format: binary}, with an
   * optional {@code x-lark-max-bytes}), scalars or enums. A form with an array or object field is
   * not generated (the operation is skipped).
   */
  private Optional<List<ParameterDef>> form(
      SpecNode media, OperationParameters params, List<String> unsupported) {
    Optional<String> name = schemaRefOf(media, "multipart/form-data", "the form schema").flatMap(types::schemaRef);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping formNode = schemaNodes.get(name.get());
    Optional<SpecNode.Mapping> properties =
        check.mapping(formNode, "properties", true, ProblemCode.UNSUPPORTED_REQUEST_BODY);
    if (properties.isEmpty()) {
      return Optional.empty();
    }
    Set<String> required = new HashSet<>(
        check.stringList(formNode, "required", false, ProblemCode.OPENAPI_STRUCTURE).orElse(List.of()));
    Map<String, String> taken = new HashMap<>();
    params.built().forEach(p -> taken.put(JavaNames.member(p.name()), "parameter '" + p.name() + "'"));
    List<ParameterDef> fields = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, SpecNode> entry : properties.get().entries().entrySet()) {
      String field = entry.getKey();
      Optional<SpecNode.Mapping> m = check.asMapping(entry.getValue(), ProblemCode.UNKNOWN_TYPE, "form field '" + field + "'");
      if (m.isEmpty() || names.memberName(field, entry.getValue(), "form field", taken).isEmpty()) {
        ok = false;
        continue;
      }
      Optional<TypeRef> type;
      Constraints constraints;
      if (isFile(m.get())) {
        type = Optional.of(new TypeRef.Scalar(TypeRef.ScalarKind.BINARY));
        // Checked, and reported when malformed, with the schema's other property extensions.
        OptionalLong maxBytes = m.get().get("x-lark-max-bytes").orElse(null) instanceof SpecNode.Scalar max
                && max.kind() == SpecNode.ScalarKind.INTEGER && max.text().matches("[1-9][0-9]{0,17}")
            ? OptionalLong.of(Long.parseLong(max.text()))
            : OptionalLong.empty();
        constraints = new Constraints(Optional.empty(), false, Optional.empty(), false, OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), maxBytes);
      } else {
        type = types.typeOf(m.get(), true);
        if (type.isPresent() && (type.get() instanceof TypeRef.ListOf
            || type.get() instanceof TypeRef.Named named && !(schemas.get(named.schemaName()) instanceof EnumDef))) {
          unsupported.add("its form field '" + field + "' is " + (type.get() instanceof TypeRef.ListOf ? "an array" : "an object"));
          ok = false;
          continue;
        }
        constraints = type.map(t -> constraintsReader.constraints(m.get(), t)).orElse(Constraints.NONE);
      }
      if (type.isEmpty()) {
        ok = false;
        continue;
      }
      fields.add(new ParameterDef(field, ParameterDef.Location.FORM, required.contains(field), type.get(),
          check.text(m.get(), "description"), Optional.empty(), constraints));
    }
    return ok ? Optional.of(fields) : Optional.empty();
  }

  /**
   * The {@code schema: $ref} node of a request body's media type; an inline schema is reported
   * as {@code what} needing to be a {@code $ref}.
   */
  private Optional<SpecNode> schemaRefOf(SpecNode media, String mediaType, String what) {
    Optional<SpecNode> schema = check.asMapping(media, ProblemCode.OPENAPI_STRUCTURE, mediaType)
        .flatMap(m -> check.required(m, "schema", ProblemCode.OPENAPI_STRUCTURE));
    Optional<SpecNode> ref = schema.flatMap(s -> ReadContext.child(s, "$ref"));
    if (schema.isPresent() && ref.isEmpty()) {
      check.report(ProblemCode.INLINE_OBJECT, schema.get(),
          what + " must be a $ref to an object schema under components/schemas");
    }
    return ref;
  }

  /** {@code type: string, format: binary}: a file of a form. */
  private static boolean isFile(SpecNode.Mapping m) {
    return m.get("type").orElse(null) instanceof SpecNode.Scalar type && type.text().equals("string")
        && m.get("format").orElse(null) instanceof SpecNode.Scalar format && format.text().equals("binary");
  }
}
