package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.plan.ClientPlan;
import javax.lang.model.element.Modifier;

/** Writes the service entry point, e.g. {@code Hire}, named after {@code x-lark-service}. */
public final class EntryPointWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public EntryPointWriter(TypeHeader header) {
    this.header = header;
  }


  /** Writes the entry point of {@code plan}. */
  public JavaFile write(ClientPlan plan) {
    ClassName name = plan.entryPoint();
    ClassName version = plan.versionType();
    ApiDef api = plan.api();
    StringBuilder doc = new StringBuilder();
    doc.append(Docs.orElse(api.title(), "The " + Docs.code(api.service().name()) + " service")).append(".\n");
    String description = Docs.escape(api.description());
    if (!description.isEmpty()) {
      doc.append("\n<p>").append(description).append("\n");
    }
    doc.append("\n<pre>{@code\n")
        .append(name.simpleName()).append(' ').append(Character.toLowerCase(name.simpleName().charAt(0)))
        .append(name.simpleName().substring(1)).append(" = ").append(name.simpleName()).append(".of(client);\n")
        .append("}</pre>\n");
    doc.append("\n<p>The error codes every operation may answer are {@link ")
        .append(plan.errorCodes().canonicalName()).append("#").append(ErrorCodesWriter.COMMON).append("}.\n");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", doc.toString())
            .addField(version, plan.versionAccessor(), Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Types.LARK_CLIENT, "client")
                    .addStatement("this.$N = new $T(client)", plan.versionAccessor(), version)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addJavadoc(
                        "The service, sending through {@code client}.\n\n@param client the client\n@return the service\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addParameter(Types.LARK_CLIENT, "client")
                    .addStatement("return new $T($T.requireNonNull(client, $S))", name, Types.OBJECTS, "client")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder(plan.versionAccessor())
                    .addJavadoc(
                        "Version $L of the API.\n\n@return its resources\n", Docs.code(api.service().version()))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(version)
                    .addStatement("return $N", plan.versionAccessor())
                    .build());
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }
}
