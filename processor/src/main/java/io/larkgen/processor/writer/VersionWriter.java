package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.ServicePlan;
import javax.lang.model.element.Modifier;

/** Writes the versioned service, e.g. {@code HireV1}, holding one service per resource. */
public final class VersionWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public VersionWriter(TypeHeader header) {
    this.header = header;
  }


  /** Writes the versioned service of {@code plan}. */
  public JavaFile write(ClientPlan plan) {
    ClassName name = plan.versionType();
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addJavadoc("Resources sending through {@code client}.\n\n@param client the client\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.LARK_CLIENT, "client")
            .addStatement("$T.requireNonNull(client, $S)", Types.OBJECTS, "client");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Version $L of {@link $T}: one service per resource.\n",
                Docs.code(plan.api().service().version()),
                plan.entryPoint());
    for (ServicePlan service : plan.services()) {
      type.addField(service.className(), service.accessor(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $T.$N(client)", service.accessor(), service.className(), ServiceWriter.FACTORY);
    }
    type.addMethod(constructor.build());
    for (ServicePlan service : plan.services()) {
      type.addMethod(
          MethodSpec.methodBuilder(service.accessor())
              .addJavadoc("Operations on $L.\n\n@return the service\n", Docs.code(service.resource()))
              .addModifiers(Modifier.PUBLIC)
              .returns(service.className())
              .addStatement("return $N", service.accessor())
              .build());
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }
}
