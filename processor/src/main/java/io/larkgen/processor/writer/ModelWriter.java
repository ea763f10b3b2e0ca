package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.plan.FieldPlan;
import io.larkgen.processor.plan.ModelPlan;
import io.larkgen.processor.plan.ValuePlan;
import javax.lang.model.element.Modifier;

/**
 * Writes one object schema as an immutable record: lists never null, unknown fields kept in
 * {@code extraProperties}, {@code xxxInstant()} views of epoch-millis fields, and a nested
 * {@code Builder}. The record carries no JSON mapping: its codec ({@link CodecWriter}) is the
 * one, and {@link JacksonModuleWriter} offers it to an {@code ObjectMapper}.
 */
public final class ModelWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public ModelWriter(TypeHeader header) {
    this.header = header;
  }

  private static final String FIELD_NAMES = "FIELD_NAMES";

  /** What {@code toString()} prints for a value that holds personal data. */
  static final String MASK = "***";

  static final TypeName EXTRA_TYPE = ParameterizedTypeName.get(Types.MAP, Types.STRING, Types.OBJECT);

  /** Writes the record of {@code model}. */
  public JavaFile write(ModelPlan model) {
    ClassName name = model.className();
    ClassName builder = name.nestedClass(JavaNames.BUILDER_TYPE);
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("$L", javadoc(model));

    // The record's @param tags document the components. javadoc's doclint (JDK 17) still wants a
    // described @param per parameter of the compact constructor: the JSON name, the shortest.
    StringBuilder constructorDoc =
        new StringBuilder(
            "Copies lists and unknown fields; null lists and maps become empty.\n\n"
                + "@throws IllegalArgumentException when {@code extraProperties} holds a name of\n"
                + "one of this record's fields\n");
    for (FieldPlan field : model.fields()) {
      constructorDoc.append("@param ").append(field.name()).append(' ')
          .append(Docs.code(field.def().jsonName())).append('\n');
    }
    constructorDoc.append("@param ").append(ModelPlan.EXTRA_PROPERTIES).append(" unknown fields\n");
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addJavadoc("$L", constructorDoc.toString())
            .addModifiers(Modifier.PUBLIC);
    for (FieldPlan field : model.fields()) {
      constructor.addParameter(Nullness.component(field.value(), field.javaType(), false), field.name());
      if (field.value() instanceof ValuePlan.ListOf) {
        constructor.addStatement(
            "$1N = $1N == null ? $2T.of() : $2T.copyOf($1N)", field.name(), Types.LIST);
      }
    }
    constructor.addParameter(EXTRA_TYPE, ModelPlan.EXTRA_PROPERTIES);
    constructor.addStatement(
        "$1N = $2T.copyExtra($1N,$W$3N,$W$4S)",
        ModelPlan.EXTRA_PROPERTIES,
        Types.JSON_VALUES,
        FIELD_NAMES,
        model.def().name());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(Types.SET, Types.STRING),
                FIELD_NAMES,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("JSON names of the components, which {@code extraProperties} may not use.\n")
            .initializer(
                "$T.of($L)",
                Types.SET,
                CodeBlock.join(
                    model.fields().stream().map(f -> CodeBlock.of("$S", f.def().jsonName())).toList(), ",$W"))
            .build());
    type.recordConstructor(constructor.build());

    for (FieldPlan field : model.fields()) {
      field.instantAccessor().ifPresent(accessor -> type.addMethod(instantAccessor(field, accessor)));
    }
    if (model.fields().stream().anyMatch(f -> f.def().pii())) {
      type.addMethod(maskingToString(model));
    }
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with every component unset.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this value's components.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    type.addType(builderType(model, builder));
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static String javadoc(ModelPlan model) {
    StringBuilder doc = new StringBuilder();
    doc.append(Docs.orElse(model.def().description(), "The " + Docs.code(model.def().name()) + " object."))
        .append("\n\n");
    for (FieldPlan field : model.fields()) {
      doc.append("@param ").append(field.name()).append(' ').append(componentDoc(field)).append('\n');
    }
    doc.append("@param ")
        .append(ModelPlan.EXTRA_PROPERTIES)
        .append(" JSON fields this client does not know, as plain Java values; never null\n");
    return doc.toString();
  }

  private static String componentDoc(FieldPlan field) {
    StringBuilder doc = new StringBuilder(Docs.orElse(field.def().description(), ""));
    if (doc.length() > 0) {
      doc.append(' ');
    }
    doc.append('(').append(Docs.code(field.def().jsonName()));
    if (field.value() instanceof ValuePlan.Scalar scalar) {
      if (scalar.kind() == TypeRef.ScalarKind.EPOCH_MILLIS) {
        doc.append("; milliseconds since the epoch as sent, see {@link #")
            .append(field.instantAccessor().orElseThrow())
            .append("()}");
      } else if (scalar.kind() == TypeRef.ScalarKind.EPOCH_MILLIS_STRING) {
        doc.append("; decimal string of milliseconds since the epoch as sent, see {@link #")
            .append(field.instantAccessor().orElseThrow())
            .append("()}");
      }
    }
    if (field.value() instanceof ValuePlan.ListOf) {
      doc.append("; never null, empty when absent");
    } else if (field.def().required()) {
      doc.append("; required by the spec");
    }
    if (field.def().pii()) {
      doc.append("; personal data, {@code ").append(MASK).append("} in {@code toString()}");
    }
    return doc.append(')').toString();
  }

  /**
   * The record's {@code toString()} with {@code ***} for each component that holds personal data
   * ({@code x-lark-pii}) and only the names of unknown fields, whose values may hold it too.
   */
  private static MethodSpec maskingToString(ModelPlan model) {
    CodeBlock.Builder body = CodeBlock.builder().add("return $S", model.className().simpleName() + "[");
    String separator = "";
    for (FieldPlan field : model.fields()) {
      String label = separator + field.name() + "=";
      if (!field.def().pii()) {
        body.add("\n+ $S + $N", label, field.name());
      } else if (field.value() instanceof ValuePlan.ListOf) {
        body.add("\n+ $S + ($N.isEmpty() ? $S : $S)", label, field.name(), "[]", MASK);
      } else {
        body.add("\n+ $S + ($N == null ? $S : $S)", label, field.name(), "null", MASK);
      }
      separator = ", ";
    }
    body.add("\n+ $S + $N.keySet() + $S", separator + ModelPlan.EXTRA_PROPERTIES + "=",
        ModelPlan.EXTRA_PROPERTIES, "]");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Types.OVERRIDE)
        .addJavadoc("This value's components, with {@code $L} for those holding personal data and "
            + "only the\nnames of unknown fields.\n\n@return the components as text\n", MASK)
        .addModifiers(Modifier.PUBLIC)
        .returns(Types.STRING)
        .addStatement("$L", body.build())
        .build();
  }

  private static MethodSpec instantAccessor(FieldPlan field, String accessor) {
    ValuePlan.Scalar scalar = (ValuePlan.Scalar) field.value();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(accessor)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(Types.OPTIONAL, Types.INSTANT));
    if (scalar.kind() == TypeRef.ScalarKind.EPOCH_MILLIS) {
      method
          .addJavadoc(
              "{@link #$N()} as an instant; empty when absent.\n\n@return the instant, if present\n",
              field.name())
          .addStatement(
              "return $1N == null ? $2T.empty() : $2T.of($3T.ofEpochMilli($1N))",
              field.name(),
              Types.OPTIONAL,
              Types.INSTANT);
    } else {
      method
          .addJavadoc(
              "{@link #$N()} parsed as milliseconds since the epoch; empty when absent or empty.\n\n"
                  + "@return the instant, if present\n"
                  + "@throws NumberFormatException if the value is not a decimal number\n",
              field.name())
          .addStatement(
              "return $1N == null || $1N.isEmpty()\n? $2T.empty()\n: $2T.of($3T.ofEpochMilli(Long.parseLong($1N)))",
              field.name(),
              Types.OPTIONAL,
              Types.INSTANT);
    }
    return method.build();
  }

  private static TypeSpec builderType(ModelPlan model, ClassName builder) {
    ClassName name = model.className();
    BuilderCode code = new BuilderCode(name, builder, CodeBlock.of("Builder of {@link $T}.\n", name));
    for (FieldPlan field : model.fields()) {
      code.component(
          field.javaType(),
          field.name(),
          CodeBlock.of(
              "Sets {@link $T#$N()}.\n\n@param $N the value, or null to unset\n@return this builder\n",
              name,
              field.name(),
              field.name()));
    }
    code.component(
        EXTRA_TYPE,
        ModelPlan.EXTRA_PROPERTIES,
        CodeBlock.of(
            "Sets {@link $T#$N()}.\n\n@param $N unknown fields, or null for none\n@return this builder\n",
            name,
            ModelPlan.EXTRA_PROPERTIES,
            ModelPlan.EXTRA_PROPERTIES));
    return code.build(
        CodeBlock.of("A new {@link $T} of the components set so far.\n\n@return the value\n", name));
  }
}
