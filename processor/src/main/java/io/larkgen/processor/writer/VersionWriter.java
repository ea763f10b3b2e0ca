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
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Version $L of {@link $T}: one service per resource.\n\n"
                    + "<p>A service is a stateless view of the client: each accessor creates it when"
                    + " called, so\nan application loads the classes of the resources it uses"
                    + " only.\n",
                Docs.code(plan.api().service().version()),
                plan.entryPoint())
            .addField(Types.LARK_CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(
                        "Resources sending through {@code client}.\n\n@param client the client\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(Types.LARK_CLIENT, "client")
                    .addStatement(
                        "this.client = $T.requireNonNull(client, $S)", Types.OBJECTS, "client")
                    .build());
    for (ServicePlan service : plan.services()) {
      type.addMethod(
          MethodSpec.methodBuilder(service.accessor())
              .addJavadoc("Operations on $L.\n\n@return the service\n", Docs.code(service.resource()))
              .addModifiers(Modifier.PUBLIC)
              .returns(service.className())
              .addStatement("return $T.$N(client)", service.className(), ServiceWriter.FACTORY)
              .build());
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }
}
