package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.PagingPlan;
import io.larkgen.processor.plan.ParamPlan;
import io.larkgen.processor.plan.ServicePlan;
import io.larkgen.processor.plan.ValuePlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the service class of one resource: an {@code Operation} constant per operation (and a
 * {@code Paging} constant for pageable ones), and one-line methods calling {@code LarkClient}.
 */
public final class ServiceWriter {
  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public ServiceWriter(TypeHeader header) {
    this.header = header;
  }

  private static final String CLIENT = "client";
  private static final String REQUEST = "request";
  private static final String OPTIONS = "options";
  private static final String USER_TOKEN = "userAccessToken";

  /**
   * Writes the service of {@code service}.
   *
   * @param errorCodes the spec's common error-code holder, written by {@link ErrorCodesWriter}
   */
  public JavaFile write(ServicePlan service, ClassName errorCodes) {
    ClassName name = service.className();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Operations on the $L resource.\n\n"
                    + "<p>Every method is one call to {@link $T}; the constants describe each operation\n"
                    + "(route, parameters, decoder, rate limit) for the runtime.\n",
                Docs.code(service.resource()),
                Types.LARK_CLIENT);
    for (OperationPlan operation : service.operations()) {
      type.addField(operationConstant(operation, errorCodes));
      operation.paging().ifPresent(paging -> type.addField(pagingConstant(operation, paging)));
    }
    type.addField(Types.LARK_CLIENT, CLIENT, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("A service sending through {@code client}.\n\n@param client the client\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.LARK_CLIENT, CLIENT)
            .addStatement("this.$1N = $2T.requireNonNull($1N, $1S)", CLIENT, Types.OBJECTS)
            .build());
    for (OperationPlan operation : service.operations()) {
      addMethods(type, operation);
    }
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static FieldSpec operationConstant(OperationPlan operation, ClassName errorCodes) {
    OperationDef def = operation.def();
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "$T.<$T, $T>builder(\n$>$>$>$>$S, $T.$N, $S)$<$<",
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
    for (ParamPlan param : operation.parameters()) {
      if (param.def().in() == ParameterDef.Location.BODY && param.value() instanceof ValuePlan.Model body) {
        // An optional body left unset is sent as {}.
        CodeBlock value =
            param.def().required()
                ? CodeBlock.of("request.$N()", param.name())
                : CodeBlock.of("request.$1N() == null ? $2T.builder().build() : request.$1N()", param.name(), body.javaType());
        init.add(
            "\n.body($T.json((request, generator) -> $T.INSTANCE.write($L, generator)))",
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
            "\n.$L($S, $L)",
            file ? "file" : "text",
            field.def().name(),
            file ? get : RequestWriter.text(field.value(), get, true));
      }
      init.add(
          "\n.body($T.multipart((request, form) -> form$>$>$L))$<$<",
          Types.REQUEST_BODY, fields.build());
    }
    List<String> tokens = new ArrayList<>();
    if (def.tokenTypes().contains("tenant_access_token")) {
      tokens.add("TENANT");
    }
    if (def.tokenTypes().contains("user_access_token")) {
      tokens.add("USER");
    }
    // Tenant only is the runtime's default; the descriptor says so only when it differs.
    if (!tokens.isEmpty() && !tokens.equals(List.of("TENANT"))) {
      init.add(
          "\n.tokenTypes($T.of($L))",
          Types.ENUM_SET,
          CodeBlock.join(tokens.stream().map(t -> CodeBlock.of("$T.$N", Types.TOKEN_TYPE, t)).toList(), ", "));
    }
    def.idempotencyKey().ifPresent(key -> {
      ParamPlan body = operation.parameters().stream()
          .filter(p -> p.def().in() == ParameterDef.Location.BODY).findFirst().orElseThrow();
      init.add(
          body.def().required()
              ? CodeBlock.of("\n.idempotencyKey(request -> request.$N().$N())", body.name(), Names.memberName(key))
              : CodeBlock.of("\n.idempotencyKey(request -> request.$1N() == null ? null : request.$1N().$2N())",
                  body.name(), Names.memberName(key)));
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
    init.add("\n.build()$<$<");
    FieldSpec.Builder field = FieldSpec.builder(
            ParameterizedTypeName.get(Types.OPERATION, operation.requestClass(), operation.responseClass()),
            operation.constant(),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "$L: {@code $L} $L.\n$L",
            Docs.orElse(def.summary(), Docs.code(def.operationId())),
            def.httpMethod(),
            Docs.code(def.path()),
            deprecatedTag(def))
        .initializer(init.build());
    if (def.deprecation().isPresent()) {
      field.addAnnotation(Deprecated.class);
    }
    return field.build();
  }

  private static String rateText(RateLimitDef limit) {
    String perSecond = limit.requestsPerSecond() + " requests per second";
    String perMinute = limit.requestsPerMinute() + " requests per minute";
    if (limit.requestsPerMinute() == 0) {
      return perSecond;
    }
    return limit.requestsPerSecond() == 0 ? perMinute : perSecond + " and " + perMinute;
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
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("How {@link #$N} pages.\n", operation.constant())
        .initializer(paging.genericPage()
            ? CodeBlock.of("$T.paging($T::withPageToken)", Types.PAGE, operation.requestClass())
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

  private static void addMethods(TypeSpec.Builder type, OperationPlan operation) {
    List<String> tokens = operation.def().tokenTypes();
    boolean userOnly = tokens.equals(List.of("user_access_token"));
    // A user-only operation cannot be called without the user's token: no overload lacks it.
    if (!userOnly) {
      addMethods(type, operation, false);
    }
    if (tokens.contains("user_access_token")) {
      addMethods(type, operation, true);
    }
  }

  private static void addMethods(TypeSpec.Builder type, OperationPlan operation, boolean withToken) {
    String doc = operationDoc(operation);
    TypeName response = operation.responseClass();
    TypeName future = ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, response);
    ClassName request = operation.requestClass();
    String method = operation.methodName();
    CodeBlock returns = operation.responseCodec().isPresent()
        ? CodeBlock.of("the response {@code data}")
        : CodeBlock.of("{@link $T#INSTANCE}: a success carries no {@code data}", Types.NO_DATA);
    String token = withToken ? "@param " + USER_TOKEN + " the user's access token: the call acts for that user\n" : "";
    CodeBlock self = signature(method, request, withToken, false);
    CodeBlock selfWithOptions = signature(method, request, withToken, true);
    type.addMethod(
        call(method, operation, response, withToken, false,
                CodeBlock.of("$L\n@param request the request\n$L@return $L\n", doc, token, returns))
            .addStatement("return $N.execute($N, $N$L)", CLIENT, operation.constant(), REQUEST, options(withToken, false))
            .build());
    type.addMethod(
        call(method, operation, response, withToken, true,
                // The operation is documented once, on the overload without options.
                CodeBlock.of(
                    "{@link #$L} with per-call options.\n\n@param request the request\n"
                        + "$L@param options per-call options\n@return $L\n",
                    self, token, returns))
            .addStatement("return $N.execute($N, $N$L)", CLIENT, operation.constant(), REQUEST, options(withToken, true))
            .build());
    type.addMethod(
        call(method + "Async", operation, future, withToken, false,
                CodeBlock.of(
                    "{@link #$L} without blocking the caller.\n\n@param request the request\n"
                        + "$L@return $L, when it arrives\n",
                    self, token, returns))
            .addStatement("return $N.executeAsync($N, $N$L)", CLIENT, operation.constant(), REQUEST, options(withToken, false))
            .build());
    type.addMethod(
        call(method + "Async", operation, future, withToken, true,
                CodeBlock.of(
                    "{@link #$L} without blocking the caller.\n\n@param request the request\n"
                        + "$L@param options per-call options\n@return $L, when it arrives\n",
                    selfWithOptions, token, returns))
            .addStatement("return $N.executeAsync($N, $N$L)", CLIENT, operation.constant(), REQUEST, options(withToken, true))
            .build());
    operation.paging().ifPresent(
        paging -> {
          TypeName paginator = ParameterizedTypeName.get(Types.PAGINATOR, paging.itemType(), response);
          type.addMethod(
              call(method + "All", operation, paginator, withToken, false,
                      CodeBlock.of(
                          "Every item of {@link #$L}, fetched page by page while the server says more\n"
                              + "follow. Lazy: nothing is sent until iteration starts.\n\n"
                              + "@param request the first page's request\n$L@return the items, and the pages\n",
                          self, token))
                  .addStatement(
                      "return $N.paginate($N, $N, $N$L)",
                      CLIENT, operation.constant(), paging.constant(), REQUEST, options(withToken, false))
                  .build());
          type.addMethod(
              call(method + "All", operation, paginator, withToken, true,
                      CodeBlock.of(
                          "Every item of {@link #$L}, fetched page by page.\n\n"
                              + "@param request the first page's request\n$L"
                              + "@param options per-call options, for every page\n"
                              + "@return the items, and the pages\n",
                          selfWithOptions, token))
                  .addStatement(
                      "return $N.paginate($N, $N, $N$L)",
                      CLIENT, operation.constant(), paging.constant(), REQUEST, options(withToken, true))
                  .build());
        });
  }

  /** A method as a Javadoc link target, e.g. {@code list(ListTodosRequest, UserAccessToken)}. */
  private static CodeBlock signature(String method, ClassName request, boolean withToken, boolean withOptions) {
    CodeBlock.Builder code = CodeBlock.builder().add("$N($T", method, request);
    if (withToken) {
      code.add(", $T", Types.USER_ACCESS_TOKEN);
    }
    if (withOptions) {
      code.add(", $T", Types.REQUEST_OPTIONS);
    }
    return code.add(")").build();
  }

  /**
   * The options argument a call passes on, with its leading comma: its own options, the user's
   * token applied to them (or to the defaults), or nothing for the client's defaults.
   */
  private static CodeBlock options(boolean withToken, boolean withOptions) {
    if (!withToken) {
      return withOptions ? CodeBlock.of(", $N", OPTIONS) : CodeBlock.of("");
    }
    CodeBlock options = withOptions ? CodeBlock.of("$N", OPTIONS) : CodeBlock.of("$T.DEFAULT", Types.REQUEST_OPTIONS);
    return CodeBlock.of(", $N.applyTo($L)", USER_TOKEN, options);
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

  private static MethodSpec.Builder call(
      String name, OperationPlan operation, TypeName returns, boolean withToken, boolean withOptions,
      CodeBlock javadoc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc(CodeBlock.of("$L$L", javadoc, deprecatedTag(operation.def())))
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(operation.requestClass(), REQUEST);
    if (withToken) {
      method.addParameter(Types.USER_ACCESS_TOKEN, USER_TOKEN);
    }
    if (withOptions) {
      method.addParameter(Types.REQUEST_OPTIONS, OPTIONS);
    }
    if (operation.def().deprecation().isPresent()) {
      method.addAnnotation(Deprecated.class);
    }
    return method;
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
