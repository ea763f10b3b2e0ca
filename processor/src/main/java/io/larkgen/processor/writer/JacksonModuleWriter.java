package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.EnumPlan;
import io.larkgen.processor.plan.ModelPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the one Jackson {@code Module} of a client, e.g. {@code io.larkgen.hire.HireJacksonModule}
 * beside the entry point {@code Hire}: a serializer and a deserializer per record and per enum of
 * every version, each delegating to the streaming codec (records) or to {@code of} and the wire value
 * (enums). The models carry no Jackson annotations, so this module is how a user's own {@code
 * ObjectMapper} reads and writes them, with the same JSON as the codecs; it is the only generated
 * type that needs jackson-databind.
 *
 * <p>The adapters extend {@code JsonSerializer} and {@code JsonDeserializer}, not {@code
 * StdSerializer}, and the module extends {@code Module}, not {@code SimpleModule}: those are
 * {@code Serializable}, which {@code -Xlint:all} would then ask to declare a
 * {@code serialVersionUID} and serializable fields.
 */
public final class JacksonModuleWriter {
  private static final String DATABIND = "com.fasterxml.jackson.databind";
  private static final ClassName MODULE = ClassName.get(DATABIND, "Module");
  private static final ClassName SETUP_CONTEXT = MODULE.nestedClass("SetupContext");
  private static final ClassName JSON_SERIALIZER = ClassName.get(DATABIND, "JsonSerializer");
  private static final ClassName JSON_DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
  private static final ClassName SERIALIZER_PROVIDER = ClassName.get(DATABIND, "SerializerProvider");
  private static final ClassName DESERIALIZATION_CONTEXT = ClassName.get(DATABIND, "DeserializationContext");
  private static final ClassName SIMPLE_SERIALIZERS = ClassName.get(DATABIND + ".module", "SimpleSerializers");
  private static final ClassName SIMPLE_DESERIALIZERS =
      ClassName.get(DATABIND + ".module", "SimpleDeserializers");
  private static final ClassName VERSION = ClassName.get("com.fasterxml.jackson.core", "Version");
  private static final ClassName JSON_READER = ClassName.get("io.larkgen.runtime.json", "JsonReader");
  private static final ClassName JSON_WRITER = ClassName.get("io.larkgen.runtime.json", "JsonWriter");
  private static final ClassName CLASS = ClassName.get("java.lang", "Class");
  private static final TypeVariableName T = TypeVariableName.get("T");

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public JacksonModuleWriter(TypeHeader header) {
    this.header = header;
  }

  /** The module of the client whose versions are {@code plans}, e.g. {@code HireJacksonModule}. */
  public static ClassName moduleName(List<ClientPlan> plans) {
    ClassName entryPoint = plans.get(0).entryPoint();
    return ClassName.get(entryPoint.packageName(), JavaNames.jacksonModuleType(entryPoint.simpleName()));
  }

  /** Writes the module of the records and enums (event types included) of every version in {@code plans}. */
  public JavaFile write(List<ClientPlan> plans) {
    ClassName name = moduleName(plans);
    ClassName entryPoint = plans.get(0).entryPoint();
    ClassName serializer = name.nestedClass("CodecSerializer");
    ClassName deserializer = name.nestedClass("CodecDeserializer");
    List<ModelPlan> models = new ArrayList<>();
    List<EnumPlan> enums = new ArrayList<>();
    for (ClientPlan plan : plans) {
      models.addAll(plan.models());
      enums.addAll(plan.enums());
      plan.events().ifPresent(events -> enums.add(events.types()));
    }

    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("The serializers and deserializers of every record and enum of {@link $T}.\n", entryPoint)
            .addModifiers(Modifier.PUBLIC);
    for (ModelPlan model : models) {
      constructor.addStatement("add($T.class, $T.INSTANCE)", model.className(), model.codecName());
    }
    for (EnumPlan enumPlan : enums) {
      constructor.addStatement(
          enumPlan.def().kind() == EnumDef.Kind.INT
              ? "add($1T.class,$Wp -> $2T.readIntEnum(p, $1T::of),$W(e, g) -> g.writeNumber(e.code()))"
              : "add($1T.class,$Wp -> $2T.readStringEnum(p, $1T::of),$W(e, g) -> g.writeString(e.value()))",
          enumPlan.className(),
          Types.JSON_VALUES);
    }

    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(MODULE)
            .addJavadoc(
                "Jackson databind support for the records and enums of {@link $T}, every version: one\n"
                    + "serializer and deserializer per type, backed by its streaming codec, so that an\n"
                    + "{@code ObjectMapper} reads and writes the same JSON as the client (unknown fields\n"
                    + "kept in {@code extraProperties}, unknown enum values as {@code Unknown}).\n\n"
                    + "<p>Register it once: {@code mapper.registerModule(new $T())}. It is the only\n"
                    + "generated type that needs jackson-databind, an optional dependency of the client.\n",
                entryPoint,
                name)
            .addField(
                FieldSpec.builder(SIMPLE_SERIALIZERS, "serializers", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", SIMPLE_SERIALIZERS)
                    .build())
            .addField(
                FieldSpec.builder(SIMPLE_DESERIALIZERS, "deserializers", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", SIMPLE_DESERIALIZERS)
                    .build())
            .addMethod(constructor.build())
            .addMethod(
                MethodSpec.methodBuilder("add")
                    .addModifiers(Modifier.PRIVATE)
                    .addTypeVariable(T)
                    .addParameter(ParameterizedTypeName.get(CLASS, T), "type")
                    .addParameter(ParameterizedTypeName.get(Types.JSON_CODEC, T), "codec")
                    .addStatement("add(type, codec, codec)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("add")
                    .addModifiers(Modifier.PRIVATE)
                    .addTypeVariable(T)
                    .addParameter(ParameterizedTypeName.get(CLASS, T), "type")
                    .addParameter(ParameterizedTypeName.get(JSON_READER, T), "reader")
                    .addParameter(ParameterizedTypeName.get(JSON_WRITER, T), "writer")
                    .addStatement("serializers.addSerializer(type, new $T<>(writer))", serializer)
                    .addStatement("deserializers.addDeserializer(type, new $T<>(reader))", deserializer)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("getModuleName")
                    .addAnnotation(Types.OVERRIDE)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Types.STRING)
                    .addStatement("return $S", name.simpleName())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("version")
                    .addAnnotation(Types.OVERRIDE)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(VERSION)
                    .addStatement("return $T.unknownVersion()", VERSION)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("setupModule")
                    .addAnnotation(Types.OVERRIDE)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(SETUP_CONTEXT, "context")
                    .addStatement("context.addSerializers(serializers)")
                    .addStatement("context.addDeserializers(deserializers)")
                    .build())
            .addType(serializerType(serializer))
            .addType(deserializerType(deserializer));
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static TypeSpec serializerType(ClassName serializer) {
    return adapter(
        serializer,
        JSON_SERIALIZER,
        JSON_WRITER,
        "writer",
        MethodSpec.methodBuilder("serialize")
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(T, "value")
            .addParameter(Types.JSON_GENERATOR, "generator")
            .addParameter(SERIALIZER_PROVIDER, "provider")
            .addException(Types.IO_EXCEPTION)
            .addStatement("writer.write(value, generator)")
            .build());
  }

  private static TypeSpec deserializerType(ClassName deserializer) {
    return adapter(
        deserializer,
        JSON_DESERIALIZER,
        JSON_READER,
        "reader",
        MethodSpec.methodBuilder("deserialize")
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(T)
            .addParameter(Types.JSON_PARSER, "parser")
            .addParameter(DESERIALIZATION_CONTEXT, "context")
            .addException(Types.IO_EXCEPTION)
            .addStatement("return reader.read(parser)")
            .build());
  }

  /** A databind {@code superclass} of {@code T} that hands {@code method} to a runtime reader or writer. */
  private static TypeSpec adapter(
      ClassName name, ClassName superclass, ClassName delegateType, String delegate, MethodSpec method) {
    TypeName type = ParameterizedTypeName.get(delegateType, T);
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(T)
        .superclass(ParameterizedTypeName.get(superclass, T))
        .addField(type, delegate, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(type, delegate)
                .addStatement("this.$1N = $1N", delegate)
                .build())
        .addMethod(method)
        .build();
  }
}
