package io.larkgen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.plan.FieldPlan;
import io.larkgen.processor.plan.ModelPlan;
import io.larkgen.processor.plan.ValuePlan;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the streaming codec of one record: field names matched against the one expected next
 * in spec order (a byte comparison in jackson-core), else looked up by name, then a {@code
 * switch} on the field's index into locals, then the canonical constructor; unknown fields kept as plain values; JSON {@code null} read as
 * absent. Writing omits absent fields and empty lists and writes unknown fields back.
 */
public final class CodecWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public CodecWriter(TypeHeader header) {
    this.header = header;
  }

  private static final String PARSER = "parser";
  private static final String GENERATOR = "generator";
  private static final String VALUE = "value";
  private static final String FIELD = "field";
  private static final String NEXT = "next";
  private static final String FIELDS = "FIELDS";

  /** Writes the codec of {@code model}. */
  public JavaFile write(ModelPlan model) {
    ClassName codec = model.codecName();
    ClassName name = model.className();
    Map<FieldPlan, String> locals = locals(model);
    Map<FieldPlan, String> names = nameConstants(model);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(Types.JSON_CODEC, name))
            .addJavadoc(
                "Streaming JSON codec of {@link $T}: jackson-core only, no reflection.\n\n"
                    + "<p>Unknown fields are kept in {@link $T#extraProperties()} and written back;\n"
                    + "JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.\n",
                name,
                name);
    names.forEach(
        (field, constant) ->
            type.addField(
                FieldSpec.builder(Types.SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$Znew $T($S)", Types.SERIALIZED_STRING, field.def().jsonName())
                    .build()));
    type.addField(
        FieldSpec.builder(ArrayTypeName.of(Types.SERIALIZED_STRING), FIELDS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The known field names in spec order, the order in which servers send them.\n")
            .initializer("{$L}", CodeBlock.join(names.values().stream().map(n -> CodeBlock.of("$N", n)).toList(), ",$W"))
            .build());
    type.addField(
            FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec; stateless and thread-safe.\n")
                .initializer("new $T()", codec)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(read(model, locals))
        .addMethod(fieldIndex(model))
        .addMethod(write(model, locals, names));
    if (model.sent()) {
      for (FieldPlan field : model.fields()) {
        field.def().constraints().pattern().ifPresent(pattern -> type.addField(
            FieldSpec.builder(Types.PATTERN, patternConstant(field), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$Z$T.compile($S)", Types.PATTERN, pattern)
                .build()));
      }
      type.addMethod(check(model));
    }
    return JavaFile.builder(codec.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static String patternConstant(FieldPlan field) {
    return JavaNames.codecPatternConstant(field.def().jsonName());
  }

  /**
   * {@code check(path, value)}: the rules of the spec on a value about to be sent, with
   * messages naming each field by its JSON path below {@code path}. Nested objects are checked
   * when present, so a field required in an optional object is required only when it is set.
   */
  private static MethodSpec check(ModelPlan model) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("check")
            .addJavadoc(
                "Checks the rules the spec states for a {@link $T} sent in a request body.\n\n"
                    + "@param path the JSON path of {@code value}, for messages (e.g. {@code body.reminder})\n"
                    + "@param value the value, not null\n"
                    + "@throws $T naming the field's JSON path and the rule it breaks\n",
                model.className(), Types.REQUEST_VALIDATION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Types.STRING, "path")
            .addParameter(model.className(), VALUE);
    for (FieldPlan field : model.fields()) {
      method.addCode(fieldChecks(field));
    }
    return method.build();
  }

  private static CodeBlock fieldChecks(FieldPlan field) {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock get = CodeBlock.of("$N.$N()", VALUE, field.name());
    String at = "." + field.def().jsonName();
    ValuePlan value = field.value();
    boolean text = value instanceof ValuePlan.Scalar s && s.kind() == TypeRef.ScalarKind.STRING;
    if (field.def().required()) {
      CodeBlock unset =
          value instanceof ValuePlan.ListOf || text
              ? CodeBlock.of("$1L == null || $1L.isEmpty()", get)
              : CodeBlock.of("$L == null", get);
      code.beginControlFlow("if ($L)", unset)
          .addStatement("$L", Rejection.throwing(at(at), Rejection.Rule.REQUIRED, CodeBlock.of("$S", "required field is not set")))
          .endControlFlow();
    }
    Constraints c = field.def().constraints();
    if (text) {
      c.minLength().ifPresent(min -> length(code, get, at, "<", min, Rejection.Rule.MIN_LENGTH, "shorter than the minimum length"));
      c.maxLength().ifPresent(max -> length(code, get, at, ">", max, Rejection.Rule.MAX_LENGTH, "longer than the maximum length"));
      if (c.pattern().isPresent()) {
        code.addStatement("$T.pattern(path + $S, $L, $N)", Types.REQUEST_RULES, at, get, patternConstant(field));
      }
    }
    if (value instanceof ValuePlan.Scalar s && (s.kind() == TypeRef.ScalarKind.INT32
        || s.kind() == TypeRef.ScalarKind.INT64 || s.kind() == TypeRef.ScalarKind.DOUBLE)) {
      String number = s.kind() == TypeRef.ScalarKind.DOUBLE ? "doubleValue" : "longValue";
      c.minimum().ifPresent(min -> bound(code, get, at, number, c.exclusiveMinimum() ? "<=" : "<", min,
          Rejection.Rule.minimum(c.exclusiveMinimum()), c.exclusiveMinimum() ? "is not greater than the exclusive minimum" : "is less than the minimum"));
      c.maximum().ifPresent(max -> bound(code, get, at, number, c.exclusiveMaximum() ? ">=" : ">", max,
          Rejection.Rule.maximum(c.exclusiveMaximum()), c.exclusiveMaximum() ? "is not less than the exclusive maximum" : "is greater than the maximum"));
    }
    if (value instanceof ValuePlan.Model model) {
      code.beginControlFlow("if ($L != null)", get)
          .addStatement("$T.check(path + $S, $L)", model.codec(), at, get)
          .endControlFlow();
    }
    if (value instanceof ValuePlan.ListOf list) {
      c.minItems().ifPresent(min -> size(code, get, at, "<", min, Rejection.Rule.MIN_ITEMS, "is fewer than the minimum"));
      c.maxItems().ifPresent(max -> size(code, get, at, ">", max, Rejection.Rule.MAX_ITEMS, "is more than the maximum"));
      if (list.element() instanceof ValuePlan.Model element) {
        code.beginControlFlow("if ($L != null)", get)
            .beginControlFlow("for (int i = 0; i < $L.size(); i++)", get)
            .beginControlFlow("if ($L.get(i) == null)", get)
            .addStatement("$L", Rejection.throwing(CodeBlock.of("path + $S + i + $S", at + "[", "]"), Rejection.Rule.ITEMS,
                CodeBlock.of("$S", "item is null")))
            .endControlFlow()
            .addStatement("$T.check(path + $S + i + $S, $L.get(i))", element.codec(), at + "[", "]", get)
            .endControlFlow()
            .endControlFlow();
      }
    }
    return code.build();
  }

  /** The path of a field in messages: its JSON name below {@code path}. */
  private static CodeBlock at(String at) {
    return CodeBlock.of("path + $S", at);
  }

  private static void length(CodeBlock.Builder code, CodeBlock get, String at, String operator, int bound,
      Rejection.Rule broken, String rule) {
    code.beginControlFlow("if ($1L != null && $1L.codePointCount(0, $1L.length()) $2L $3L)", get, operator, bound)
        .addStatement("$L", Rejection.throwing(at(at), broken, CodeBlock.of("$S + $L + $S", "\"", get,
            "\" is " + rule + " " + bound)))
        .endControlFlow();
  }

  private static void bound(
      CodeBlock.Builder code, CodeBlock get, String at, String number, String operator, BigDecimal bound,
      Rejection.Rule broken, String rule) {
    String literal = number.equals("longValue") && bound.stripTrailingZeros().scale() <= 0
        ? bound.toBigIntegerExact() + "L"
        : bound.toPlainString() + (bound.toPlainString().contains(".") ? "" : ".0");
    String compared = number.equals("longValue") && literal.endsWith("L") ? "longValue" : "doubleValue";
    code.beginControlFlow("if ($1L != null && $1L.$2N() $3L $4L)", get, compared, operator, literal)
        .addStatement("$L", Rejection.throwing(at(at), broken, CodeBlock.of("$L + $S", get,
            " " + rule + " " + bound.toPlainString())))
        .endControlFlow();
  }

  private static void size(CodeBlock.Builder code, CodeBlock get, String at, String operator, int bound,
      Rejection.Rule broken, String rule) {
    code.beginControlFlow("if ($1L != null && $1L.size() $2L $3L)", get, operator, bound)
        .addStatement("$L", Rejection.throwing(at(at), broken, CodeBlock.of("$L.size() + $S", get,
            " items " + rule + " of " + bound + " items")))
        .endControlFlow();
  }

  /** Local variable names: the component names, moved aside where they clash with ours. */
  private static Map<FieldPlan, String> locals(ModelPlan model) {
    Set<String> taken = new HashSet<>(Set.of(PARSER, GENERATOR, VALUE, FIELD, NEXT, ModelPlan.EXTRA_PROPERTIES, "p", "e", "g"));
    Map<FieldPlan, String> locals = new LinkedHashMap<>();
    for (FieldPlan field : model.fields()) {
      String local = field.name();
      while (!taken.add(local)) {
        local = local + "_";
      }
      locals.put(field, local);
    }
    return locals;
  }

  /** Pre-encoded field names, so writing a field name copies bytes instead of encoding text. */
  private static Map<FieldPlan, String> nameConstants(ModelPlan model) {
    Set<String> taken = new HashSet<>(Set.of("INSTANCE", FIELDS));
    Map<FieldPlan, String> names = new LinkedHashMap<>();
    for (FieldPlan field : model.fields()) {
      String constant = JavaNames.codecFieldConstant(field.def().jsonName());
      while (!taken.add(constant)) {
        constant = constant + "_";
      }
      names.put(field, constant);
    }
    return names;
  }

  private static MethodSpec read(ModelPlan model, Map<FieldPlan, String> locals) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (!$T.startObject($N, $S))", Types.JSON_VALUES, PARSER, model.def().name())
        .addStatement("return null")
        .endControlFlow();
    for (FieldPlan field : model.fields()) {
      body.addStatement("$T $N = null", field.javaType(), locals.get(field));
    }
    body.addStatement("$T $N = null", ModelWriter.EXTRA_TYPE, ModelPlan.EXTRA_PROPERTIES);
    body.add("// Each name is first compared, as bytes, with the field expected next in spec order;\n");
    body.add("// only a name out of that order is decoded and looked up.\n");
    body.addStatement("int $N = 0", NEXT);
    body.beginControlFlow("while (true)");
    body.addStatement("int $N", FIELD);
    body.beginControlFlow("if ($1N < $2N.length && $3N.nextFieldName($2N[$1N]))", NEXT, FIELDS, PARSER);
    body.addStatement("$N = $N", FIELD, NEXT);
    body.nextControlFlow("else");
    body.beginControlFlow("if ($N == $N.length)", NEXT, FIELDS);
    body.addStatement("$N.nextToken()", PARSER);
    body.endControlFlow();
    body.beginControlFlow("if ($N.currentToken() != $T.FIELD_NAME)", PARSER, Types.JSON_TOKEN);
    body.addStatement("break");
    body.endControlFlow();
    body.addStatement("$N = fieldIndex($N.currentName())", FIELD, PARSER);
    body.endControlFlow();
    body.addStatement("$N.nextToken()", PARSER);
    body.beginControlFlow("switch ($N)", FIELD);
    int index = 0;
    for (FieldPlan field : model.fields()) {
      body.addStatement(
          "case $L -> $N =$W$L", index++, locals.get(field), ValueCode.read(field.value(), PARSER));
    }
    body.addStatement(
        "default -> $1N =$W$2T.putExtra($1N, $3N.currentName(),$W$2T.readValue($3N))",
        ModelPlan.EXTRA_PROPERTIES,
        Types.JSON_VALUES,
        PARSER);
    body.endControlFlow();
    body.beginControlFlow("if ($N >= 0)", FIELD);
    body.addStatement("$N = $N + 1", NEXT, FIELD);
    body.endControlFlow();
    body.endControlFlow();
    CodeBlock.Builder args = CodeBlock.builder();
    for (FieldPlan field : model.fields()) {
      args.add("$N,$W", locals.get(field));
    }
    args.add("$N", ModelPlan.EXTRA_PROPERTIES);
    body.addStatement("return new $T($L)", model.className(), args.build());
    return MethodSpec.methodBuilder("read")
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(model.className()))
        .addParameter(Types.JSON_PARSER, PARSER)
        .addException(Types.IO_EXCEPTION)
        .addCode(body.build())
        .build();
  }

  /** The index of a field name in {@code FIELDS}, -1 for an unknown field. */
  private static MethodSpec fieldIndex(ModelPlan model) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.add("return switch (name) {\n").indent();
    int index = 0;
    for (FieldPlan field : model.fields()) {
      body.add("case $S -> $L;\n", field.def().jsonName(), index++);
    }
    body.add("default -> -1;\n").unindent().add("};\n");
    return MethodSpec.methodBuilder("fieldIndex")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Types.STRING, "name")
        .addCode(body.build())
        .build();
  }

  private static MethodSpec write(
      ModelPlan model, Map<FieldPlan, String> locals, Map<FieldPlan, String> names) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if ($N == null)", VALUE)
        .addStatement("$N.writeNull()", GENERATOR)
        .addStatement("return")
        .endControlFlow();
    body.addStatement("$N.writeStartObject()", GENERATOR);
    for (FieldPlan field : model.fields()) {
      String local = locals.get(field);
      body.addStatement("$T $N = $N.$N()", field.javaType(), local, VALUE, field.name());
      if (field.value() instanceof ValuePlan.ListOf) {
        body.beginControlFlow("if (!$N.isEmpty())", local);
      } else {
        body.beginControlFlow("if ($N != null)", local);
      }
      body.add(ValueCode.writeField(field.value(), names.get(field), local, GENERATOR));
      body.endControlFlow();
    }
    body.addStatement("$T.writeExtra($N.$N(), $N)", Types.JSON_VALUES, VALUE, ModelPlan.EXTRA_PROPERTIES, GENERATOR);
    body.addStatement("$N.writeEndObject()", GENERATOR);
    return MethodSpec.methodBuilder("write")
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(model.className(), VALUE)
        .addParameter(Types.JSON_GENERATOR, GENERATOR)
        .addException(Types.IO_EXCEPTION)
        .addCode(body.build())
        .build();
  }
}
