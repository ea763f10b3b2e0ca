package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the service interface of one resource: per operation the methods users call, the
 * operation documented once on its primary method, the other overloads default methods ending in
 * one abstract method per call shape ({@link ServiceMethod}); and a static factory of the default
 * implementation ({@link ServiceImplementationWriter}).
 */
public final class ServiceWriter {
  /** The static factory of the default implementation. */
  public static final String FACTORY = "create";

  private static final String CLIENT = "client";

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public ServiceWriter(TypeHeader header) {
    this.header = header;
  }

  /** Writes the service interface of {@code service}. */
  public JavaFile write(ServicePlan service) {
    ClassName name = service.className();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Operations on the $L resource.\n\n"
                    + "<p>{@link #$N($T)} sends each call through a {@link $T}. Per call shape\n"
                    + "(blocking, asynchronous, paged) one method is abstract and every overload is a default\n"
                    + "method ending in it, so a test double implements those alone.\n",
                Docs.code(service.resource()),
                FACTORY,
                Types.LARK_CLIENT,
                Types.LARK_CLIENT)
            .addMethod(
                MethodSpec.methodBuilder(FACTORY)
                    .addJavadoc(
                        "The service sending through {@code client}.\n\n@param client the client\n@return the service\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addParameter(Types.LARK_CLIENT, CLIENT)
                    .addStatement("return new $T($N)", service.implementationClass(), CLIENT)
                    .build());
    for (OperationPlan operation : service.operations()) {
      for (ServiceMethod method : ServiceMethod.of(operation)) {
        type.addMethod(declaration(method));
      }
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec declaration(ServiceMethod method) {
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addJavadoc(javadoc(method))
            .returns(method.returns());
    for (ServiceMethod.Parameter parameter : method.parameters()) {
      spec.addParameter(parameter.type(), parameter.name());
    }
    if (method.operation().def().deprecation().isPresent()) {
      spec.addAnnotation(Deprecated.class);
    }
    if (method.isAbstract()) {
      return spec.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build();
    }
    return spec.addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .addStatement("return $L", method.delegation())
        .build();
  }

  /**
   * The primary method's Javadoc is the operation's; every other method's is one sentence
   * linking to it, then its tags.
   */
  private static CodeBlock javadoc(ServiceMethod method) {
    OperationPlan operation = method.operation();
    CodeBlock.Builder doc = CodeBlock.builder();
    if (method.isPrimary()) {
      doc.add("$L\n", operationDoc(operation));
    } else {
      // The link on a line of its own shape, what else the overload does on the next.
      CodeBlock primary = method.primaryLink();
      doc.add(switch (method.shape()) {
        case EXECUTE -> CodeBlock.of("{@link #$L}", primary);
        case ASYNC -> CodeBlock.of("{@link #$L} without blocking the caller", primary);
        case ALL -> CodeBlock.of("Every item of {@link #$L}, fetched page by page", primary);
      });
      List<String> more = new ArrayList<>();
      if (method.withToken() && !method.userOnly()) {
        more.add("acting for the user whose token is given");
      }
      if (method.withOptions()) {
        more.add("with per-call options");
      }
      boolean first = method.shape() == ServiceMethod.Shape.EXECUTE;
      doc.add(more.isEmpty() ? ".\n" : (first ? " " : ",\n") + String.join(", ", more) + ".\n");
      if (method.shape() == ServiceMethod.Shape.ALL) {
        doc.add("Lazy: nothing is sent until iteration starts.\n");
      }
      doc.add("\n");
    }
    boolean all = method.shape() == ServiceMethod.Shape.ALL;
    doc.add("@param $N $L\n", ServiceMethod.REQUEST, all ? "the first page's request" : "the request");
    if (method.withToken()) {
      doc.add("@param $N the user's access token: the call acts for that user\n", ServiceMethod.USER_TOKEN);
    }
    if (method.withOptions()) {
      doc.add("@param $N per-call options$L\n", ServiceMethod.OPTIONS, all ? ", for every page" : "");
    }
    CodeBlock returns = operation.responseCodec().isPresent()
        ? CodeBlock.of("the response {@code data}")
        : CodeBlock.of("{@link $T#INSTANCE}: a success carries no {@code data}", Types.NO_DATA);
    doc.add(switch (method.shape()) {
      case EXECUTE -> CodeBlock.of("@return $L\n", returns);
      case ASYNC -> CodeBlock.of("@return $L, when it arrives\n", returns);
      case ALL -> CodeBlock.of("@return the items, and the pages\n");
    });
    if (method.isPrimary()) {
      doc.add("$L", deprecatedTag(operation.def()));
    }
    return doc.build();
  }

  private static String rateText(RateLimitDef limit) {
    String perSecond = limit.requestsPerSecond() + " requests per second";
    String perMinute = limit.requestsPerMinute() + " requests per minute";
    if (limit.requestsPerMinute() == 0) {
      return perSecond;
    }
    return limit.requestsPerSecond() == 0 ? perMinute : perSecond + " and " + perMinute;
  }

  /** The {@code @deprecated} Javadoc tag of a deprecated operation, else empty. */
  private static String deprecatedTag(OperationDef def) {
    return def.deprecation()
        .map(d -> {
          String text = Docs.orElse(d.note(), "Deprecated in the Feishu documentation.");
          if (d.replacement().startsWith("https://")) {
            String url = Docs.escape(d.replacement());
            text += " Replacement: <a href=\"" + url + "\">" + url + "</a>.";
          } else if (!d.replacement().isEmpty()) {
            text += " Replacement: " + Docs.code(d.replacement()) + ".";
          }
          return "\n@deprecated " + text + "\n";
        })
        .orElse("");
  }

  /** The operation's Javadoc body: summary, route, limits, scopes, app types and error codes. */
  private static String operationDoc(OperationPlan operation) {
    OperationDef def = operation.def();
    StringBuilder doc = new StringBuilder();
    doc.append(Docs.orElse(def.summary(), Docs.code(def.operationId()))).append(".\n");
    String description = Docs.escape(def.description());
    if (!description.isEmpty() && !description.equals(Docs.escape(def.summary()))) {
      doc.append("\n<p>").append(description).append("\n");
    }
    doc.append("\n<ul>\n");
    doc.append("  <li>HTTP: {@code ").append(def.httpMethod()).append("} ").append(Docs.code(def.path())).append("\n");
    def.docUrl().ifPresent(
        url -> doc.append("  <li>Feishu doc: <a href=\"").append(Docs.escape(url)).append("\">")
            .append(Docs.escape(url)).append("</a>\n"));
    def.rateLimit().ifPresent(
        limit -> doc.append("  <li>Rate limit: ").append(rateText(limit))
            .append(" (budget ").append(Docs.code(limit.key())).append(")\n"));
    if (!def.tokenTypes().isEmpty()) {
      doc.append("  <li>Access tokens: ").append(Docs.codeList(def.tokenTypes())).append("\n");
    }
    ScopesDef scopes = def.scopes();
    if (!scopes.anyOf().isEmpty()) {
      doc.append("  <li>Scopes (any one of): ").append(Docs.codeList(scopes.anyOf())).append("\n");
    }
    for (ScopesDef.FieldScope field : scopes.fieldScopes()) {
      doc.append("  <li>Field scope ").append(Docs.code(field.scope()));
      // A scope the doc states without its condition is needed whenever the fields are read.
      doc.append(field.when().isEmpty() ? "" : " when " + Docs.code(field.when()));
      String why = Docs.escape(field.description());
      doc.append(why.isEmpty() ? "" : ": " + why).append("\n");
    }
    if (!def.appTypes().isEmpty()) {
      doc.append("  <li>App types: ").append(Docs.codeList(def.appTypes())).append("\n");
    }
    doc.append("</ul>\n");
    if (!def.errorCodes().isEmpty()) {
      doc.append("\n<p>Documented error codes:\n").append(ErrorCodesWriter.list(def.errorCodes()));
    }
    return doc.toString();
  }
}
