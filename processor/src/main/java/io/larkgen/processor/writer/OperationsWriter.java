package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.PagingPlan;
import io.larkgen.processor.plan.ParamPlan;
import io.larkgen.processor.plan.ServicePlan;
import io.larkgen.processor.plan.ValuePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the package-private holder of one resource's operation descriptors, e.g. {@code
 * InterviewsOperations}: an {@code Operation} constant per operation (and a {@code Paging}
 * constant for pageable ones), each built by a private factory method. Only the service's default
 * implementation reads them; nothing public names them.
 */
public final class OperationsWriter {
  /** Object's no-argument methods, which a static factory of the same name would clash with. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("getClass", "hashCode", "toString", "clone", "finalize", "notify", "notifyAll", "wait");

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public OperationsWriter(TypeHeader header) {
    this.header = header;
  }

  /**
   * Writes the descriptor holder of {@code service}.
   *
   * @param errorCodes the spec's common error-code holder, written by {@link ErrorCodesWriter}
   */
  public JavaFile write(ServicePlan service, ClassName errorCodes) {
    ClassName name = service.operationsClass();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.FINAL)
            .addJavadoc(
                "The descriptors of the operations of {@link $T} (route, codecs, rate limit, error codes),\n"
                    + "which {@link $T} hands to the runtime.\n",
                service.className(),
                service.implementationClass());
    List<MethodSpec> factories = new ArrayList<>();
    for (OperationPlan operation : service.operations()) {
      String factory = factoryName(operation);
      type.addField(operationConstant(operation, factory));
      operation.paging().ifPresent(paging -> type.addField(pagingConstant(operation, paging)));
      factories.add(operationFactory(operation, factory, errorCodes));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethods(factories);
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  /** The factory of an operation's descriptor, named after the operation. */
  private static String factoryName(OperationPlan operation) {
    String name = Names.memberName(operation.def().operationId());
    return OBJECT_METHODS.contains(name) ? name + "Operation" : name;
  }

  private static FieldSpec operationConstant(OperationPlan operation, String factory) {
    OperationDef def = operation.def();
    return FieldSpec.builder(
            ParameterizedTypeName.get(Types.OPERATION, operation.requestClass(), operation.responseClass()),
            operation.constant(),
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "$L:\n{@code $L} $L.\n",
            Docs.orElse(def.summary(), Docs.code(def.operationId())),
            def.httpMethod(),
            Docs.code(def.path()))
        .initializer("$N()", factory)
        .build();
  }

  private static MethodSpec operationFactory(OperationPlan operation, String factory, ClassName errorCodes) {
    OperationDef def = operation.def();
    TypeName type = ParameterizedTypeName.get(Types.OPERATION, operation.requestClass(), operation.responseClass());
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.<$T, $T>builder(\n$>$>$S,$W$T.$N,$W$S)$<$<",
                Types.OPERATION,
                operation.requestClass(),
                operation.responseClass(),
                operation.id(),
                Types.HTTP_METHOD,
                def.httpMethod(),
                def.path())
            .add("\n.encoder($T.ENCODER)", operation.requestClass())
            .add(operation.responseCodec()
                .map(codec -> CodeBlock.of("\n.dataReader($L)", codec))
                .orElseGet(() -> CodeBlock.of("\n.dataReader($T.READER)\n.expectsData(false)", Types.NO_DATA)));
    init.add(body(operation));
    init.add(tokenTypes(def));
    init.add(envelope(def.envelope()));
    def.idempotencyKey().ifPresent(key -> {
      ParamPlan body = operation.parameters().stream()
          .filter(p -> p.def().in() == ParameterDef.Location.BODY).findFirst().orElseThrow();
      init.add(
          body.def().required()
              ? CodeBlock.of("\n.idempotencyKey(request ->$Wrequest.$N().$N())", body.name(), JavaNames.member(key))
              : CodeBlock.of("\n.idempotencyKey(request ->$Wrequest.$1N() == null ? null : request.$1N().$2N())",
                  body.name(), JavaNames.member(key)));
    });
    // The operation's documented codes, then the spec's common ones (held once, in the holder).
    init.add(
        def.errorCodes().isEmpty()
            ? CodeBlock.of("\n.errorCodes($T.$N)", errorCodes, ErrorCodesWriter.COMMON)
            : CodeBlock.of("\n.errorCodes($L)",
                ErrorCodesWriter.codes(def.errorCodes(), CodeBlock.of("$T.$N(", errorCodes, ErrorCodesWriter.WITH_COMMON))));
    def.rateLimit()
        .ifPresent(
            limit ->
                init.add(
                    limit.requestsPerMinute() == 0
                        ? CodeBlock.of("\n.rateLimit(new $T($S, $L))", Types.RATE_LIMIT, limit.key(), limit.requestsPerSecond())
                        : CodeBlock.of(
                            "\n.rateLimit(new $T($S, $L, $L))",
                            Types.RATE_LIMIT,
                            limit.key(),
                            limit.requestsPerSecond(),
                            limit.requestsPerMinute())));
    init.add("\n.build()");
    return MethodSpec.methodBuilder(factory)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addStatement("return $L", init.build())
        .build();
  }

  /** How the request body is written: a JSON body, a multipart form, or nothing. */
  private static CodeBlock body(OperationPlan operation) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ParamPlan param : operation.parameters()) {
      if (param.def().in() == ParameterDef.Location.BODY && param.value() instanceof ValuePlan.Model body) {
        // An optional body left unset is sent as {}.
        CodeBlock value =
            param.def().required()
                ? CodeBlock.of("request.$N()", param.name())
                : CodeBlock.of("request.$1N() == null ? $2T.builder().build() : request.$1N()", param.name(), body.javaType());
        code.add(
            "\n.body($T.json((request, generator) ->$W$T.INSTANCE.write($L, generator)))",
            Types.REQUEST_BODY, body.codec(), value);
      }
    }
    List<ParamPlan> form =
        operation.parameters().stream().filter(p -> p.def().in() == ParameterDef.Location.FORM).toList();
    if (!form.isEmpty()) {
      // Fields in the form schema's order; unset ones are left out, files streamed when sent.
      CodeBlock.Builder fields = CodeBlock.builder();
      for (ParamPlan field : form) {
        CodeBlock get = CodeBlock.of("request.$N()", field.name());
        boolean file = field.value() instanceof ValuePlan.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BINARY;
        fields.add(
            "\n.$L($S,$W$L)",
            file ? "file" : "text",
            field.def().name(),
            file ? get : RequestWriter.text(field.value(), get, true));
      }
      code.add(
          "\n.body($T.multipart((request, form) -> form$>$>$L))$<$<",
          Types.REQUEST_BODY, fields.build());
    }
    return code.build();
  }

  /** The token types, said only when they differ from the runtime's default, tenant only. */
  private static CodeBlock tokenTypes(OperationDef def) {
    List<String> tokens = new ArrayList<>();
    if (def.tokenTypes().contains("tenant_access_token")) {
      tokens.add("TENANT");
    }
    if (def.tokenTypes().contains("user_access_token")) {
      tokens.add("USER");
    }
    if (tokens.isEmpty() || tokens.equals(List.of("TENANT"))) {
      return CodeBlock.of("");
    }
    return CodeBlock.of(
        "\n.tokenTypes($T.of($L))",
        Types.ENUM_SET,
        CodeBlock.join(tokens.stream().map(t -> CodeBlock.of("$T.$N", Types.TOKEN_TYPE, t)).toList(), ", "));
  }

  /** The envelope's field names, said only when they differ from Feishu's {@code code, msg, data}. */
  private static CodeBlock envelope(EnvelopeDef envelope) {
    return envelope.feishuNames()
        ? CodeBlock.of("")
        : CodeBlock.of(
            "\n.envelope($T.of($S, $S, $S))",
            Types.ENVELOPE_FIELDS, envelope.codeField(), envelope.msgField(), envelope.dataField());
  }

  private static FieldSpec pagingConstant(OperationPlan operation, PagingPlan paging) {
    CodeBlock items;
    if (paging.itemsPath().size() == 1) {
      items = CodeBlock.of("$T::$N", operation.responseClass(), paging.itemsPath().get(0));
    } else {
      // Items below data: an object on the way may be absent, and a page without it has no items.
      CodeBlock.Builder chain =
          CodeBlock.builder().add("response -> $T.ofNullable(response.$N())$>$>", Types.OPTIONAL, paging.itemsPath().get(0));
      for (int i = 1; i < paging.itemsPath().size(); i++) {
        chain.add("\n.map($T::$N)", paging.itemsOwners().get(i), paging.itemsPath().get(i));
      }
      items = chain.add("\n.orElse($T.of())$<$<", Types.LIST).build();
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(
                Types.PAGING, operation.requestClass(), operation.responseClass(), paging.itemType()),
            paging.constant(),
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("How {@link #$N} pages.\n", operation.constant())
        .initializer(paging.genericPage()
            ? CodeBlock.of("$T.paging($Z$T::withPageToken)", Types.PAGE, operation.requestClass())
            : CodeBlock.of(
            "new $T<>(\n$>$>$T::withPageToken,\n$L,\nresponse -> $T.TRUE.equals(response.$N()),\n$T::$N)$<$<",
            Types.PAGING,
            operation.requestClass(),
            items,
            Types.BOOLEAN,
            paging.hasMoreAccessor(),
            operation.responseClass(),
            paging.nextPageTokenAccessor()))
        .build();
  }
}
