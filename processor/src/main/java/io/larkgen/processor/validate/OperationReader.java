package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.PaginationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.model.RequireAnyDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.SpecNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the operations under {@code paths}: each one's operationId, tag (its resource) and
 * {@code x-lark-method}, parameters, request body and response, then its {@link
 * OperationExtension}s. An operation with a problem is left out of the model; one that is correct
 * but uses a form Larkgen cannot generate is skipped with a {@link
 * ProblemCode#SKIPPED_OPERATION} warning.
 */
final class OperationReader {
  static final List<String> HTTP_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  /** Methods of {@code java.lang.Object}: not usable as service method names. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private final Checker check;
  private final JavaLimits limits;
  private final NameChecks names;
  private final TakenNames taken;
  private final Map<String, SpecNode> operationIds = new HashMap<>();
  private final ParameterReader parameterReader;
  private final RequestBodyReader requestBodyReader;
  private final ResponseReader responseReader;
  private final EnvelopeExtension envelopes;
  private final PaginationExtension pagination;
  private final RateLimitExtension rateLimit;
  private final RequireAnyExtension requireAny;
  private final ScopesExtension scopes;
  private final AppTypesExtension appTypes;
  private final ErrorCodesExtension errorCodes;
  private final TokenTypesExtension tokenTypes;
  private final DocExtension docs;
  private final DeprecationExtension deprecation;
  private final IdempotencyKeyExtension idempotencyKey;

  /**
   * @param tokenTypes the token types of the security schemes, already read
   */
  OperationReader(
      ReadContext context,
      TypeReader types,
      ConstraintsReader constraintsReader,
      NameChecks names,
      TokenTypesExtension tokenTypes) {
    this.check = context.check();
    this.limits = context.limits();
    this.names = names;
    this.taken = new TakenNames(check);
    this.parameterReader = new ParameterReader(context, types, constraintsReader, names);
    this.requestBodyReader = new RequestBodyReader(context, types, constraintsReader, names);
    this.responseReader = new ResponseReader(context, types);
    this.envelopes = new EnvelopeExtension(context);
    this.pagination = new PaginationExtension(context);
    this.rateLimit = new RateLimitExtension(context);
    this.requireAny = new RequireAnyExtension(context);
    this.scopes = new ScopesExtension(context);
    this.appTypes = new AppTypesExtension(context);
    this.errorCodes = new ErrorCodesExtension(context);
    this.tokenTypes = tokenTypes;
    this.docs = new DocExtension(context);
    this.deprecation = new DeprecationExtension(context);
    this.idempotencyKey = new IdempotencyKeyExtension(context);
  }

  /** The extensions read on every operation, in the order they are read. */
  List<OperationExtension<?>> extensions() {
    return List.of(
        pagination, rateLimit, requireAny, scopes, appTypes, errorCodes, tokenTypes, docs, deprecation, idempotencyKey);
  }

  /**
   * The operations of {@code root} that have no problem, in spec order.
   *
   * @param envelope the root's envelope; empty when it is broken
   * @param rootAppTypes the root's {@code x-lark-app-types}
   */
  List<OperationDef> operations(
      SpecNode.Mapping root, Optional<EnvelopeDef> envelope, List<String> rootAppTypes) {
    Optional<SpecNode.Mapping> paths = check.mapping(root, "paths", false, ProblemCode.OPENAPI_STRUCTURE);
    if (paths.isEmpty()) {
      return List.of();
    }
    Optional<SpecNode> rootSecurity = root.get("security");
    List<OperationDef> result = new ArrayList<>();
    for (Map.Entry<String, SpecNode> pathEntry : paths.get().entries().entrySet()) {
      String path = pathEntry.getKey();
      Optional<SpecNode.Mapping> item = check.asMapping(pathEntry.getValue(), ProblemCode.OPENAPI_STRUCTURE, "path item '" + path + "'");
      if (item.isEmpty()) {
        continue;
      }
      if (!path.startsWith("/")) {
        check.report(ProblemCode.OPENAPI_STRUCTURE, item.get(), "path '" + path + "' must start with '/'");
      }
      if (item.get().has("$ref")) {
        check.report(ProblemCode.UNSUPPORTED_SCHEMA, item.get().get("$ref").orElseThrow(), "path item $ref is not supported");
      }
      List<SpecNode> pathParameters = item.get().get("parameters")
          .flatMap(p -> check.asSequence(p, ProblemCode.OPENAPI_STRUCTURE, "parameters"))
          .map(SpecNode.Sequence::items).orElse(List.of());
      for (Map.Entry<String, SpecNode> opEntry : item.get().entries().entrySet()) {
        if (!HTTP_METHODS.contains(opEntry.getKey())) {
          continue;
        }
        check.asMapping(opEntry.getValue(), ProblemCode.OPENAPI_STRUCTURE, "operation")
            .flatMap(op -> operation(path, opEntry.getKey(), op, pathParameters, envelope, rootAppTypes, rootSecurity))
            .ifPresent(result::add);
      }
    }
    return result;
  }

  private Optional<OperationDef> operation(
      String path,
      String httpMethod,
      SpecNode.Mapping op,
      List<SpecNode> pathParameters,
      Optional<EnvelopeDef> envelope,
      List<String> rootAppTypes,
      Optional<SpecNode> rootSecurity) {
    List<String> unsupported = new ArrayList<>();
    boolean ok = true;
    Optional<String> operationId = operationId(op);
    ok &= operationId.isPresent();
    Optional<String> resource = resource(op);
    ok &= resource.isPresent();
    Optional<String> method = larkMethod(op);
    ok &= method.isPresent();

    OperationParameters params = parameterReader.read(path, op, pathParameters);
    ok &= params.ok();
    List<ParameterDef> parameters = new ArrayList<>(params.built());
    Optional<SpecNode> bodyNode = op.get("requestBody");
    if (bodyNode.isPresent()) {
      Optional<List<ParameterDef>> body = requestBodyReader.read(httpMethod, bodyNode.get(), params, unsupported);
      body.ifPresent(parameters::addAll);
      ok &= body.isPresent();
    }

    Optional<EnvelopeDef> effectiveEnvelope = envelope.map(e -> envelopes.operationEnvelope(op, e));
    ResponseReader.Response response = responseReader.read(op, effectiveEnvelope);
    Optional<String> dataSchema = response.dataSchema();
    ok &= dataSchema.isPresent() || response.withoutData();

    OperationScope scope = new OperationScope(
        operationId, params, parameters, dataSchema, response.withoutData(), unsupported, rootAppTypes, rootSecurity);
    Optional<PaginationDef> paging = pagination.read(op, scope);
    paging.ifPresent(p -> PaginationExtension.integerPageSize(parameters, p.pageSizeParam()));
    Optional<RateLimitDef> limit = rateLimit.read(op, scope);
    List<RequireAnyDef> requireAnyRules = requireAny.read(op, scope);
    ScopesDef scopesDef = scopes.read(op, scope);
    List<String> apps = appTypes.read(op, scope);
    List<ErrorCodeDef> codes = errorCodes.read(op, scope);
    List<String> tokens = tokenTypes.read(op, scope);
    Optional<String> docUrl = docs.read(op, scope);
    Optional<OperationDef.Deprecation> deprecated = deprecation.read(op, scope);
    Optional<String> idempotency = idempotencyKey.read(op, scope);

    if (resource.isPresent() && method.isPresent()) {
      taken.serviceMethods(op.get("x-lark-method").orElseThrow(), resource.get(), method.get(),
          op.has(pagination.key()), operationId.orElse(httpMethod + " " + path));
    }
    if (!unsupported.isEmpty() && !check.hasErrorUnder(op.pointer())) {
      check.report(ProblemCode.SKIPPED_OPERATION, op,
          "operation " + operationId.orElse(httpMethod.toUpperCase(Locale.ROOT) + " " + path)
              + " is not generated: " + String.join("; ", unsupported));
      return Optional.empty();
    }
    if (!ok || check.hasErrorUnder(op.pointer())) {
      return Optional.empty();
    }
    return Optional.of(
        new OperationDef(
            operationId.get(),
            resource.get(),
            method.get(),
            httpMethod.toUpperCase(Locale.ROOT),
            path,
            check.text(op, "summary"),
            check.text(op, "description"),
            parameters,
            dataSchema,
            paging,
            limit,
            requireAnyRules,
            scopesDef,
            apps,
            codes,
            tokens,
            docUrl,
            deprecated,
            idempotency,
            effectiveEnvelope.orElse(EnvelopeDef.FEISHU)));
  }

  private Optional<String> operationId(SpecNode.Mapping op) {
    Optional<SpecNode> node = op.get("operationId");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_OPERATION_ID, op, "the operation has no operationId");
      return Optional.empty();
    }
    Optional<String> id = check.asString(node.get(), ProblemCode.MISSING_OPERATION_ID, "operationId");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    SpecNode first = operationIds.putIfAbsent(id.get(), node.get());
    if (first != null) {
      check.report(ProblemCode.DUPLICATE_OPERATION_ID, node.get(),
          "operationId '" + id.get() + "' is also used at " + first.pointer().parent());
      return Optional.empty();
    }
    if (!names.identifierPart(node.get(), id.get(), "operationId") || !taken.requestType(node.get(), id.get())) {
      return Optional.empty();
    }
    return id;
  }

  private Optional<String> resource(SpecNode.Mapping op) {
    Optional<SpecNode> node = op.get("tags");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_TAG, op, "the operation has no tag");
      return Optional.empty();
    }
    Optional<List<String>> tags = check.asSequence(node.get(), ProblemCode.MISSING_TAG, "tags")
        .flatMap(s -> check.stringList(s, ProblemCode.MISSING_TAG, "tag"));
    if (tags.isEmpty()) {
      return Optional.empty();
    }
    if (tags.get().size() != 1) {
      check.report(ProblemCode.MISSING_TAG, node.get(),
          "the operation has " + tags.get().size() + " tags " + tags.get() + "; it must have exactly one");
      return Optional.empty();
    }
    String tag = tags.get().get(0);
    SpecNode tagNode = ((SpecNode.Sequence) node.get()).items().get(0);
    if (!names.identifierPart(tagNode, tag, "tag") || !taken.serviceType(tagNode, tag)) {
      return Optional.empty();
    }
    return Optional.of(tag);
  }

  private Optional<String> larkMethod(SpecNode.Mapping op) {
    Optional<SpecNode> node = op.get("x-lark-method");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_LARK_METHOD, op, "the operation has no x-lark-method");
      return Optional.empty();
    }
    Optional<String> method = check.asString(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-method");
    if (method.isEmpty()) {
      return Optional.empty();
    }
    String name = method.get();
    if (!limits.name(node.get(), "x-lark-method", name)) {
      return Optional.empty();
    }
    if (Names.isKeyword(name)) {
      check.report(ProblemCode.JAVA_KEYWORD, node.get(),
          "x-lark-method '" + name + "' is a Java keyword and cannot be a method name");
      return Optional.empty();
    }
    if (OBJECT_METHODS.contains(name)) {
      check.report(ProblemCode.JAVA_KEYWORD, node.get(),
          "x-lark-method '" + name + "' is a method of java.lang.Object");
      return Optional.empty();
    }
    if (!Names.isValidIdentifier(name) || !Character.isLowerCase(name.charAt(0)) || name.contains("_")) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-method '" + name + "' must be a lowerCamel Java method name such as list or getById");
      return Optional.empty();
    }
    return method;
  }
}
