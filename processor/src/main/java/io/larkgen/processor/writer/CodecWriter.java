package io.larkgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
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
import javax.lang.model.element.Modifier;

/**
 * Writes the streaming codec of one record: a table of its fields ({@code JsonFields}, the
 * runtime's), each a JSON name and its value's codec, which reads the JSON object into an array
 * and writes the components back; the codec itself casts the array's elements into the
 * canonical constructor and lists the components for writing. The table matches each name
 * against the one expected next in spec order, keeps unknown fields as plain values, reads
 * JSON {@code null} as absent and omits absent fields and empty lists when writing.
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
  private static final String VALUES = "values";
  private static final String FIELDS = "FIELDS";
  private static final String CONSTRUCT = "construct";

  /** Writes the codec of {@code model}. */
  public JavaFile write(ModelPlan model) {
    ClassName codec = model.codecName();
    ClassName name = model.className();
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
    // INSTANCE comes first: a field table naming the codec of a record that refers back to this
    // one (directly or through others) reads INSTANCE while this class is still initialising.
    type.addField(
            FieldSpec.builder(codec, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The codec; stateless and thread-safe.\n")
                .initializer("new $T()", codec)
                .build())
        .addField(
            FieldSpec.builder(Types.JSON_FIELDS, FIELDS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The known fields in spec order, the order in which servers send them.\n")
                .initializer(fieldTable(model))
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(readMethod(model))
        .addMethod(constructMethod(model))
        .addMethod(writeMethod(model));
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

  /** {@code JsonFields.builder(...).add(name, codec)...build()}, one {@code add} per field. */
  private static CodeBlock fieldTable(ModelPlan model) {
    CodeBlock.Builder table = CodeBlock.builder().add("$T.builder($S)$>$>", Types.JSON_FIELDS, model.def().name());
    for (FieldPlan field : model.fields()) {
      table.add("\n.add($S, $L)", field.def().jsonName(), ValueCode.codec(field.value()));
    }
    return table.add("\n.build()$<$<").build();
  }

  /** Reads the fields through the table, which hands their values to {@link #constructMethod}. */
  private static MethodSpec readMethod(ModelPlan model) {
    return MethodSpec.methodBuilder("read")
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(model.className()))
        .addParameter(Types.JSON_PARSER, PARSER)
        .addException(Types.IO_EXCEPTION)
        .addStatement("return $N.read($N, $T::$N)", FIELDS, PARSER, model.codecName(), CONSTRUCT)
        .build();
  }

  /** The canonical constructor of the values read, cast from the table's array. */
  private static MethodSpec constructMethod(ModelPlan model) {
    CodeBlock.Builder args = CodeBlock.builder();
    int index = 0;
    for (FieldPlan field : model.fields()) {
      args.add("($T) $N[$L],$W", field.javaType(), VALUES, index++);
    }
    args.add("($T) $N[$L]", ModelWriter.EXTRA_TYPE, VALUES, index);
    return MethodSpec.methodBuilder(CONSTRUCT)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(model.className())
        .addParameter(ArrayTypeName.of(Nullness.nullable(ClassName.OBJECT)), VALUES)
        .addStatement("return new $T($L)", model.className(), args.build())
        .build();
  }

  /** Hands the components, in spec order, to the table. */
  private static MethodSpec writeMethod(ModelPlan model) {
    CodeBlock.Builder args = CodeBlock.builder().add("$N, $N.$N()", GENERATOR, VALUE, ModelPlan.EXTRA_PROPERTIES);
    for (FieldPlan field : model.fields()) {
      args.add(",$W$N.$N()", VALUE, field.name());
    }
    CodeBlock body = CodeBlock.builder()
        .beginControlFlow("if ($N == null)", VALUE)
        .addStatement("$N.writeNull()", GENERATOR)
        .addStatement("return")
        .endControlFlow()
        .addStatement("$N.write($L)", FIELDS, args.build())
        .build();
    return MethodSpec.methodBuilder("write")
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(model.className(), VALUE)
        .addParameter(Types.JSON_GENERATOR, GENERATOR)
        .addException(Types.IO_EXCEPTION)
        .addCode(body)
        .build();
  }
}
