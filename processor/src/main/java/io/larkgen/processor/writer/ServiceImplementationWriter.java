package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.ServicePlan;
import javax.lang.model.element.Modifier;

/**
 * Writes the package-private default implementation of a service interface, e.g. {@code
 * DefaultInterviewsApi}: each abstract method of the interface as one call to {@code LarkClient}
 * with the operation's descriptors from the holder {@link OperationsWriter} writes.
 */
public final class ServiceImplementationWriter {
  private static final String CLIENT = "client";

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public ServiceImplementationWriter(TypeHeader header) {
    this.header = header;
  }

  /** Writes the default implementation of {@code service}'s interface. */
  public JavaFile write(ServicePlan service) {
    ClassName name = service.implementationClass();
    ClassName holder = service.operationsClass();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(service.className())
            .addJavadoc(
                "{@link $T} sending every call through a {@link $T}, with the descriptors of\n{@link $T}.\n",
                service.className(),
                Types.LARK_CLIENT,
                holder)
            .addField(Types.LARK_CLIENT, CLIENT, Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(Types.LARK_CLIENT, CLIENT)
                    .addStatement("this.$1N = $2T.requireNonNull($1N, $1S)", CLIENT, Types.OBJECTS)
                    .build());
    for (OperationPlan operation : service.operations()) {
      for (ServiceMethod method : ServiceMethod.of(operation)) {
        if (method.isAbstract()) {
          type.addMethod(implementation(method, holder));
        }
      }
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec implementation(ServiceMethod method, ClassName holder) {
    OperationPlan operation = method.operation();
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returns());
    for (ServiceMethod.Parameter parameter : method.parameters()) {
      spec.addParameter(parameter.type(), parameter.name());
    }
    // An override of a deprecated method is deprecated too, or javac warns about it.
    if (operation.def().deprecation().isPresent()) {
      spec.addAnnotation(Deprecated.class);
    }
    CodeBlock.Builder descriptors = CodeBlock.builder().add("$T.$N", holder, operation.constant());
    if (method.shape() == ServiceMethod.Shape.ALL) {
      descriptors.add(",$W$T.$N", holder, operation.paging().orElseThrow().constant());
    }
    return spec
        .addStatement(
            "return $N.$N($L,$W$N,$W$L)",
            CLIENT,
            method.shape().clientMethod,
            descriptors.build(),
            ServiceMethod.REQUEST,
            method.sentOptions())
        .build();
  }
}
