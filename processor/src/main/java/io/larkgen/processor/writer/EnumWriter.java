package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.plan.EnumPlan;
import javax.lang.model.element.Modifier;

/**
 * Writes one enum schema as an open sealed type: {@code sealed interface Xxx permits Xxx.Known,
 * Xxx.Unknown}, the known values as constants of the {@code Known} enum (re-exported on the
 * interface), and an {@code Unknown} record that keeps any other wire value, so that a value
 * Feishu adds later decodes and re-encodes unchanged.
 */
public final class EnumWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public EnumWriter(TypeHeader header) {
    this.header = header;
  }


  /** Writes the sealed interface of {@code plan}. */
  public JavaFile write(EnumPlan plan) {
    EnumDef def = plan.def();
    boolean isInt = def.kind() == EnumDef.Kind.INT;
    ClassName name = plan.className();
    ClassName known = name.nestedClass("Known");
    ClassName unknown = name.nestedClass("Unknown");
    TypeName wireType = isInt ? TypeName.INT : Types.STRING;
    String wire = isInt ? "code" : "value";

    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addPermittedSubclass(known)
            .addPermittedSubclass(unknown)
            .addJavadoc("$L", interfaceDoc(plan, known, unknown, wire));

    for (int i = 0; i < def.values().size(); i++) {
      String constant = plan.constants().get(i);
      type.addField(
          FieldSpec.builder(known, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("$L", constantDoc(def.values().get(i)))
              .initializer("$T.$N", known, constant)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder(wire)
            .addJavadoc(isInt ? "The wire value.\n\n@return the code as sent\n" : "The wire value.\n\n@return the value as sent\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(wireType)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("description")
            .addJavadoc("The documented meaning (Chinese, as in the Feishu docs).\n\n@return the meaning; empty for unknown values\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(Types.STRING)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("descriptionEn")
            .addJavadoc("The documented meaning in English.\n\n@return the meaning; empty for unknown values or when the spec has none\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(Types.STRING)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("known")
            .addJavadoc("This value as a known constant, for an exhaustive {@code switch}.\n\n@return the constant; empty for a value this client does not know\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(ParameterizedTypeName.get(Types.OPTIONAL, known))
            .build());

    CodeBlock.Builder cases = CodeBlock.builder().add("return switch ($N) {\n", wire).indent();
    for (int i = 0; i < def.values().size(); i++) {
      EnumValueDef value = def.values().get(i);
      cases.add(isInt ? "case $L -> $T.$N;\n" : "case $S -> $T.$N;\n", value.wireValue(), known, plan.constants().get(i));
    }
    cases.add("default -> new $T($N);\n", unknown, wire).unindent().add("};\n");
    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(name)
            .addParameter(wireType, wire);
    if (isInt) {
      of.addJavadoc("The value for a wire code; never throws.\n\n@param code the code as sent\n@return the known constant, or an {@link Unknown} keeping {@code code}\n");
    } else {
      of.addJavadoc("The value for a wire string; never throws for a non-null value.\n\n@param value the value as sent\n@return the known constant, or an {@link Unknown} keeping {@code value}\n@throws NullPointerException if {@code value} is null\n")
          .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, wire, wire);
    }
    type.addMethod(of.addCode(cases.build()).build());
    type.addType(knownType(plan, name, known, wireType, wire));
    type.addType(unknownType(name, unknown, known, wireType, wire, isInt));
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * The type's Javadoc: its description, and how unknown values behave. Each value's meaning is
   * written once, on its constant of the interface; the {@code Known} constants link there.
   */
  private static String interfaceDoc(EnumPlan plan, ClassName known, ClassName unknown, String wire) {
    EnumDef def = plan.def();
    StringBuilder doc = new StringBuilder();
    doc.append(Docs.orElse(def.description(), "The " + Docs.code(def.name()) + " codes.")).append("\n\n");
    doc.append("<p>Open: a ").append(wire).append(" with no constant below decodes to {@link Unknown} and re-encodes\n")
        .append("unchanged. Switch exhaustively with {@code switch (x.known().orElseThrow())}.\n");
    return doc.toString();
  }

  private static String constantDoc(EnumValueDef value) {
    return meaning(value) + " (wire value " + Docs.code(value.wireValue()) + ").\n";
  }

  private static String meaning(EnumValueDef value) {
    String zh = Docs.escape(value.description());
    String en = Docs.escape(value.descriptionEn());
    if (zh.isEmpty()) {
      return en.isEmpty() ? value.varName() : en;
    }
    return en.isEmpty() ? zh : zh + " / " + en;
  }

  private static TypeSpec knownType(EnumPlan plan, ClassName name, ClassName known, TypeName wireType, String wire) {
    EnumDef def = plan.def();
    boolean isInt = def.kind() == EnumDef.Kind.INT;
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(known)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addSuperinterface(plan.className())
            .addJavadoc("The values documented in the spec.\n");
    for (int i = 0; i < def.values().size(); i++) {
      EnumValueDef value = def.values().get(i);
      type.addEnumConstant(
          plan.constants().get(i),
          TypeSpec.anonymousClassBuilder(
                  isInt ? "$L,$W$S,$W$S" : "$S,$W$S,$W$S",
                  value.wireValue(),
                  value.description(),
                  value.descriptionEn())
              .addJavadoc("See {@link $T#$N}.\n", name, plan.constants().get(i))
              .build());
    }
    type.addField(wireType, wire, Modifier.PRIVATE, Modifier.FINAL)
        .addField(Types.STRING, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Types.STRING, "descriptionEn", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(wireType, wire)
                .addParameter(Types.STRING, "description")
                .addParameter(Types.STRING, "descriptionEn")
                .addStatement("this.$1N = $1N", wire)
                .addStatement("this.description = description")
                .addStatement("this.descriptionEn = descriptionEn")
                .build())
        .addMethod(getter(wire, wireType))
        .addMethod(getter("description", Types.STRING))
        .addMethod(getter("descriptionEn", Types.STRING))
        .addMethod(
            MethodSpec.methodBuilder("known")
                .addAnnotation(Types.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.OPTIONAL, known))
                .addStatement("return $T.of(this)", Types.OPTIONAL)
                .build());
    return type.build();
  }

  private static MethodSpec getter(String field, TypeName type) {
    return MethodSpec.methodBuilder(field)
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", field)
        .build();
  }

  private static TypeSpec unknownType(
      ClassName name, ClassName unknown, ClassName known, TypeName wireType, String wire, boolean isInt) {
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(wireType, wire);
    if (isInt) {
      constructor.addJavadoc(
          "Keeps a code.\n\n@param $1N the wire value, not one of {@link $2T}'s\n"
              + "@throws IllegalArgumentException if {@code $1N} is a known code: a value has one\n"
              + "representation, so that decoding what was written gives an equal value\n",
          wire,
          known);
    } else {
      constructor
          .addJavadoc(
              "Keeps a value.\n\n@param $1N the wire value, not null and not one of {@link $2T}'s\n"
                  + "@throws IllegalArgumentException if {@code $1N} is a known value: a value has one\n"
                  + "representation, so that decoding what was written gives an equal value\n",
              wire,
              known)
          .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, wire, wire);
    }
    constructor
        .beginControlFlow("for ($1T k : $1T.values())", known)
        .beginControlFlow(isInt ? "if (k.$1N() == $1N)" : "if (k.$1N().equals($1N))", wire)
        .addStatement(
            "throw new IllegalArgumentException($1N + \" is the $2L of \" + k$W+ \"; use $3L.\" + k)",
            wire,
            isInt ? "code" : "value",
            name.simpleName())
        .endControlFlow()
        .endControlFlow();
    return TypeSpec.recordBuilder(unknown)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(name)
        .addJavadoc(
            "A $L this client does not know, kept as sent.\n\n@param $N the wire value\n",
            wire,
            wire)
        .recordConstructor(constructor.build())
        .addMethod(
            MethodSpec.methodBuilder(wire)
                .addAnnotation(Types.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(wireType)
                .addStatement("return $N", wire)
                .build())
        .addMethod(constant("description", Types.STRING, "\"\""))
        .addMethod(constant("descriptionEn", Types.STRING, "\"\""))
        .addMethod(
            MethodSpec.methodBuilder("known")
                .addAnnotation(Types.OVERRIDE)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.OPTIONAL, known))
                .addStatement("return $T.empty()", Types.OPTIONAL)
                .build())
        .build();
  }

  private static MethodSpec constant(String method, TypeName type, String literal) {
    return MethodSpec.methodBuilder(method)
        .addAnnotation(Types.OVERRIDE)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", literal)
        .build();
  }
}
