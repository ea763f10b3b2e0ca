package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.plan.ClientPlan;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes the service entry point, e.g. {@code Hire}, named after {@code x-lark-service}. */
public final class EntryPointWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public EntryPointWriter(TypeHeader header) {
    this.header = header;
  }


  /** Writes the entry point of {@code plans}, the versions of one service in the trigger's order. */
  public JavaFile write(List<ClientPlan> plans) {
    ClientPlan first = plans.get(0);
    ClassName name = first.entryPoint();
    ApiDef api = first.api();
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
    for (ClientPlan plan : plans) {
      doc.append("\n<p>The error codes every operation of ").append(Docs.code(plan.api().service().version()))
          .append(" may answer are {@link ").append(plan.errorCodes().canonicalName()).append("#")
          .append(ErrorCodesWriter.COMMON).append("}.\n");
    }
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(Types.LARK_CLIENT, "client");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("$L", doc.toString());
    for (ClientPlan plan : plans) {
      type.addField(plan.versionType(), plan.versionAccessor(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(client)", plan.versionAccessor(), plan.versionType());
    }
    type.addMethod(constructor.build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addJavadoc(
                    "The service, sending through {@code client}.\n\n@param client the client\n@return the service\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(Types.LARK_CLIENT, "client")
                .addStatement("return new $T($T.requireNonNull(client, $S))", name, Types.OBJECTS, "client")
                .build());
    for (ClientPlan plan : plans) {
      type.addMethod(
          MethodSpec.methodBuilder(plan.versionAccessor())
              .addJavadoc(
                  "Version $L of the API.\n\n@return its resources\n", Docs.code(plan.api().service().version()))
              .addModifiers(Modifier.PUBLIC)
              .returns(plan.versionType())
              .addStatement("return $N", plan.versionAccessor())
              .build());
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }
}
