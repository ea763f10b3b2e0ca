package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.RequireAnyDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.ParamPlan;
import io.larkgen.processor.plan.ServicePlan;
import io.larkgen.processor.plan.ValuePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the request record of one operation: typed components, a compact constructor that
 * enforces every rule of the spec (required parameters, minimum and maximum, lengths, list
 * sizes, {@code x-lark-require-any}), a {@code Builder}, {@code toBuilder()}, {@code
 * withPageToken} for pageable operations, and the operation's {@code RequestEncoder}.
 */
public final class RequestWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public RequestWriter(TypeHeader header) {
    this.header = header;
  }

  private static final String REQUEST = "request";
  private static final String PARAMS = "params";

  /** The {@code @throws} line of the constructor and {@code build()}, with the exception as {@code $T}. */
  private static final String THROWS_DOC = "@throws $T naming the parameter, its value and the rule it breaks\n";

  /** Writes the request of {@code operation}, which belongs to {@code service}. */
  public JavaFile write(ServicePlan service, OperationPlan operation) {
    ClassName name = operation.requestClass();
    ClassName builder = name.nestedClass(JavaNames.BUILDER_TYPE);
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(javadoc(service, operation));

    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(Types.REQUEST_ENCODER, name),
                "ENCODER",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Writes the path and query parameters of a request.\n")
            .initializer("$T::encode", name)
            .build());

    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addJavadoc(constructorDoc(operation))
            .addModifiers(Modifier.PUBLIC);
    for (ParamPlan param : operation.parameters()) {
      constructor.addParameter(
          ParameterSpec.builder(
                  Nullness.component(param.value(), param.value().javaType(), param.def().required()), param.name())
              .build());
    }
    for (ParamPlan param : operation.parameters()) {
      if (param.value() instanceof ValuePlan.ListOf) {
        constructor.addStatement(
            "$1N = $2T.copyOf($3S, $1N)", param.name(), Types.REQUEST_RULES, param.def().name());
      }
      param.def().constraints().pattern().ifPresent(
          pattern -> type.addField(patternField(param.name(), pattern)));
      param.def().constraints().items().flatMap(Constraints::pattern).ifPresent(
          pattern -> type.addField(patternField(param.name(), pattern)));
    }
    for (ParamPlan param : operation.parameters()) {
      constructor.addCode(checks(param));
    }
    for (RequireAnyDef rule : operation.def().requireAny()) {
      constructor.addCode(requireAny(operation, rule));
    }
    type.recordConstructor(constructor.build());

    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with every parameter unset.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this request's parameters.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    operation.paging().ifPresent(
        paging -> {
          CodeBlock.Builder args = CodeBlock.builder();
          for (int i = 0; i < operation.parameters().size(); i++) {
            String param = operation.parameters().get(i).name();
            args.add(i == 0 ? "$N" : ",$W$N", param.equals(paging.pageTokenParam()) ? "pageToken" : param);
          }
          type.addMethod(
              MethodSpec.methodBuilder("withPageToken")
                  .addJavadoc(
                      "This request asking for another page; every other parameter is kept.\n\n"
                          + "@param pageToken the $L returned by the previous page, or null for the first page\n"
                          + "@return the request of that page\n",
                      Docs.code(operation.def().pagination().orElseThrow().nextPageToken()))
                  .addModifiers(Modifier.PUBLIC)
                  .returns(name)
                  .addParameter(Nullness.nullable(Types.STRING), "pageToken")
                  .addStatement("return new $T($L)", name, args.build())
                  .build());
        });
    type.addMethod(encoder(operation));
    type.addType(builderType(operation, builder));
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static CodeBlock javadoc(ServicePlan service, OperationPlan operation) {
    StringBuilder doc = new StringBuilder();
    doc.append("Request of {@link ")
        .append(service.className().simpleName())
        .append('#')
        .append(operation.methodName())
        .append("}");
    String summary = Docs.escape(operation.def().summary());
    doc.append(summary.isEmpty() ? "" : ": " + summary).append(".\n\n");
    doc.append("<p>{@code ").append(operation.def().httpMethod()).append("} ")
        .append(Docs.code(operation.def().path())).append(". Create with {@link #builder()};\n");
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add("$L", doc.toString())
        .add("construction checks every rule of the spec and throws {@link $T}\n", Types.REQUEST_VALIDATION)
        .add("naming the parameter and the rule.\n");
    doc.setLength(0);
    for (RequireAnyDef rule : operation.def().requireAny()) {
      doc.append("\n<p>At least one of ").append(Docs.codeList(rule.parameters())).append(" must be set");
      String description = Docs.escape(rule.description());
      doc.append(description.isEmpty() ? "" : " (" + description + ")").append(".\n");
    }
    doc.append('\n');
    for (ParamPlan param : operation.parameters()) {
      doc.append("@param ").append(param.name()).append(' ').append(paramDoc(param)).append('\n');
    }
    return javadoc.add("$L", doc.toString()).build();
  }

  private static CodeBlock constructorDoc(OperationPlan operation) {
    StringBuilder doc = new StringBuilder("Checks every rule the spec states.\n\n");
    for (ParamPlan param : operation.parameters()) {
      doc.append("@param ").append(param.name()).append(' ').append(Docs.code(param.def().name())).append('\n');
    }
    return CodeBlock.builder().add("$L", doc.toString()).add(THROWS_DOC, Types.REQUEST_VALIDATION).build();
  }

  private static String paramDoc(ParamPlan param) {
    ParameterDef def = param.def();
    List<String> notes = new ArrayList<>();
    notes.add(switch (def.in()) {
      case BODY -> "the JSON request body";
      case PATH -> "path " + Docs.code(def.name());
      case QUERY -> "query " + Docs.code(def.name());
      case FORM -> (isFile(param.value()) ? "file of form field " : "form field ") + Docs.code(def.name());
    });
    if (def.required()) {
      notes.add("required");
    }
    def.constraints().maxBytes().ifPresent(
        max -> notes.add("at most " + max + " bytes, checked before anything is read; streamed, never held in memory"));
    if (isInstant(param.value())) {
      notes.add("sent as milliseconds since the epoch");
    }
    if (param.value() instanceof ValuePlan.ListOf) {
      notes.add("sent as repeated keys; never null");
    }
    def.defaultValue().ifPresent(v -> notes.add("default " + Docs.code(v)));
    Constraints c = def.constraints();
    c.minimum().ifPresent(v -> notes.add((c.exclusiveMinimum() ? "greater than " : "minimum ") + v.toPlainString()));
    c.maximum().ifPresent(v -> notes.add((c.exclusiveMaximum() ? "less than " : "maximum ") + v.toPlainString()));
    c.minItems().ifPresent(v -> notes.add("at least " + v + " items"));
    c.maxItems().ifPresent(v -> notes.add("at most " + v + " items"));
    c.minLength().ifPresent(v -> notes.add("at least " + v + " characters"));
    c.maxLength().ifPresent(v -> notes.add("at most " + v + " characters"));
    c.pattern().ifPresent(v -> notes.add("matching the pattern " + Docs.code(v)));
    c.items().ifPresent(items -> items.pattern().ifPresent(v -> notes.add("each item matching the pattern " + Docs.code(v))));
    String description = Docs.escape(def.description());
    return (description.isEmpty() ? "" : description + " ") + "(" + String.join("; ", notes) + ")";
  }

  private static boolean isFile(ValuePlan value) {
    return value instanceof ValuePlan.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BINARY;
  }

  private static boolean isInstant(ValuePlan value) {
    return value instanceof ValuePlan.Scalar scalar && scalar.kind().isEpochMillis();
  }

  /** The compiled {@code pattern} of a parameter (or of each of its items). */
  private static FieldSpec patternField(String param, String pattern) {
    return FieldSpec.builder(Types.PATTERN, patternConstant(param), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.compile($S)", Types.PATTERN, pattern)
        .build();
  }

  private static String patternConstant(String param) {
    return JavaNames.requestPatternConstant(param);
  }

  /** The checks of one parameter's own rules. */
  private static CodeBlock checks(ParamPlan param) {
    CodeBlock.Builder code = CodeBlock.builder();
    ParameterDef def = param.def();
    String name = param.name();
    String wire = def.name();
    ValuePlan value = param.value();
    if (def.required()) {
      code.beginControlFlow("if ($L)", notSet(param))
          .addStatement(
              "$L",
              Rejection.throwing(wire, Rejection.Rule.REQUIRED, CodeBlock.of("$S", switch (def.in()) {
                case BODY -> "required request body is not set";
                case PATH -> "required path parameter is not set";
                case QUERY -> "required query parameter is not set";
                case FORM -> "required form field is not set";
              })))
          .endControlFlow();
    }
    if (isFile(value)) {
      def.constraints().maxBytes().ifPresent(max ->
          code.beginControlFlow("if ($N != null && $N.length() > $LL)", name, name, max)
              .addStatement(
                  "$L",
                  Rejection.throwing(wire, Rejection.Rule.MAX_BYTES, CodeBlock.of(
                      "$N.length() + $S", name, " bytes is more than the maximum of " + max + " bytes")))
              .endControlFlow());
      return code.build();
    }
    if (def.in() == ParameterDef.Location.BODY && value instanceof ValuePlan.Model model) {
      if (def.required()) {
        // the required check above has already thrown for a missing body
        code.addStatement("$T.check($S, $N)", model.codec(), wire, name);
      } else {
        code.beginControlFlow("if ($N != null)", name)
            .addStatement("$T.check($S, $N)", model.codec(), wire, name)
            .endControlFlow();
      }
      return code.build();
    }
    Constraints c = def.constraints();
    if (value instanceof ValuePlan.ListOf) {
      c.minItems().ifPresent(
          min -> sizeCheck(code, name, wire, "<", min, Rejection.Rule.MIN_ITEMS, "is fewer than the minimum"));
      c.maxItems().ifPresent(
          max -> sizeCheck(code, name, wire, ">", max, Rejection.Rule.MAX_ITEMS, "is more than the maximum"));
      c.items().ifPresent(items -> itemChecks(code, param, items));
      return code.build();
    }
    if (!(value instanceof ValuePlan.Scalar scalar)) {
      return code.build();
    }
    switch (scalar.kind()) {
      case STRING:
        stringChecks(code, name, wire, false, c, name);
        c.minimum().ifPresent(
            min -> decimalCheck(code, name, wire, c.exclusiveMinimum() ? "<= 0" : "< 0", min,
                Rejection.Rule.minimum(c.exclusiveMinimum()),
                c.exclusiveMinimum() ? "is not greater than the exclusive minimum" : "is less than the minimum"));
        c.maximum().ifPresent(
            max -> decimalCheck(code, name, wire, c.exclusiveMaximum() ? ">= 0" : "> 0", max,
                Rejection.Rule.maximum(c.exclusiveMaximum()),
                c.exclusiveMaximum() ? "is not less than the exclusive maximum" : "is greater than the maximum"));
        return code.build();
      case BOOLEAN:
        return code.build();
      default:
        break;
    }
    boolean instant = isInstant(value);
    if (instant) {
      code.beginControlFlow("if ($N != null)", name)
          .addStatement("$T.epochMillis($S, $N)", Types.REQUEST_RULES, wire, name)
          .endControlFlow();
    }
    boolean integral = scalar.kind() != TypeRef.ScalarKind.DOUBLE;
    CodeBlock number =
        instant
            ? CodeBlock.of("$N.toEpochMilli()", name)
            : CodeBlock.of(integral ? "$N.longValue()" : "$N.doubleValue()", name);
    CodeBlock shown =
        instant
            ? CodeBlock.of("$1N.toEpochMilli() + \" (\" + $1N", name)
            : CodeBlock.of("$N", name);
    String close = instant ? ") " : " ";
    c.minimum().ifPresent(
        min ->
            boundCheck(code, name, wire, number, shown, close, c.exclusiveMinimum() ? "<=" : "<", min, integral,
                Rejection.Rule.minimum(c.exclusiveMinimum()),
                c.exclusiveMinimum() ? "is not greater than the exclusive minimum" : "is less than the minimum"));
    c.maximum().ifPresent(
        max ->
            boundCheck(code, name, wire, number, shown, close, c.exclusiveMaximum() ? ">=" : ">", max, integral,
                Rejection.Rule.maximum(c.exclusiveMaximum()),
                c.exclusiveMaximum() ? "is not less than the exclusive maximum" : "is greater than the maximum"));
    return code.build();
  }

  private static void boundCheck(
      CodeBlock.Builder code,
      String name,
      String wire,
      CodeBlock number,
      CodeBlock shown,
      String close,
      String operator,
      BigDecimal bound,
      boolean integral,
      Rejection.Rule broken,
      String rule) {
    boolean integralBound = bound.stripTrailingZeros().scale() <= 0;
    String literal =
        integral && integralBound
            ? bound.toBigIntegerExact() + "L"
            : bound.toPlainString() + (bound.toPlainString().contains(".") ? "" : ".0");
    CodeBlock compared =
        integral && !integralBound ? CodeBlock.of("(double) $L", number) : number;
    code.beginControlFlow("if ($N != null && $L $L $L)", name, compared, operator, literal)
        .addStatement(
            "$L",
            Rejection.throwing(wire, broken, CodeBlock.of("$L + $S", shown, close + rule + " " + bound.toPlainString())))
        .endControlFlow();
  }

  /**
   * Length and pattern checks of a string held in {@code local}, named {@code wire} in messages
   * ({@code wire[i]} for an item, with {@code item}); {@code param} is the parameter whose
   * pattern applies.
   */
  private static void stringChecks(
      CodeBlock.Builder code, String local, String wire, boolean item, Constraints c, String param) {
    CodeBlock path = item ? CodeBlock.of("$S + i + $S", wire + "[", "]") : CodeBlock.of("$S", wire);
    c.minLength().ifPresent(min -> lengthCheck(code, local, path, "<", min, Rejection.Rule.MIN_LENGTH,
        "shorter than the minimum length"));
    c.maxLength().ifPresent(max -> lengthCheck(code, local, path, ">", max, Rejection.Rule.MAX_LENGTH,
        "longer than the maximum length"));
    if (c.pattern().isPresent()) {
      code.addStatement("$T.pattern($L, $N, $N)", Types.REQUEST_RULES, path, local, patternConstant(param));
    }
  }

  /** The rules of each item of a list of strings, named {@code wire[i]} in messages. */
  private static void itemChecks(CodeBlock.Builder code, ParamPlan param, Constraints items) {
    if (!(param.value() instanceof ValuePlan.ListOf list
        && list.element() instanceof ValuePlan.Scalar scalar
        && scalar.kind() == TypeRef.ScalarKind.STRING)) {
      return;
    }
    code.beginControlFlow("for (int i = 0; i < $N.size(); i++)", param.name())
        .addStatement("$T item = $N.get(i)", Types.STRING, param.name());
    stringChecks(code, "item", param.def().name(), true, items, param.name());
    code.endControlFlow();
  }

  /** A bound on a string that spells a number; {@code comparison} completes {@code compareTo(bound)}. */
  private static void decimalCheck(CodeBlock.Builder code, String name, String wire, String comparison,
      BigDecimal bound, Rejection.Rule broken, String rule) {
    code.beginControlFlow(
            "if ($N != null && $T.decimal($S, $N).compareTo(new $T($S)) $L)",
            name, Types.REQUEST_RULES, wire, name, Types.BIG_DECIMAL, bound.toPlainString(), comparison)
        .addStatement(
            "$L", Rejection.throwing(wire, broken, CodeBlock.of("$N + $S", name, " " + rule + " " + bound.toPlainString())))
        .endControlFlow();
  }

  private static void sizeCheck(CodeBlock.Builder code, String name, String wire, String operator, int bound,
      Rejection.Rule broken, String rule) {
    code.beginControlFlow("if ($N.size() $L $L)", name, operator, bound)
        .addStatement(
            "$L",
            Rejection.throwing(wire, broken, CodeBlock.of("$N.size() + $S", name, " items " + rule + " of " + bound + " items")))
        .endControlFlow();
  }

  private static void lengthCheck(CodeBlock.Builder code, String name, CodeBlock path, String operator, int bound,
      Rejection.Rule broken, String rule) {
    code.beginControlFlow(
            "if ($1N != null && $1N.codePointCount(0, $1N.length()) $2L $3L)", name, operator, bound)
        .addStatement(
            "$L", Rejection.throwing(path, broken, CodeBlock.of("$S + $N + $S", "\"", name, "\" is " + rule + " " + bound)))
        .endControlFlow();
  }

  /** An expression that is true when the parameter is missing: null, or an empty string or list. */
  private static CodeBlock notSet(ParamPlan param) {
    if (param.value() instanceof ValuePlan.ListOf) {
      return CodeBlock.of("$N.isEmpty()", param.name());
    }
    if (param.value() instanceof ValuePlan.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING) {
      return CodeBlock.of("$1N == null || $1N.isEmpty()", param.name());
    }
    return CodeBlock.of("$N == null", param.name());
  }

  private static CodeBlock requireAny(OperationPlan operation, RequireAnyDef rule) {
    CodeBlock.Builder condition = CodeBlock.builder();
    for (int i = 0; i < rule.parameters().size(); i++) {
      ParamPlan param = operation.parameter(rule.parameters().get(i));
      condition.add(i == 0 ? "$>$>($L)" : "\n&& ($L)", notSet(param));
    }
    condition.add("$<$<");
    CodeBlock names = CodeBlock.join(rule.parameters().stream().map(p -> CodeBlock.of("$S", p)).toList(), ", ");
    // the runtime writes the message: "at least one of a, b must be set (description)"
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition.build())
        .addStatement("throw new $T($T.of($L), $S)", Types.REQUEST_VALIDATION, Types.LIST, names,
            rule.description().strip())
        .endControlFlow()
        .build();
  }

  private static MethodSpec encoder(OperationPlan operation) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("encode")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(operation.requestClass(), REQUEST)
            .addParameter(Types.REQUEST_PARAMS, PARAMS);
    for (ParamPlan param : operation.parameters()) {
      CodeBlock get = CodeBlock.of("$N.$N()", REQUEST, param.name());
      String wire = param.def().name();
      if (param.def().in() == ParameterDef.Location.BODY || param.def().in() == ParameterDef.Location.FORM) {
        continue;
      }
      if (param.def().in() == ParameterDef.Location.PATH) {
        method.addStatement("$N.path($S, $L)", PARAMS, wire, text(param.value(), get, false));
      } else if (param.value() instanceof ValuePlan.ListOf list) {
        if (list.element() instanceof ValuePlan.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.STRING) {
          method.addStatement("$N.query($S, $L)", PARAMS, wire, get);
        } else {
          method.addStatement(
              "$N.query($S, $L.stream().map(v -> $L).toList())",
              PARAMS,
              wire,
              get,
              text(list.element(), CodeBlock.of("v"), false));
        }
      } else if (param.value() instanceof ValuePlan.Scalar scalar && isNumber(scalar)) {
        method.addStatement("$N.query($S, $L)", PARAMS, wire, get);
      } else {
        method.addStatement("$N.query($S, $L)", PARAMS, wire, text(param.value(), get, true));
      }
    }
    return method.build();
  }

  private static boolean isNumber(ValuePlan.Scalar scalar) {
    return scalar.kind() == TypeRef.ScalarKind.INT32
        || scalar.kind() == TypeRef.ScalarKind.INT64
        || scalar.kind() == TypeRef.ScalarKind.DOUBLE;
  }

  /**
   * An expression giving the wire text of a value; with {@code nullable}, null when the value is
   * null. Numbers are passed as they are ({@code RequestParams} formats them).
   */
  static CodeBlock text(ValuePlan value, CodeBlock get, boolean nullable) {
    CodeBlock text;
    if (value instanceof ValuePlan.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return get;
        case EPOCH_MILLIS:
        case EPOCH_MILLIS_STRING:
          text = CodeBlock.of("$T.valueOf($L.toEpochMilli())", Types.STRING, get);
          break;
        default:
          text = CodeBlock.of("$T.valueOf($L)", Types.STRING, get);
          break;
      }
    } else if (value instanceof ValuePlan.Enum enumValue) {
      text =
          enumValue.kind() == EnumDef.Kind.INT
              ? CodeBlock.of("$T.valueOf($L.code())", Types.STRING, get)
              : CodeBlock.of("$L.value()", get);
    } else {
      throw new IllegalStateException("not a parameter type: " + value);
    }
    return nullable ? CodeBlock.of("$L == null ? null : $L", get, text) : text;
  }

  private static TypeSpec builderType(OperationPlan operation, ClassName builder) {
    ClassName name = operation.requestClass();
    BuilderCode code =
        new BuilderCode(
            name, builder, CodeBlock.of("Builder of {@link $T}; {@link #build()} checks the rules.\n", name));
    for (ParamPlan param : operation.parameters()) {
      code.component(
          param.value().javaType(),
          param.name(),
          CodeBlock.of(
              "Sets {@link $T#$N()}: $L.\n\n@param $N the value, or null to unset\n@return this builder\n",
              name,
              param.name(),
              Docs.code(param.def().name()),
              param.name()));
    }
    return code.build(
        CodeBlock.of(
            "The request, after checking every rule of the spec.\n\n@return the request\n" + THROWS_DOC,
            Types.REQUEST_VALIDATION));
  }
}
