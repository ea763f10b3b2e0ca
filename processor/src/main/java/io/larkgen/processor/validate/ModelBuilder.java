package io.larkgen.processor.validate;

import io.larkgen.processor.Timings;
import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.model.EventDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.PaginationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.model.RequireAnyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.model.ServiceDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecDocument;
import io.larkgen.processor.spec.SpecLoader;
import io.larkgen.processor.spec.SpecNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.tools.Diagnostic;

/**
 * Builds the {@link ApiDef} of a spec and finds every problem in it.
 *
 * <p>The text is composed once with positions ({@link SpecLoader}); every Larkgen rule is
 * checked on that tree, so each problem carries its line, column and JSON pointer. The text is
 * also parsed by swagger-parser for the standard OpenAPI structure ({@link SwaggerChecks}); its
 * messages, which carry neither lines nor pointers, are mapped to pointers and reported unless
 * a Larkgen rule already reported a problem on the same part of the spec.
 *
 * <p>Nothing stops at the first problem: all are collected, sorted by line, column and code
 * ({@link Problem#ORDER}), and the model is returned only when none of them is an error.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A spec that is not OpenAPI 3.0.x is reported with {@link ProblemCode#NOT_OPENAPI_3}
 *       alone: checking a Swagger 2.0 or OpenAPI 3.1 file against 3.0 rules would only add
 *       noise.
 *   <li>{@link ProblemCode#JAVA_KEYWORD} is reported only for names that the writers could
 *       escape only by giving a poor public API: an {@code x-lark-method} that is a keyword or
 *       a {@code java.lang.Object} method ({@code new}, {@code toString}), and a schema named
 *       like a keyword or like a {@code java.lang}, {@code java.util} or {@code java.time} type
 *       the generated models use ({@code String}, {@code List}, {@code Instant}…), which would
 *       shadow it in the model package. Properties and parameters named like keywords or like
 *       generated members are escaped by the writers ({@code class_}, {@code hashCode_}).
 *   <li>{@link ProblemCode#JAVA_NAME_CLASH} compares the Java names the writers derive:
 *       properties and parameters by their escaped lowerCamel member name (and an epoch-millis
 *       property's {@code xxxInstant} view), operations by UpperCamel (request classes),
 *       resources by UpperCamel of the tag, methods of a resource including their {@code Async}
 *       and {@code All} twins, and schema class names ignoring case (they become file names).
 * </ul>
 */
public final class ModelBuilder {

  static final List<String> TYPES = List.of("array", "boolean", "integer", "number", "object", "string");
  private static final List<String> HTTP_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final List<String> RETRY_VALUES = List.of("never", "backoff", "refresh-token");
  private static final List<String> APP_TYPES = List.of("custom", "isv");
  private static final List<String> TOKEN_TYPES =
      List.of("tenant_access_token", "app_access_token", "user_access_token");
  private static final Pattern OPENAPI_30 = Pattern.compile("3\\.0\\.\\d+");
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");
  private static final Pattern WHEN = Pattern.compile("([A-Za-z0-9_.\\-]+)=(.+)");

  /** Where each {@code x-lark-*} extension may be written. */
  private static final Map<String, Place> EXTENSIONS =
      Map.ofEntries(
          Map.entry("x-lark-service", Place.ROOT),
          Map.entry("x-lark-envelope", Place.ROOT_OR_OPERATION),
          Map.entry("x-lark-events", Place.ROOT),
          Map.entry("x-lark-doc", Place.SCHEMA_OR_OPERATION),
          Map.entry("x-lark-deprecation", Place.OPERATION),
          Map.entry("x-lark-idempotency-key", Place.OPERATION),
          Map.entry("x-lark-max-bytes", Place.PROPERTY),
          Map.entry("x-lark-field-scopes", Place.PROPERTY),
          Map.entry("x-lark-pii", Place.PROPERTY),
          Map.entry("x-lark-common-error-codes", Place.ROOT),
          Map.entry("x-lark-app-types", Place.ROOT_OR_OPERATION),
          Map.entry("x-lark-method", Place.OPERATION),
          Map.entry("x-lark-error-codes", Place.OPERATION),
          Map.entry("x-lark-pagination", Place.OPERATION),
          Map.entry("x-lark-rate-limit", Place.OPERATION),
          Map.entry("x-lark-require-any", Place.OPERATION),
          Map.entry("x-lark-scopes", Place.OPERATION),
          Map.entry("x-lark-token-types", Place.SECURITY_SCHEME_OR_OPERATION),
          Map.entry("x-lark-enum-descriptions-en", Place.SCHEMA));

  /** Methods of {@code java.lang.Object}: not usable as service method names. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  /** Type names the generated models refer to by simple name. */
  private static final Set<String> SHADOWED_TYPES =
      Set.of(
          "Object", "String", "Integer", "Long", "Double", "Float", "Short", "Byte", "Boolean",
          "Character", "Number", "Void", "Class", "Enum", "Record", "Iterable", "Override",
          "Deprecated", "SuppressWarnings", "FunctionalInterface", "Exception", "RuntimeException",
          "Error", "Throwable", "Math", "System", "List", "Map", "Optional", "Objects",
          "Instant", "BigDecimal", "BigInteger", "Generated");

  private final Checker check;
  private final JavaLimits limits;
  private boolean versionChecked;
  private final String specPath;
  private final Map<String, SpecNode.Mapping> schemaNodes = new LinkedHashMap<>();
  private final Map<String, SchemaDef> schemas = new LinkedHashMap<>();
  private final Map<String, List<String>> tokenTypesByScheme = new HashMap<>();
  /** Schemas named as a {@code multipart/form-data} request body: not generated as models. */
  private final Set<String> uploadForms = new HashSet<>();
  /** Why the operation being read cannot be generated; it is skipped when this is not empty. */
  private final List<String> unsupported = new ArrayList<>();
  /** Whether the envelope of the operation being read has no {@code data}: a success carries none. */
  private boolean withoutData;

  private ModelBuilder(String specPath, SpecDocument document) {
    this.specPath = specPath;
    this.check = new Checker(specPath, document);
    this.limits = new JavaLimits(check);
  }

  /**
   * Loads and validates a spec.
   *
   * @param specPath the spec's path as shown to the user, e.g. {@code hire-v1.yaml}
   * @param text the spec's text, YAML or JSON
   * @return the model (present only when no problem is an error) and every problem, sorted;
   *     never throws for any text: a failure of the builder itself is reported as {@link
   *     ProblemCode#INTERNAL_ERROR}
   */
  public static LoadResult build(String specPath, String text) {
    return begin(specPath, text).finish();
  }

  /**
   * Starts loading a spec: Larkgen's own rules are checked at once, swagger-parser's structure
   * checks go on in the background until {@link Pending#finish()}. A caller may plan and render
   * from {@link Pending#api()} meanwhile, but must not emit anything before {@code finish()}
   * says the spec is clean.
   *
   * @param specPath the spec's path as shown to the user, e.g. {@code hire-v1.yaml}
   * @param text the spec's text, YAML or JSON
   * @return the load under way; never throws for any text
   */
  public static Pending begin(String specPath, String text) {
    return begin(specPath, text, Timings.off());
  }

  /**
   * {@link #begin(String, String)}, timing YAML composition as the phase {@code compose} and the
   * model as {@code model}.
   */
  public static Pending begin(String specPath, String text, Timings timings) {
    CompletableFuture<List<String>> swagger = SwaggerChecks.parseAsync(text);
    try {
      SpecLoader.Result loaded = timings.time("compose", () -> SpecLoader.load(specPath, text));
      if (loaded.document().isEmpty()) {
        return new Pending(specPath, null, Optional.empty(), loaded.problems(), null);
      }
      ModelBuilder builder = new ModelBuilder(specPath, loaded.document().get());
      loaded.problems().forEach(builder.check::add);
      Optional<ApiDef> api = timings.time("model", builder::run);
      // Structure checks only apply to a document that got past the version check.
      CompletableFuture<List<String>> checks = builder.versionChecked ? swagger : null;
      return new Pending(specPath, builder.check, api, List.of(), checks);
    } catch (RuntimeException | StackOverflowError e) {
      return new Pending(specPath, null, Optional.empty(), List.of(internalError(specPath, e)), null);
    }
  }

  /**
   * A load whose own checks are done and whose swagger-parser checks may still be running.
   */
  public static final class Pending {
    private final String specPath;
    private final Checker check;
    private final Optional<ApiDef> api;
    private final List<Problem> problems;
    private final CompletableFuture<List<String>> swagger;

    private Pending(
        String specPath,
        Checker check,
        Optional<ApiDef> api,
        List<Problem> problems,
        CompletableFuture<List<String>> swagger) {
      this.specPath = specPath;
      this.check = check;
      this.api = api;
      this.problems = problems;
      this.swagger = swagger;
    }

    /** A load that is already complete, e.g. the result of another loader. */
    public static Pending completed(LoadResult result) {
      return new Pending("", null, result.api(), result.problems(), null);
    }

    /**
     * The model as far as Larkgen's own rules go: empty when they found an error. Still subject
     * to swagger-parser's checks; see {@link #finish()}.
     */
    public Optional<ApiDef> api() {
      return check != null && check.problems().stream().anyMatch(Problem::isError)
          ? Optional.empty()
          : api;
    }

    /** Waits for swagger-parser's checks and gives the whole result. */
    public LoadResult finish() {
      if (check == null) {
        return result(api, problems);
      }
      try {
        if (swagger != null) {
          SwaggerChecks.report(swagger.join(), check);
        }
        return result(api, check.problems());
      } catch (RuntimeException | StackOverflowError e) {
        return result(Optional.empty(), List.of(internalError(specPath, e)));
      }
    }
  }

  private static Problem internalError(String specPath, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return new Problem(
        ProblemCode.INTERNAL_ERROR,
        Diagnostic.Kind.ERROR,
        specPath,
        1,
        1,
        JsonPointer.ROOT.toString(),
        ProblemCode.INTERNAL_ERROR.message(trace.toString()));
  }

  private static LoadResult result(Optional<ApiDef> api, List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(Problem.ORDER);
    boolean clean = sorted.stream().noneMatch(Problem::isError);
    return new LoadResult(clean ? api : Optional.empty(), sorted);
  }

  // ------------------------------------------------------------------------- root

  private Optional<ApiDef> run() {
    SpecNode rootNode = check.document().root();
    if (!(rootNode instanceof SpecNode.Mapping root)) {
      check.report(ProblemCode.NOT_OPENAPI_3, rootNode,
          "the document is a " + rootNode.describe() + ", not an OpenAPI object");
      return Optional.empty();
    }
    if (!checkVersion(root)) {
      return Optional.empty();
    }
    versionChecked = true;
    checkExtensionPlaces(root, JsonPointer.ROOT);
    limits.texts(root);

    SpecNode.Mapping info = check.mapping(root, "info", false, ProblemCode.OPENAPI_STRUCTURE)
        .orElse(emptyMapping(root, "info"));
    String title = check.text(info, "title");
    String description = check.text(info, "description");
    Optional<ServiceDef> service = service(root);
    Optional<EnvelopeDef> envelope = envelope(root);
    List<String> appTypes = appTypes(root).orElse(List.of());
    List<ErrorCodeDef> commonErrorCodes = errorCodes(root, "x-lark-common-error-codes");
    securitySchemes(root);
    uploadForms(root);
    schemas(root);
    List<EventDef> events = new EventsReader(check, schemaNodes.keySet(), schemas, m -> doc(m, "doc"))
        .read(root, service.map(ServiceDef::name));
    List<OperationDef> operations = operations(root, envelope, appTypes);

    if (service.isEmpty() || envelope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiDef(
            specPath,
            title,
            description,
            service.get(),
            envelope.get(),
            appTypes,
            commonErrorCodes,
            operations,
            schemas,
            events));
  }

  private static SpecNode.Mapping emptyMapping(SpecNode.Mapping parent, String key) {
    return new SpecNode.Mapping(
        parent.pointer().child(key), Optional.empty(), parent.location(), Map.of());
  }

  private boolean checkVersion(SpecNode.Mapping root) {
    Optional<SpecNode> version = root.get("openapi");
    if (version.isEmpty()) {
      String what = root.has("swagger") ? "a Swagger 2.0 document" : "missing 'openapi'";
      check.report(ProblemCode.NOT_OPENAPI_3, root.pointer().child("openapi"), what);
      return false;
    }
    if (!(version.get() instanceof SpecNode.Scalar scalar)
        || !OPENAPI_30.matcher(scalar.text()).matches()) {
      String written = version.get() instanceof SpecNode.Scalar scalar ? "'" + scalar.text() + "'" : "a " + version.get().describe();
      check.report(ProblemCode.NOT_OPENAPI_3, version.get(),
          "openapi is " + written + ", expected a 3.0.x version such as 3.0.3");
      return false;
    }
    return true;
  }

  /** Warns about unknown {@code x-lark-*} keys and catalogued ones written in the wrong place. */
  private void checkExtensionPlaces(SpecNode node, JsonPointer pointer) {
    if (node instanceof SpecNode.Sequence sequence) {
      sequence.items().forEach(item -> checkExtensionPlaces(item, item.pointer()));
      return;
    }
    if (!(node instanceof SpecNode.Mapping mapping)) {
      return;
    }
    for (Map.Entry<String, SpecNode> entry : mapping.entries().entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("x-lark-")) {
        Place place = EXTENSIONS.get(key);
        Place here = Place.of(pointer);
        if (place == null) {
          check.report(ProblemCode.UNKNOWN_EXTENSION, entry.getValue().pointer(),
              entry.getValue().keyLocation().orElse(entry.getValue().location()),
              "unknown extension '" + key + "' (known: " + new TreeSet<>(EXTENSIONS.keySet()) + ")");
        } else if (!place.allows(here)) {
          check.report(ProblemCode.UNKNOWN_EXTENSION, entry.getValue().pointer(),
              entry.getValue().keyLocation().orElse(entry.getValue().location()),
              "'" + key + "' is not read here; it belongs " + place.description);
        }
      }
      if (!key.startsWith("x-")) {
        checkExtensionPlaces(entry.getValue(), entry.getValue().pointer());
      }
    }
  }

  private Optional<ServiceDef> service(SpecNode.Mapping root) {
    Optional<SpecNode> node = root.get("x-lark-service");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_SERVICE, root.pointer().child("x-lark-service"),
          "missing 'x-lark-service' (the service name and version)");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> mapping = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-service");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(mapping.get(), ProblemCode.BAD_EXTENSION, "x-lark-service", List.of("name", "version"));
    Optional<String> name = check.string(mapping.get(), "name", true, ProblemCode.BAD_EXTENSION);
    Optional<String> version = check.string(mapping.get(), "version", true, ProblemCode.BAD_EXTENSION);
    name.ifPresent(n -> identifierPart(mapping.get().get("name").orElseThrow(), n, "x-lark-service name"));
    version.ifPresent(v -> identifierPart(mapping.get().get("version").orElseThrow(), v, "x-lark-service version"));
    if (name.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ServiceDef(name.get(), version.get()));
  }

  /** Checks that a wire name gives a Java identifier in UpperCamel and lowerCamel. */
  private boolean identifierPart(SpecNode node, String wire, String what) {
    if (!limits.name(node, what, wire)) {
      return false;
    }
    String upper = Names.upperCamel(wire);
    if (upper.isEmpty() || !Names.isValidIdentifier(upper) || !Character.isLetter(upper.charAt(0))) {
      check.report(ProblemCode.INVALID_NAME, node,
          what + " '" + wire + "' does not give a Java name (got '" + upper + "')");
      return false;
    }
    return true;
  }

  private Optional<EnvelopeDef> envelope(SpecNode.Mapping root) {
    Optional<SpecNode> node = root.get("x-lark-envelope");
    if (node.isEmpty()) {
      check.report(ProblemCode.BAD_ENVELOPE, root.pointer().child("x-lark-envelope"),
          "missing 'x-lark-envelope' (the code, msg and data field names)");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> mapping = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-envelope");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping m = mapping.get();
    check.onlyKeys(m, ProblemCode.BAD_EXTENSION, "x-lark-envelope", List.of("code", "msg", "data", "success-code"));
    Optional<String> code = check.string(m, "code", true, ProblemCode.BAD_EXTENSION);
    Optional<String> msg = check.string(m, "msg", true, ProblemCode.BAD_EXTENSION);
    Optional<String> data = check.string(m, "data", true, ProblemCode.BAD_EXTENSION);
    Optional<Integer> success = check.int32(m, "success-code", true, ProblemCode.BAD_EXTENSION);
    if (code.isEmpty() || msg.isEmpty() || data.isEmpty() || success.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EnvelopeDef(code.get(), msg.get(), data.get(), success.get()));
  }

  /**
   * The envelope of one operation: the root's, with the keys its own {@code x-lark-envelope}
   * overrides (e.g. {@code {msg: message}}).
   */
  private EnvelopeDef operationEnvelope(SpecNode.Mapping op, EnvelopeDef root) {
    Optional<SpecNode.Mapping> m = op.get("x-lark-envelope")
        .flatMap(n -> check.asMapping(n, ProblemCode.BAD_EXTENSION, "x-lark-envelope"));
    if (m.isEmpty()) {
      return root;
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-envelope", List.of("code", "msg", "data", "success-code"));
    return new EnvelopeDef(
        check.string(m.get(), "code", false, ProblemCode.BAD_EXTENSION).orElse(root.codeField()),
        check.string(m.get(), "msg", false, ProblemCode.BAD_EXTENSION).orElse(root.msgField()),
        check.string(m.get(), "data", false, ProblemCode.BAD_EXTENSION).orElse(root.dataField()),
        check.int32(m.get(), "success-code", false, ProblemCode.BAD_EXTENSION).orElse(root.successCode()));
  }

  /** Checks {@code x-lark-doc: {file, full-path, update-time, url}} on an operation or schema. */
  private Optional<String> doc(SpecNode.Mapping owner) {
    return doc(owner, "x-lark-doc");
  }

  /** Checks a {@code {file, full-path, update-time, url}} mapping under {@code key} of {@code owner}. */
  private Optional<String> doc(SpecNode.Mapping owner, String key) {
    Optional<SpecNode.Mapping> m = owner.get(key)
        .flatMap(n -> check.asMapping(n, ProblemCode.BAD_EXTENSION, "x-lark-doc"));
    if (m.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-doc", List.of("file", "full-path", "update-time", "url"));
    check.string(m.get(), "file", true, ProblemCode.BAD_EXTENSION);
    check.string(m.get(), "full-path", true, ProblemCode.BAD_EXTENSION);
    check.integer(m.get(), "update-time", false, ProblemCode.BAD_EXTENSION);
    Optional<String> url = check.string(m.get(), "url", true, ProblemCode.BAD_EXTENSION);
    if (url.isPresent() && !url.get().startsWith("https://")) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("url").orElseThrow(),
          "x-lark-doc url '" + url.get() + "' is not an https:// address");
      return Optional.empty();
    }
    return url;
  }

  /** Checks {@code x-lark-deprecation: {note, replacement}}; present only beside {@code deprecated: true}. */
  private Optional<OperationDef.Deprecation> deprecation(SpecNode.Mapping op) {
    boolean deprecated = op.get("deprecated")
        .flatMap(d -> check.asBoolean(d, ProblemCode.OPENAPI_STRUCTURE, "deprecated")).orElse(false);
    Optional<SpecNode> node = op.get("x-lark-deprecation");
    if (node.isEmpty()) {
      return deprecated ? Optional.of(new OperationDef.Deprecation("", "")) : Optional.empty();
    }
    if (!deprecated) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-deprecation is written on an operation without deprecated: true");
      return Optional.empty();
    }
    return check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-deprecation").map(m -> {
      check.onlyKeys(m, ProblemCode.BAD_EXTENSION, "x-lark-deprecation", List.of("note", "replacement"));
      return new OperationDef.Deprecation(
          check.string(m, "note", true, ProblemCode.BAD_EXTENSION).orElse(""),
          check.string(m, "replacement", false, ProblemCode.BAD_EXTENSION).orElse(""));
    });
  }

  /**
   * Checks {@code x-lark-idempotency-key}: a string naming a top-level property of the JSON
   * request body.
   */
  private Optional<String> idempotencyKey(SpecNode.Mapping op, List<ParameterDef> parameters) {
    Optional<SpecNode> node = op.get("x-lark-idempotency-key");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = check.asString(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-idempotency-key");
    if (key.isEmpty() || !unsupported.isEmpty()) {
      return Optional.empty();
    }
    Optional<ParameterDef> body = parameters.stream().filter(p -> p.in() == ParameterDef.Location.BODY).findFirst();
    if (body.isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' is written on an operation without a JSON request body");
      return Optional.empty();
    }
    if (!(body.get().type() instanceof TypeRef.Named named
        && schemas.get(named.schemaName()) instanceof ObjectDef object)) {
      return Optional.empty();
    }
    List<String> names = object.properties().stream().map(PropertyDef::jsonName).toList();
    Optional<PropertyDef> property =
        object.properties().stream().filter(p -> p.jsonName().equals(key.get())).findFirst();
    if (property.isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' is not a property of " + object.name()
              + " (properties: " + names + ")" + Suggestions.closest(key.get(), names));
      return Optional.empty();
    }
    if (!(property.get().type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_EXTENSION, node.get(),
          "x-lark-idempotency-key '" + key.get() + "' must name a string property of " + object.name());
      return Optional.empty();
    }
    return key;
  }

  /**
   * Checks the property extensions of one schema: {@code x-lark-max-bytes} (a positive integer
   * on a {@code format: binary} string), {@code x-lark-field-scopes} (a list of scopes) and
   * {@code x-lark-pii} (a boolean, not beside a {@code $ref}).
   */
  private void propertyExtensions(SpecNode.Mapping schema) {
    if (!(schema.get("properties").orElse(null) instanceof SpecNode.Mapping properties)) {
      return;
    }
    for (SpecNode property : properties.entries().values()) {
      if (!(property instanceof SpecNode.Mapping m)) {
        continue;
      }
      check.integer(m, "x-lark-max-bytes", false, ProblemCode.BAD_EXTENSION).ifPresent(max -> {
        if (max <= 0) {
          check.report(ProblemCode.BAD_EXTENSION, m.get("x-lark-max-bytes").orElseThrow(),
              "x-lark-max-bytes " + max + " is not a positive number of bytes");
        }
      });
      check.sequence(m, "x-lark-field-scopes", false, ProblemCode.BAD_EXTENSION)
          .ifPresent(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "x-lark-field-scopes item"));
      m.get("x-lark-pii").ifPresent(pii -> {
        check.asBoolean(pii, ProblemCode.BAD_EXTENSION, "x-lark-pii");
        if (m.get("$ref").isPresent()) {
          check.report(ProblemCode.BAD_EXTENSION, pii,
              "x-lark-pii beside a $ref is ignored by OpenAPI tools; mark the properties of the"
                  + " referenced schema instead");
        }
      });
    }
  }

  private Optional<List<String>> appTypes(SpecNode.Mapping owner) {
    Optional<SpecNode> node = owner.get("x-lark-app-types");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<String>> types =
        check.asSequence(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-app-types")
            .flatMap(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "x-lark-app-types item"));
    if (types.isEmpty()) {
      return Optional.of(List.of());
    }
    SpecNode.Sequence sequence = (SpecNode.Sequence) node.get();
    if (sequence.items().isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, sequence, "x-lark-app-types is empty (expected some of " + APP_TYPES + ")");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < types.get().size(); i++) {
      String type = types.get().get(i);
      if (!APP_TYPES.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, sequence.items().get(i),
            "unknown app type '" + type + "' (expected one of " + APP_TYPES + ")");
      } else if (!seen.add(type)) {
        check.report(ProblemCode.BAD_EXTENSION, sequence.items().get(i), "app type '" + type + "' is listed twice");
      }
    }
    return Optional.of(List.copyOf(seen));
  }

  private List<ErrorCodeDef> errorCodes(SpecNode.Mapping owner, String key) {
    Optional<SpecNode.Sequence> sequence = check.sequence(owner, key, false, ProblemCode.BAD_EXTENSION);
    if (sequence.isEmpty()) {
      return List.of();
    }
    List<ErrorCodeDef> result = new ArrayList<>();
    Map<Long, SpecNode> seen = new HashMap<>();
    for (SpecNode item : sequence.get().items()) {
      Optional<SpecNode.Mapping> m = check.asMapping(item, ProblemCode.BAD_EXTENSION, key + " item");
      if (m.isEmpty()) {
        continue;
      }
      check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, key + " item",
          List.of("code", "http-status", "msg", "description", "retry"));
      Optional<Integer> code = check.int32(m.get(), "code", true, ProblemCode.BAD_EXTENSION);
      Optional<Integer> status = check.int32(m.get(), "http-status", true, ProblemCode.BAD_EXTENSION);
      Optional<String> msg = check.string(m.get(), "msg", false, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(m.get(), "description", false, ProblemCode.BAD_EXTENSION);
      Optional<String> retry = check.string(m.get(), "retry", true, ProblemCode.BAD_EXTENSION);
      if (status.isPresent() && (status.get() < 100 || status.get() > 599)) {
        check.report(ProblemCode.BAD_EXTENSION, m.get().get("http-status").orElseThrow(),
            "http-status " + status.get() + " is not an HTTP status (100-599)");
        status = Optional.empty();
      }
      if (retry.isPresent() && !RETRY_VALUES.contains(retry.get())) {
        check.report(ProblemCode.BAD_EXTENSION, m.get().get("retry").orElseThrow(),
            "unknown retry '" + retry.get() + "' (expected one of " + RETRY_VALUES + ")");
        retry = Optional.empty();
      }
      if (code.isPresent()) {
        SpecNode first = seen.putIfAbsent((long) code.get(), item);
        if (first != null) {
          check.report(ProblemCode.BAD_EXTENSION, m.get().get("code").orElseThrow(),
              "error code " + code.get() + " is listed twice (first at " + first.pointer() + ")");
        }
      }
      if (code.isPresent() && status.isPresent() && retry.isPresent()) {
        result.add(new ErrorCodeDef(code.get(), status.get(), msg.orElse(""), description.orElse(""), retry.get()));
      }
    }
    return result;
  }

  private void securitySchemes(SpecNode.Mapping root) {
    Optional<SpecNode.Mapping> components = check.mapping(root, "components", false, ProblemCode.OPENAPI_STRUCTURE);
    Optional<SpecNode.Mapping> schemes = components.flatMap(
        c -> check.mapping(c, "securitySchemes", false, ProblemCode.OPENAPI_STRUCTURE));
    if (schemes.isEmpty()) {
      return;
    }
    for (Map.Entry<String, SpecNode> entry : schemes.get().entries().entrySet()) {
      Optional<SpecNode.Mapping> scheme =
          check.asMapping(entry.getValue(), ProblemCode.OPENAPI_STRUCTURE, "security scheme '" + entry.getKey() + "'");
      if (scheme.isEmpty()) {
        continue;
      }
      List<String> types = new ArrayList<>();
      Optional<SpecNode.Sequence> sequence =
          check.sequence(scheme.get(), "x-lark-token-types", false, ProblemCode.BAD_EXTENSION);
      if (sequence.isPresent()) {
        for (SpecNode item : sequence.get().items()) {
          check.asString(item, ProblemCode.BAD_EXTENSION, "x-lark-token-types item").ifPresent(type -> {
            if (TOKEN_TYPES.contains(type)) {
              types.add(type);
            } else {
              check.report(ProblemCode.BAD_EXTENSION, item,
                  "unknown token type '" + type + "' (expected one of " + TOKEN_TYPES + ")");
            }
          });
        }
        if (sequence.get().items().isEmpty()) {
          check.report(ProblemCode.BAD_EXTENSION, sequence.get(),
              "x-lark-token-types is empty (expected some of " + TOKEN_TYPES + ")");
        }
      }
      tokenTypesByScheme.put(entry.getKey(), types);
    }
  }

  // ------------------------------------------------------------------------- schemas

  private void schemas(SpecNode.Mapping root) {
    Optional<SpecNode.Mapping> components = check.mapping(root, "components", false, ProblemCode.OPENAPI_STRUCTURE);
    Optional<SpecNode.Mapping> schemaMap = components.flatMap(
        c -> check.mapping(c, "schemas", false, ProblemCode.OPENAPI_STRUCTURE));
    if (schemaMap.isEmpty()) {
      return;
    }
    Map<String, String> byLowerCase = new HashMap<>();
    for (Map.Entry<String, SpecNode> entry : schemaMap.get().entries().entrySet()) {
      String name = entry.getKey();
      SpecNode node = entry.getValue();
      schemaName(name, node, byLowerCase);
      check.asMapping(node, ProblemCode.UNKNOWN_TYPE, "schema '" + name + "'")
          .ifPresent(m -> schemaNodes.put(name, m));
    }
    for (Map.Entry<String, SpecNode.Mapping> entry : schemaNodes.entrySet()) {
      doc(entry.getValue());
      propertyExtensions(entry.getValue());
      if (uploadForms.contains(entry.getKey())) {
        continue;
      }
      schema(entry.getKey(), entry.getValue()).ifPresent(def -> schemas.put(entry.getKey(), def));
    }
  }

  /**
   * Collects the schemas that {@code multipart/form-data} request bodies refer to. Their fields
   * become components of the operation's request (see {@code form}), so these schemas, whose
   * file property has no JSON form, are not generated as models.
   */
  private void uploadForms(SpecNode.Mapping root) {
    if (!(root.get("paths").orElse(null) instanceof SpecNode.Mapping paths)) {
      return;
    }
    for (SpecNode item : paths.entries().values()) {
      if (!(item instanceof SpecNode.Mapping operations)) {
        continue;
      }
      for (SpecNode op : operations.entries().values()) {
        Optional<SpecNode> ref = Optional.of(op)
            .flatMap(o -> child(o, "requestBody"))
            .flatMap(b -> child(b, "content"))
            .flatMap(c -> child(c, "multipart/form-data"))
            .flatMap(f -> child(f, "schema"))
            .flatMap(f -> child(f, "$ref"));
        String prefix = "#/components/schemas/";
        if (ref.orElse(null) instanceof SpecNode.Scalar scalar && scalar.text().startsWith(prefix)) {
          uploadForms.add(scalar.text().substring(prefix.length()));
        }
      }
    }
  }

  private static Optional<SpecNode> child(SpecNode node, String key) {
    return node instanceof SpecNode.Mapping m ? m.get(key) : Optional.empty();
  }

  /**
   * Checks a schema name. The writers use it as the class name as written when it is a valid
   * identifier ({@code I18n}), else its UpperCamel form ({@code interview_extend} → {@code
   * InterviewExtend}); class names are compared ignoring case, since they become file names.
   */
  private void schemaName(String name, SpecNode node, Map<String, String> byLowerCase) {
    if (!limits.name(node, "schema name", name)) {
      return;
    }
    String typeName = Names.isValidIdentifier(name) ? name : Names.upperCamel(name);
    if (Names.isKeyword(name)) {
      check.report(ProblemCode.JAVA_KEYWORD, node, "schema name '" + name + "' is a Java keyword");
      return;
    }
    if (typeName.isEmpty() || !Names.isValidIdentifier(typeName)) {
      check.report(ProblemCode.INVALID_NAME, node,
          "schema name '" + name + "' does not give a Java class name (got '" + typeName + "')");
      return;
    }
    if (typeName.equals("Builder")) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "schema name '" + name + "' clashes with the nested Builder class of every generated model and request");
    }
    if (SHADOWED_TYPES.contains(typeName)) {
      check.report(ProblemCode.JAVA_KEYWORD, node,
          "schema name '" + name + "' would shadow the type " + typeName + " that generated models use");
    }
    String first = byLowerCase.putIfAbsent(typeName.toLowerCase(Locale.ROOT), name);
    if (first != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "schema '" + name + "' and schema '" + first + "' both become class " + typeName
              + " (class names are compared ignoring case: they are file names)");
    }
  }

  private Optional<SchemaDef> schema(String name, SpecNode.Mapping m) {
    unsupportedKeywords(m);
    if (m.has("$ref")) {
      check.report(ProblemCode.UNSUPPORTED_SCHEMA, m.get("$ref").orElseThrow(),
          "schema '" + name + "' is only a $ref; refer to the target schema directly");
      return Optional.empty();
    }
    if (m.has("enum")) {
      return enumSchema(name, m).map(def -> def);
    }
    Optional<String> type = schemaType(m, true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!type.get().equals("object")) {
      check.report(ProblemCode.UNSUPPORTED_SCHEMA, m.get("type").orElseThrow(),
          "schema '" + name + "' is of type " + type.get()
              + "; named schemas must be objects or enums (write the type where it is used)");
      return Optional.empty();
    }
    return Optional.of(objectSchema(name, m));
  }

  private void unsupportedKeywords(SpecNode.Mapping m) {
    for (String keyword : List.of("oneOf", "anyOf", "allOf", "not", "additionalProperties", "discriminator")) {
      m.get(keyword).ifPresent(node -> {
        boolean harmless = keyword.equals("additionalProperties")
            && node instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN;
        if (!harmless) {
          check.report(ProblemCode.UNSUPPORTED_SCHEMA, node, "'" + keyword + "' is not supported");
        }
      });
    }
  }

  /** The schema's {@code type}, or empty after reporting it missing or unknown. */
  private Optional<String> schemaType(SpecNode.Mapping m, boolean objectIfProperties) {
    Optional<SpecNode> node = m.get("type");
    if (node.isEmpty()) {
      if (objectIfProperties && m.has("properties")) {
        return Optional.of("object");
      }
      String misspelt = m.entries().keySet().stream()
          .map(k -> Map.entry(k, Suggestions.closest(k, List.of("type"))))
          .filter(e -> !e.getValue().isEmpty())
          .findFirst()
          .map(e -> "; '" + e.getKey() + "'" + e.getValue())
          .orElse("");
      check.report(ProblemCode.UNKNOWN_TYPE, m.pointer().child("type"),
          "the schema has no type (expected one of " + TYPES + ")" + misspelt);
      return Optional.empty();
    }
    if (!(node.get() instanceof SpecNode.Scalar scalar) || scalar.kind() != SpecNode.ScalarKind.STRING) {
      check.report(ProblemCode.UNKNOWN_TYPE, node.get(),
          "type must be one name, not a " + node.get().describe() + " (expected one of " + TYPES + ")");
      return Optional.empty();
    }
    if (!TYPES.contains(scalar.text())) {
      check.report(ProblemCode.UNKNOWN_TYPE, node.get(),
          "unknown type '" + scalar.text() + "' (expected one of " + TYPES + ")" + Suggestions.closest(scalar.text(), TYPES));
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  private ObjectDef objectSchema(String name, SpecNode.Mapping m) {
    String description = check.text(m, "description");
    Optional<SpecNode.Mapping> properties = check.mapping(m, "properties", false, ProblemCode.OPENAPI_STRUCTURE);
    Map<String, SpecNode> propertyNodes = properties.map(SpecNode.Mapping::entries).orElse(Map.of());
    properties.ifPresent(p -> limits.members(p, "schema '" + name + "'", propertyNodes.size()));
    Set<String> required = new LinkedHashSet<>();
    check.sequence(m, "required", false, ProblemCode.OPENAPI_STRUCTURE).ifPresent(seq -> {
      for (SpecNode item : seq.items()) {
        check.asString(item, ProblemCode.OPENAPI_STRUCTURE, "required item").ifPresent(prop -> {
          if (!propertyNodes.containsKey(prop)) {
            check.report(ProblemCode.BAD_CONSTRAINT, item,
                "'" + prop + "' is required but is not a property of " + name);
          } else if (!required.add(prop)) {
            check.report(ProblemCode.BAD_CONSTRAINT, item, "'" + prop + "' is listed twice in required");
          }
        });
      }
    });
    List<PropertyDef> result = new ArrayList<>();
    Map<String, String> javaNames = new HashMap<>();
    for (Map.Entry<String, SpecNode> entry : propertyNodes.entrySet()) {
      String wire = entry.getKey();
      SpecNode node = entry.getValue();
      Optional<String> member = memberName(wire, node, "property", javaNames);
      Optional<TypeRef> type = typeOf(node, false);
      if (member.isPresent() && type.isPresent() && type.get().isEpochMillis()) {
        claim(member.get() + "Instant", "the Instant view of property '" + wire + "'", node, javaNames);
      }
      String propertyDescription =
          node instanceof SpecNode.Mapping pm ? check.text(pm, "description") : "";
      Constraints constraints =
          node instanceof SpecNode.Mapping pm && type.isPresent() ? constraints(pm, type.get()) : Constraints.NONE;
      // A value other than a boolean is reported by propertyExtensions.
      boolean pii = node instanceof SpecNode.Mapping pm
          && pm.get("x-lark-pii").orElse(null) instanceof SpecNode.Scalar flag
          && flag.kind() == SpecNode.ScalarKind.BOOLEAN
          && Boolean.parseBoolean(flag.text().toLowerCase(Locale.ROOT));
      type.ifPresent(t -> result.add(
          new PropertyDef(wire, t, required.contains(wire), propertyDescription, constraints, pii)));
    }
    return new ObjectDef(name, description, result);
  }

  /**
   * Checks a property or parameter name: it must give a Java name, and the member the writers
   * derive from it ({@code begin_time} → {@code beginTime}, {@code class} → {@code class_},
   * {@code hash_code} → {@code hashCode_}) must not be taken yet.
   *
   * @return the derived member name
   */
  private Optional<String> memberName(String wire, SpecNode node, String what, Map<String, String> taken) {
    if (!limits.name(node, what, wire)) {
      return Optional.empty();
    }
    String java = Names.lowerCamel(wire);
    if (java.isEmpty() || !Character.isJavaIdentifierStart(java.charAt(0)) || !canBeIdentifier(java)) {
      check.report(ProblemCode.INVALID_NAME, node,
          what + " '" + wire + "' does not give a Java name (got '" + java + "')");
      return Optional.empty();
    }
    String member = Names.memberName(wire);
    return claim(member, what + " '" + wire + "'", node, taken) ? Optional.of(member) : Optional.empty();
  }

  /** Takes {@code member} for {@code owner}; reports a clash if something else has it. */
  private boolean claim(String member, String owner, SpecNode node, Map<String, String> taken) {
    String first = taken.putIfAbsent(member, owner);
    if (first != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          owner + " and " + first + " both become '" + member + "'");
      return false;
    }
    return true;
  }

  private static boolean canBeIdentifier(String name) {
    try {
      Names.javaIdentifier(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Optional<EnumDef> enumSchema(String name, SpecNode.Mapping m) {
    String description = check.text(m, "description");
    Optional<String> type = schemaType(m, false);
    EnumDef.Kind kind = null;
    if (type.isPresent()) {
      SpecNode typeNode = m.get("type").orElseThrow();
      Optional<SpecNode> format = m.get("format");
      if (type.get().equals("integer")) {
        kind = EnumDef.Kind.INT;
        format.ifPresent(f -> {
          if (!(f instanceof SpecNode.Scalar s && s.text().equals("int32"))) {
            check.report(ProblemCode.UNSUPPORTED_FORMAT, f,
                "integer enums must be int32 (format: int32, or no format)");
          }
        });
      } else if (type.get().equals("string")) {
        kind = EnumDef.Kind.STRING;
        format.ifPresent(f -> check.report(ProblemCode.UNSUPPORTED_FORMAT, f, "string enums take no format"));
      } else {
        check.report(ProblemCode.ENUM_VALUE_TYPE, typeNode,
            "enums must be of type integer or string, not " + type.get());
      }
    }
    Optional<SpecNode.Sequence> values = check.sequence(m, "enum", true, ProblemCode.ENUM_VALUE_TYPE);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    if (values.get().items().isEmpty()) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, values.get(), "enum has no values");
    }
    if (!limits.enumValues(values.get(), name, values.get().items().size())) {
      return Optional.empty();
    }
    List<String> wireValues = new ArrayList<>();
    Map<String, SpecNode> seenValues = new HashMap<>();
    boolean valuesOk = kind != null;
    for (SpecNode item : values.get().items()) {
      Optional<String> value = kind == null ? Optional.empty() : enumValue(item, kind);
      valuesOk &= value.isPresent();
      value.ifPresent(v -> {
        wireValues.add(v);
        SpecNode first = seenValues.putIfAbsent(v, item);
        if (first != null) {
          check.report(ProblemCode.DUPLICATE_ENUM_VALUE, item, "value " + v + " is listed twice");
        }
      });
    }
    int size = values.get().items().size();
    Optional<SpecNode> varNamesNode = m.get("x-enum-varnames");
    List<String> varNames = null;
    if (varNamesNode.isEmpty()) {
      check.report(ProblemCode.ENUM_WITHOUT_NAMES, m,
          "enum schema '" + name + "' has no x-enum-varnames");
    } else {
      varNames = parallelList(m, "x-enum-varnames", size, ProblemCode.ENUM_NAME_INVALID).orElse(null);
      if (varNames != null) {
        SpecNode.Sequence seq = (SpecNode.Sequence) varNamesNode.get();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < varNames.size(); i++) {
          String varName = varNames.get(i);
          if (!limits.name(seq.items().get(i), "x-enum-varnames entry", varName)) {
            continue;
          }
          if (!UPPER_SNAKE.matcher(varName).matches()) {
            check.report(ProblemCode.ENUM_NAME_INVALID, seq.items().get(i),
                "'" + varName + "' is not an UPPER_SNAKE name" + upperSnakeSuggestion(varName));
          } else if (seen.putIfAbsent(varName, i) != null) {
            check.report(ProblemCode.ENUM_NAME_INVALID, seq.items().get(i),
                "'" + varName + "' is used twice (also for value " + (seen.get(varName) + 1) + ")");
          }
        }
        if (varNames.size() != size) {
          varNames = null;
        }
      }
    }
    List<String> descriptions =
        parallelList(m, "x-enum-descriptions", size, ProblemCode.BAD_EXTENSION).orElse(null);
    List<String> descriptionsEn =
        parallelList(m, "x-lark-enum-descriptions-en", size, ProblemCode.BAD_EXTENSION).orElse(null);
    if (!valuesOk || varNames == null) {
      return Optional.empty();
    }
    List<EnumValueDef> result = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      result.add(new EnumValueDef(
          wireValues.get(i),
          varNames.get(i),
          descriptions == null || descriptions.size() != size ? "" : descriptions.get(i),
          descriptionsEn == null || descriptionsEn.size() != size ? "" : descriptionsEn.get(i)));
    }
    return Optional.of(new EnumDef(name, description, kind, result));
  }

  /** A list parallel to {@code enum}: strings, same length; reports mismatches. */
  private Optional<List<String>> parallelList(SpecNode.Mapping m, String key, int size, ProblemCode itemCode) {
    Optional<SpecNode.Sequence> seq = check.sequence(m, key, false, itemCode);
    if (seq.isEmpty()) {
      return Optional.empty();
    }
    if (seq.get().items().size() != size) {
      check.report(ProblemCode.ENUM_NAMES_MISMATCH, seq.get(),
          key + " has " + seq.get().items().size() + " entries but enum has " + size);
    }
    List<String> result = new ArrayList<>();
    boolean ok = true;
    for (SpecNode item : seq.get().items()) {
      if (item instanceof SpecNode.Scalar s && s.kind() != SpecNode.ScalarKind.NULL
          && (s.kind() == SpecNode.ScalarKind.STRING || !key.equals("x-enum-varnames"))) {
        result.add(s.text());
      } else {
        check.report(itemCode, item, key + " entries must be strings, not a " + item.describe());
        ok = false;
      }
    }
    return ok ? Optional.of(result) : Optional.empty();
  }

  private Optional<String> enumValue(SpecNode item, EnumDef.Kind kind) {
    if (!(item instanceof SpecNode.Scalar scalar)) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, item, "enum values must be scalars, not a " + item.describe());
      return Optional.empty();
    }
    if (kind == EnumDef.Kind.INT) {
      if (scalar.kind() == SpecNode.ScalarKind.INTEGER && scalar.text().matches("-?[0-9]{1,10}")) {
        long value = Long.parseLong(scalar.text());
        if (value == (int) value) {
          return Optional.of(Long.toString(value));
        }
      }
      check.report(ProblemCode.ENUM_VALUE_TYPE, item,
          "value '" + scalar.text() + "' of an integer enum is not a 32-bit decimal integer");
      return Optional.empty();
    }
    if (scalar.kind() != SpecNode.ScalarKind.STRING) {
      check.report(ProblemCode.ENUM_VALUE_TYPE, item,
          "value " + scalar.text() + " of a string enum is a " + scalar.describe() + "; quote it: \"" + scalar.text() + "\"");
      return Optional.empty();
    }
    return Optional.of(scalar.text());
  }

  // ------------------------------------------------------------------------- types

  /**
   * The type of a property or parameter schema.
   *
   * @param node the schema
   * @param inParameter whether it is a parameter's schema (which may not be an object)
   */
  private Optional<TypeRef> typeOf(SpecNode node, boolean inParameter) {
    Optional<SpecNode.Mapping> mapping = check.asMapping(node, ProblemCode.UNKNOWN_TYPE, "a schema");
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping m = mapping.get();
    unsupportedKeywords(m);
    Optional<SpecNode> ref = m.get("$ref");
    if (ref.isPresent()) {
      return schemaRef(ref.get()).map(TypeRef.Named::new);
    }
    if (m.has("enum")) {
      check.report(ProblemCode.INLINE_ENUM, m.get("enum").orElseThrow(),
          "inline enum; enums must be named schemas referred to with $ref");
      return Optional.empty();
    }
    if (!m.has("type") && m.has("properties")) {
      check.report(ProblemCode.INLINE_OBJECT, m, "inline object schema; nested objects must be $refs");
      return Optional.empty();
    }
    Optional<String> type = schemaType(m, false);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    switch (type.get()) {
      case "object":
        check.report(ProblemCode.INLINE_OBJECT, m.get("type").orElseThrow(),
            "inline object schema; nested objects must be $refs to components/schemas");
        return Optional.empty();
      case "array": {
        Optional<SpecNode> items = m.get("items");
        if (items.isEmpty()) {
          check.report(ProblemCode.UNKNOWN_TYPE, m.pointer().child("items"),
              "array schema has no items (add items: with the element type)");
          return Optional.empty();
        }
        Optional<TypeRef> element = typeOf(items.get(), inParameter);
        if (element.isPresent() && inParameter && element.get() instanceof TypeRef.ListOf) {
          check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, items.get(),
              "arrays of arrays cannot be sent as query parameters");
          return Optional.empty();
        }
        return element.map(TypeRef.ListOf::new);
      }
      default:
        return scalar(m, type.get()).map(TypeRef.Scalar::new);
    }
  }

  private Optional<TypeRef.ScalarKind> scalar(SpecNode.Mapping m, String type) {
    Optional<SpecNode> formatNode = m.get("format");
    Optional<String> format = Optional.empty();
    if (formatNode.isPresent()) {
      format = check.asString(formatNode.get(), ProblemCode.UNSUPPORTED_FORMAT, "format");
      if (format.isEmpty()) {
        return Optional.empty();
      }
    }
    String f = format.orElse("");
    Optional<TypeRef.ScalarKind> kind;
    List<String> supported;
    switch (type) {
      case "integer":
        supported = List.of("int32", "int64", "epoch-millis");
        kind = switch (f) {
          case "", "int32" -> Optional.of(TypeRef.ScalarKind.INT32);
          case "int64" -> Optional.of(TypeRef.ScalarKind.INT64);
          case "epoch-millis" -> Optional.of(TypeRef.ScalarKind.EPOCH_MILLIS);
          default -> Optional.empty();
        };
        break;
      case "string":
        supported = List.of("epoch-millis");
        kind = switch (f) {
          case "" -> Optional.of(TypeRef.ScalarKind.STRING);
          case "epoch-millis" -> Optional.of(TypeRef.ScalarKind.EPOCH_MILLIS_STRING);
          default -> Optional.empty();
        };
        break;
      case "number":
        supported = List.of("double", "float");
        kind = f.isEmpty() || f.equals("double") || f.equals("float")
            ? Optional.of(TypeRef.ScalarKind.DOUBLE) : Optional.empty();
        break;
      default:
        supported = List.of();
        kind = f.isEmpty() ? Optional.of(TypeRef.ScalarKind.BOOLEAN) : Optional.empty();
        break;
    }
    if (kind.isEmpty()) {
      check.report(ProblemCode.UNSUPPORTED_FORMAT, formatNode.orElseThrow(),
          "format '" + f + "' is not supported on type " + type + " (supported: " + supported + ")"
              + Suggestions.closest(f, supported));
    }
    return kind;
  }

  /** Resolves a schema {@code $ref} to a schema name; reports it if it points at nothing. */
  private Optional<String> schemaRef(SpecNode refNode) {
    Optional<String> ref = check.asString(refNode, ProblemCode.UNRESOLVED_REF, "$ref");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String prefix = "#/components/schemas/";
    if (!ref.get().startsWith("#")) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' is not a local reference; only #/components/schemas/Name is supported");
      return Optional.empty();
    }
    JsonPointer target;
    try {
      target = JsonPointer.parse(ref.get());
    } catch (IllegalArgumentException e) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode, "'" + ref.get() + "' is not a JSON pointer: " + e.getMessage());
      return Optional.empty();
    }
    if (!ref.get().startsWith(prefix) || target.tokens().size() != 3) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not name a schema; write " + prefix + "Name");
      return Optional.empty();
    }
    String name = target.last();
    if (!schemaNodes.containsKey(name)) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not exist" + Suggestions.closest(name, new ArrayList<>(schemaNodes.keySet())));
      return Optional.empty();
    }
    return Optional.of(name);
  }

  // ------------------------------------------------------------------------- constraints

  private Constraints constraints(SpecNode.Mapping m, TypeRef type) {
    // A plain string may carry bounds too: then it spells a number (a string page_size).
    boolean numeric = type instanceof TypeRef.Scalar s && s.kind() != TypeRef.ScalarKind.BOOLEAN;
    boolean isString = type instanceof TypeRef.Scalar s
        && (s.kind() == TypeRef.ScalarKind.STRING || s.kind() == TypeRef.ScalarKind.EPOCH_MILLIS_STRING);
    boolean isArray = type instanceof TypeRef.ListOf;
    String typeName = describe(type);

    Optional<BigDecimal> minimum = bound(m, "minimum", numeric, typeName);
    Optional<BigDecimal> maximum = bound(m, "maximum", numeric, typeName);
    boolean exclusiveMinimum = exclusive(m, "exclusiveMinimum", "minimum", minimum, numeric, typeName);
    boolean exclusiveMaximum = exclusive(m, "exclusiveMaximum", "maximum", maximum, numeric, typeName);
    if (minimum.isPresent() && maximum.isPresent()) {
      int cmp = maximum.get().compareTo(minimum.get());
      if (cmp < 0 || (cmp == 0 && (exclusiveMinimum || exclusiveMaximum))) {
        check.report(ProblemCode.BAD_CONSTRAINT, m.get("maximum").orElseThrow(),
            "maximum " + maximum.get().toPlainString() + " is less than minimum "
                + minimum.get().toPlainString() + ", so no value is allowed");
      }
    }
    OptionalInt minItems = count(m, "minItems", isArray, typeName);
    OptionalInt maxItems = count(m, "maxItems", isArray, typeName);
    orderedCounts(m, "minItems", minItems, "maxItems", maxItems);
    OptionalInt minLength = count(m, "minLength", isString, typeName);
    OptionalInt maxLength = count(m, "maxLength", isString, typeName);
    orderedCounts(m, "minLength", minLength, "maxLength", maxLength);
    Optional<String> pattern = pattern(m, type, typeName);
    Optional<Constraints> items = Optional.empty();
    if (type instanceof TypeRef.ListOf list && m.get("items").orElse(null) instanceof SpecNode.Mapping itemSchema) {
      items = Optional.of(constraints(itemSchema, list.element())).filter(c -> !c.isEmpty());
    }
    return new Constraints(
        minimum, exclusiveMinimum, maximum, exclusiveMaximum, minItems, maxItems, minLength, maxLength, pattern, items);
  }

  /** A string's {@code pattern}, checked to be a regular expression. */
  private Optional<String> pattern(SpecNode.Mapping m, TypeRef type, String typeName) {
    Optional<SpecNode> node = m.get("pattern");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(type instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'pattern' applies to strings, not to " + typeName);
      return Optional.empty();
    }
    Optional<String> pattern = check.asString(node.get(), ProblemCode.BAD_PATTERN, "'pattern'");
    if (pattern.isEmpty()) {
      return Optional.empty();
    }
    try {
      Pattern.compile(pattern.get());
    } catch (PatternSyntaxException e) {
      check.report(ProblemCode.BAD_PATTERN, node.get(),
          "'" + pattern.get() + "' is not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
      return Optional.empty();
    }
    return pattern;
  }

  private static String describe(TypeRef type) {
    if (type instanceof TypeRef.Scalar s) {
      return s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    if (type instanceof TypeRef.Named n) {
      return n.schemaName();
    }
    return "array";
  }

  private Optional<BigDecimal> bound(SpecNode.Mapping m, String key, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!allowed) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to numbers, epoch-millis and strings that spell numbers, not to " + typeName);
      return Optional.empty();
    }
    return check.asNumber(node.get(), ProblemCode.BAD_CONSTRAINT, "'" + key + "'");
  }

  private boolean exclusive(
      SpecNode.Mapping m, String key, String boundKey, Optional<BigDecimal> bound, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return false;
    }
    if (!allowed) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to numbers, epoch-millis and strings that spell numbers, not to " + typeName);
      return false;
    }
    if (!(node.get() instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
          "in OpenAPI 3.0 '" + key + "' is true or false and qualifies '" + boundKey + "' (write " + boundKey + ": N and " + key + ": true)");
      return false;
    }
    boolean value = Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
    if (value && bound.isEmpty() && !m.has(boundKey)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + ": true' needs a '" + boundKey + "'");
    }
    return value;
  }

  private OptionalInt count(SpecNode.Mapping m, String key, boolean allowed, String typeName) {
    Optional<SpecNode> node = m.get(key);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!allowed) {
      String appliesTo = key.endsWith("Items") ? "arrays" : "strings";
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' applies to " + appliesTo + ", not to " + typeName);
      return OptionalInt.empty();
    }
    Optional<Integer> value = check.int32(m, key, true, ProblemCode.BAD_CONSTRAINT);
    if (value.isPresent() && value.get() < 0) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "'" + key + "' must not be negative");
      return OptionalInt.empty();
    }
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  private void orderedCounts(SpecNode.Mapping m, String minKey, OptionalInt min, String maxKey, OptionalInt max) {
    if (min.isPresent() && max.isPresent() && max.getAsInt() < min.getAsInt()) {
      check.report(ProblemCode.BAD_CONSTRAINT, m.get(maxKey).orElseThrow(),
          maxKey + " " + max.getAsInt() + " is less than " + minKey + " " + min.getAsInt());
    }
  }

  /** Checks a {@code default} against the type and constraints; returns its text. */
  private Optional<String> defaultValue(SpecNode.Mapping schema, TypeRef type, Constraints constraints) {
    Optional<SpecNode> node = schema.get("default");
    if (node.isEmpty()) {
      if (type instanceof TypeRef.Named named && schemaNodes.containsKey(named.schemaName())) {
        Optional<SpecNode> inherited = schemaNodes.get(named.schemaName()).get("default");
        if (inherited.isPresent() && inherited.get() instanceof SpecNode.Scalar s) {
          return enumDefault(inherited.get(), s, named.schemaName());
        }
      }
      return Optional.empty();
    }
    if (!(node.get() instanceof SpecNode.Scalar scalar) || scalar.kind() == SpecNode.ScalarKind.NULL) {
      if (type instanceof TypeRef.ListOf && node.get() instanceof SpecNode.Sequence) {
        return Optional.empty();
      }
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default must be a value of type " + describe(type));
      return Optional.empty();
    }
    if (type instanceof TypeRef.Named named) {
      return enumDefault(node.get(), scalar, named.schemaName());
    }
    if (!(type instanceof TypeRef.Scalar s)) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default of an array must be a sequence");
      return Optional.empty();
    }
    boolean fits = switch (s.kind()) {
      case INT32, INT64, EPOCH_MILLIS -> scalar.kind() == SpecNode.ScalarKind.INTEGER;
      case DOUBLE -> scalar.kind() == SpecNode.ScalarKind.INTEGER || scalar.kind() == SpecNode.ScalarKind.FLOAT;
      case BOOLEAN -> scalar.kind() == SpecNode.ScalarKind.BOOLEAN;
      case STRING -> scalar.kind() == SpecNode.ScalarKind.STRING;
      case EPOCH_MILLIS_STRING -> scalar.kind() == SpecNode.ScalarKind.STRING && scalar.text().matches("-?[0-9]+");
      case BINARY -> false;
    };
    if (!fits) {
      check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
          "default '" + scalar.text() + "' is not a value of type " + describe(type));
      return Optional.empty();
    }
    if (s.kind() != TypeRef.ScalarKind.STRING && s.kind() != TypeRef.ScalarKind.BOOLEAN) {
      BigDecimal value;
      try {
        value = new BigDecimal(scalar.text().replace("_", ""));
      } catch (NumberFormatException e) {
        check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default '" + scalar.text() + "' is not a decimal number");
        return Optional.empty();
      }
      if (s.kind() == TypeRef.ScalarKind.INT32 && (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
          || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
        check.report(ProblemCode.BAD_CONSTRAINT, node.get(), "default " + scalar.text() + " does not fit in 32 bits");
      }
      if (constraints.minimum().isPresent()) {
        int cmp = value.compareTo(constraints.minimum().get());
        if (cmp < 0 || (cmp == 0 && constraints.exclusiveMinimum())) {
          check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
              "default " + scalar.text() + " is below the minimum " + constraints.minimum().get().toPlainString());
        }
      }
      if (constraints.maximum().isPresent()) {
        int cmp = value.compareTo(constraints.maximum().get());
        if (cmp > 0 || (cmp == 0 && constraints.exclusiveMaximum())) {
          check.report(ProblemCode.BAD_CONSTRAINT, node.get(),
              "default " + scalar.text() + " is above the maximum " + constraints.maximum().get().toPlainString());
        }
      }
    }
    return Optional.of(scalar.text());
  }

  private Optional<String> enumDefault(SpecNode node, SpecNode.Scalar scalar, String schemaName) {
    SchemaDef def = schemas.get(schemaName);
    if (def instanceof EnumDef enumDef) {
      boolean known = enumDef.values().stream().anyMatch(v -> v.wireValue().equals(scalar.text()));
      if (!known) {
        check.report(ProblemCode.BAD_CONSTRAINT, node,
            "default '" + scalar.text() + "' is not a value of enum " + schemaName);
        return Optional.empty();
      }
    }
    return Optional.of(scalar.text());
  }

  // ------------------------------------------------------------------------- operations

  private List<OperationDef> operations(
      SpecNode.Mapping root, Optional<EnvelopeDef> envelope, List<String> rootAppTypes) {
    Optional<SpecNode.Mapping> paths = check.mapping(root, "paths", false, ProblemCode.OPENAPI_STRUCTURE);
    if (paths.isEmpty()) {
      return List.of();
    }
    Optional<SpecNode> rootSecurity = root.get("security");
    List<OperationDef> result = new ArrayList<>();
    TakenNames names = new TakenNames();
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
            .flatMap(op -> operation(path, opEntry.getKey(), op, pathParameters, envelope, rootAppTypes, rootSecurity, names))
            .ifPresent(result::add);
      }
    }
    return result;
  }

  /** Java names taken so far, across operations. */
  private static final class TakenNames {
    final Map<String, SpecNode> operationIds = new HashMap<>();
    final Map<String, String> requestClasses = new HashMap<>();
    final Map<String, String> resources = new HashMap<>();
    final Map<String, Map<String, String>> methodsByResource = new HashMap<>();
  }

  private Optional<OperationDef> operation(
      String path,
      String httpMethod,
      SpecNode.Mapping op,
      List<SpecNode> pathParameters,
      Optional<EnvelopeDef> envelope,
      List<String> rootAppTypes,
      Optional<SpecNode> rootSecurity,
      TakenNames names) {
    unsupported.clear();
    withoutData = false;
    boolean ok = true;
    Optional<String> operationId = operationId(op, names);
    ok &= operationId.isPresent();
    Optional<String> resource = resource(op, names);
    ok &= resource.isPresent();
    Optional<String> method = larkMethod(op);
    ok &= method.isPresent();

    Params params = parameters(path, op, pathParameters);
    ok &= params.ok();
    List<ParameterDef> parameters = new ArrayList<>(params.built());
    Optional<SpecNode> bodyNode = op.get("requestBody");
    if (bodyNode.isPresent()) {
      Optional<List<ParameterDef>> body = requestBody(httpMethod, bodyNode.get(), params);
      body.ifPresent(parameters::addAll);
      ok &= body.isPresent();
    }

    Optional<EnvelopeDef> effectiveEnvelope = envelope.map(e -> operationEnvelope(op, e));
    Optional<String> dataSchema = response(op, effectiveEnvelope);
    ok &= dataSchema.isPresent() || withoutData;

    Optional<PaginationDef> pagination = pagination(op, params, dataSchema);
    pagination.ifPresent(p -> integerPageSize(parameters, p.pageSizeParam()));
    Optional<RateLimitDef> rateLimit = rateLimit(op, operationId.orElse(""));
    List<RequireAnyDef> requireAny = requireAny(op, params);
    ScopesDef scopes = scopes(op, params);
    List<String> appTypes = appTypes(op).orElse(rootAppTypes);
    List<ErrorCodeDef> errorCodes = errorCodes(op, "x-lark-error-codes");
    List<String> tokenTypes = tokenTypes(op, rootSecurity);
    Optional<String> docUrl = doc(op);
    Optional<OperationDef.Deprecation> deprecation = deprecation(op);
    Optional<String> idempotencyKey = idempotencyKey(op, parameters);

    if (resource.isPresent() && method.isPresent()) {
      Map<String, String> taken = names.methodsByResource.computeIfAbsent(resource.get(), r -> new HashMap<>());
      List<String> generated = new ArrayList<>(List.of(method.get(), method.get() + "Async"));
      if (op.has("x-lark-pagination")) {
        generated.add(method.get() + "All");
      }
      String self = operationId.orElse(httpMethod + " " + path);
      for (String javaName : generated) {
        String first = taken.putIfAbsent(javaName, self);
        if (first != null && !first.equals(self)) {
          check.report(ProblemCode.JAVA_NAME_CLASH, op.get("x-lark-method").orElseThrow(),
              "method '" + javaName + "' of resource '" + resource.get() + "' is generated for both "
                  + first + " and " + self);
          break;
        }
      }
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
            pagination,
            rateLimit,
            requireAny,
            scopes,
            appTypes,
            errorCodes,
            tokenTypes,
            docUrl,
            deprecation,
            idempotencyKey,
            effectiveEnvelope.orElse(EnvelopeDef.FEISHU)));
  }

  private Optional<String> operationId(SpecNode.Mapping op, TakenNames names) {
    Optional<SpecNode> node = op.get("operationId");
    if (node.isEmpty()) {
      check.report(ProblemCode.MISSING_OPERATION_ID, op, "the operation has no operationId");
      return Optional.empty();
    }
    Optional<String> id = check.asString(node.get(), ProblemCode.MISSING_OPERATION_ID, "operationId");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    SpecNode first = names.operationIds.putIfAbsent(id.get(), node.get());
    if (first != null) {
      check.report(ProblemCode.DUPLICATE_OPERATION_ID, node.get(),
          "operationId '" + id.get() + "' is also used at " + first.pointer().parent());
      return Optional.empty();
    }
    if (!identifierPart(node.get(), id.get(), "operationId")) {
      return Optional.empty();
    }
    String requestClass = Names.upperCamel(id.get());
    String clash = names.requestClasses.putIfAbsent(requestClass, id.get());
    if (clash != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node.get(),
          "operationId '" + id.get() + "' and operationId '" + clash + "' both become " + requestClass + "Request");
      return Optional.empty();
    }
    return id;
  }

  private Optional<String> resource(SpecNode.Mapping op, TakenNames names) {
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
    if (!identifierPart(tagNode, tag, "tag")) {
      return Optional.empty();
    }
    String javaName = Names.upperCamel(tag);
    String first = names.resources.putIfAbsent(javaName, tag);
    if (first != null && !first.equals(tag)) {
      check.report(ProblemCode.JAVA_NAME_CLASH, tagNode,
          "tag '" + tag + "' and tag '" + first + "' both become " + javaName + "Api");
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

  // ------------------------------------------------------------------------- request bodies

  /**
   * The JSON request body, as a {@link ParameterDef.Location#BODY} parameter named {@code body}:
   * {@code content: application/json: schema: $ref} to an object schema.
   */
  private Optional<List<ParameterDef>> requestBody(String httpMethod, SpecNode node, Params params) {
    if (httpMethod.equals("get") || httpMethod.equals("head")) {
      check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, node,
          "a " + httpMethod.toUpperCase(Locale.ROOT) + " operation cannot send a request body");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> body = check.asMapping(node, ProblemCode.OPENAPI_STRUCTURE, "requestBody");
    if (body.isEmpty()) {
      return Optional.empty();
    }
    boolean required = body.get().get("required")
        .flatMap(r -> check.asBoolean(r, ProblemCode.OPENAPI_STRUCTURE, "required")).orElse(false);
    Optional<SpecNode.Mapping> content = check.mapping(body.get(), "content", true, ProblemCode.OPENAPI_STRUCTURE);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    if (content.get().entries().size() == 1 && content.get().has("multipart/form-data")) {
      return form(content.get().get("multipart/form-data").orElseThrow(), params);
    }
    Optional<SpecNode> json = content.get().get("application/json");
    if (json.isEmpty() || content.get().entries().size() != 1) {
      check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, content.get(),
          "request bodies are generated for application/json only, not " + content.get().entries().keySet());
      return Optional.empty();
    }
    Optional<SpecNode> ref = schemaRefOf(json.get(), "application/json", "the request body schema");
    Optional<String> name = ref.flatMap(this::schemaRef);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (!(schemas.get(name.get()) instanceof ObjectDef)) {
      if (schemaNodes.containsKey(name.get()) && schemaNodes.get(name.get()).has("enum")) {
        check.report(ProblemCode.UNSUPPORTED_REQUEST_BODY, ref.get(),
            "the request body must be an object schema, not the enum " + name.get());
      }
      return Optional.empty();
    }
    if (params.built().stream().anyMatch(p -> Names.memberName(p.name()).equals("body"))) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "the request body and a parameter both become 'body' in the request");
      return Optional.empty();
    }
    return Optional.of(List.of(new ParameterDef(
        "body", ParameterDef.Location.BODY, required, new TypeRef.Named(name.get()),
        check.text(body.get(), "description"), Optional.empty(), Constraints.NONE)));
  }

  /**
   * The fields of a {@code multipart/form-data} request body, as {@link
   * ParameterDef.Location#FORM} parameters in the form schema's order: {@code schema: $ref} to an
   * object schema whose properties are files ({@code type: string, format: binary}, with an
   * optional {@code x-lark-max-bytes}), scalars or enums. A form with an array or object field is
   * not generated (the operation is skipped).
   */
  private Optional<List<ParameterDef>> form(SpecNode media, Params params) {
    Optional<String> name = schemaRefOf(media, "multipart/form-data", "the form schema").flatMap(this::schemaRef);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    SpecNode.Mapping formNode = schemaNodes.get(name.get());
    Optional<SpecNode.Mapping> properties =
        check.mapping(formNode, "properties", true, ProblemCode.UNSUPPORTED_REQUEST_BODY);
    if (properties.isEmpty()) {
      return Optional.empty();
    }
    Set<String> required = new HashSet<>(
        check.stringList(formNode, "required", false, ProblemCode.OPENAPI_STRUCTURE).orElse(List.of()));
    Map<String, String> taken = new HashMap<>();
    params.built().forEach(p -> taken.put(Names.memberName(p.name()), "parameter '" + p.name() + "'"));
    List<ParameterDef> fields = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, SpecNode> entry : properties.get().entries().entrySet()) {
      String field = entry.getKey();
      Optional<SpecNode.Mapping> m = check.asMapping(entry.getValue(), ProblemCode.UNKNOWN_TYPE, "form field '" + field + "'");
      if (m.isEmpty() || memberName(field, entry.getValue(), "form field", taken).isEmpty()) {
        ok = false;
        continue;
      }
      Optional<TypeRef> type;
      Constraints constraints;
      if (isFile(m.get())) {
        type = Optional.of(new TypeRef.Scalar(TypeRef.ScalarKind.BINARY));
        // Checked, and reported when malformed, with the schema's other property extensions.
        OptionalLong maxBytes = m.get().get("x-lark-max-bytes").orElse(null) instanceof SpecNode.Scalar max
                && max.kind() == SpecNode.ScalarKind.INTEGER && max.text().matches("[1-9][0-9]{0,17}")
            ? OptionalLong.of(Long.parseLong(max.text()))
            : OptionalLong.empty();
        constraints = new Constraints(Optional.empty(), false, Optional.empty(), false, OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), maxBytes);
      } else {
        type = typeOf(m.get(), true);
        if (type.isPresent() && (type.get() instanceof TypeRef.ListOf
            || type.get() instanceof TypeRef.Named named && !(schemas.get(named.schemaName()) instanceof EnumDef))) {
          unsupported.add("its form field '" + field + "' is " + (type.get() instanceof TypeRef.ListOf ? "an array" : "an object"));
          ok = false;
          continue;
        }
        constraints = type.map(t -> constraints(m.get(), t)).orElse(Constraints.NONE);
      }
      if (type.isEmpty()) {
        ok = false;
        continue;
      }
      fields.add(new ParameterDef(field, ParameterDef.Location.FORM, required.contains(field), type.get(),
          check.text(m.get(), "description"), Optional.empty(), constraints));
    }
    return ok ? Optional.of(fields) : Optional.empty();
  }

  /**
   * The {@code schema: $ref} node of a request body's media type; an inline schema is reported
   * as {@code what} needing to be a {@code $ref}.
   */
  private Optional<SpecNode> schemaRefOf(SpecNode media, String mediaType, String what) {
    Optional<SpecNode> schema = check.asMapping(media, ProblemCode.OPENAPI_STRUCTURE, mediaType)
        .flatMap(m -> check.required(m, "schema", ProblemCode.OPENAPI_STRUCTURE));
    Optional<SpecNode> ref = schema.flatMap(s -> child(s, "$ref"));
    if (schema.isPresent() && ref.isEmpty()) {
      check.report(ProblemCode.INLINE_OBJECT, schema.get(),
          what + " must be a $ref to an object schema under components/schemas");
    }
    return ref;
  }

  /** {@code type: string, format: binary}: a file of a form. */
  private static boolean isFile(SpecNode.Mapping m) {
    return m.get("type").orElse(null) instanceof SpecNode.Scalar type && type.text().equals("string")
        && m.get("format").orElse(null) instanceof SpecNode.Scalar format && format.text().equals("binary");
  }

  // ------------------------------------------------------------------------- parameters

  /**
   * The parameters of an operation.
   *
   * @param built the parameters that are correct, in spec order
   * @param declared every parameter written, correct or not, as {@code "in name"}: rules that
   *     name parameters check against these, so one broken parameter is reported once
   * @param ok whether every parameter is correct
   */
  private record Params(List<ParameterDef> built, Set<String> declared, boolean ok) {
    boolean declares(ParameterDef.Location in, String name) {
      return declared.contains(in.name() + " " + name);
    }

    boolean declaresAnywhere(String name) {
      return declared.stream().anyMatch(key -> key.endsWith(" " + name));
    }

    List<String> names(ParameterDef.Location in) {
      List<String> names = new ArrayList<>();
      for (String key : declared) {
        if (key.startsWith(in.name() + " ")) {
          names.add(key.substring(in.name().length() + 1));
        }
      }
      return names;
    }
  }

  private Params parameters(String path, SpecNode.Mapping op, List<SpecNode> pathLevel) {
    List<SpecNode> all = new ArrayList<>(pathLevel);
    op.get("parameters")
        .flatMap(p -> check.asSequence(p, ProblemCode.OPENAPI_STRUCTURE, "parameters"))
        .ifPresent(s -> all.addAll(s.items()));
    Map<String, ParameterDef> byKey = new LinkedHashMap<>();
    Map<String, SpecNode> nodeByKey = new HashMap<>();
    Map<String, SpecNode> declared = new LinkedHashMap<>();
    boolean ok = true;
    for (SpecNode raw : all) {
      Optional<SpecNode.Mapping> resolved = parameterNode(raw);
      if (resolved.isEmpty()) {
        ok = false;
        continue;
      }
      Optional<String> writtenName = resolved.get().get("name")
          .filter(n -> n instanceof SpecNode.Scalar).map(n -> ((SpecNode.Scalar) n).text());
      Optional<String> writtenIn = resolved.get().get("in")
          .filter(n -> n instanceof SpecNode.Scalar).map(n -> ((SpecNode.Scalar) n).text().toUpperCase(Locale.ROOT));
      if (writtenName.isPresent() && writtenIn.isPresent()) {
        declared.putIfAbsent(writtenIn.get() + " " + writtenName.get(), resolved.get());
      }
      Optional<ParameterDef> def = parameter(resolved.get());
      if (def.isEmpty()) {
        ok = false;
        continue;
      }
      String key = def.get().in() + " " + def.get().name();
      boolean fromOperation = !pathLevel.contains(raw);
      if (byKey.containsKey(key)) {
        boolean overridesPathLevel = fromOperation && pathLevel.contains(nodeByKey.get(key));
        if (!overridesPathLevel) {
          check.report(ProblemCode.DUPLICATE_PARAMETER, raw,
              "parameter '" + def.get().name() + "' in " + def.get().in().name().toLowerCase(Locale.ROOT) + " is listed twice");
          ok = false;
          continue;
        }
      }
      byKey.put(key, def.get());
      nodeByKey.put(key, raw);
    }
    ok &= limits.members(op.get("parameters").orElse(op), "the operation's parameter list", byKey.size());
    Map<String, String> javaNames = new HashMap<>();
    for (Map.Entry<String, ParameterDef> entry : byKey.entrySet()) {
      SpecNode node = nodeByKey.get(entry.getKey());
      memberName(entry.getValue().name(), node, "parameter", javaNames);
    }
    ok &= pathTemplate(path, op, declared);
    return new Params(List.copyOf(byKey.values()), declared.keySet(), ok);
  }

  private Optional<SpecNode.Mapping> parameterNode(SpecNode raw) {
    Optional<SpecNode.Mapping> mapping = check.asMapping(raw, ProblemCode.OPENAPI_STRUCTURE, "a parameter");
    if (mapping.isEmpty() || !mapping.get().has("$ref")) {
      return mapping;
    }
    SpecNode refNode = mapping.get().get("$ref").orElseThrow();
    Optional<String> ref = check.asString(refNode, ProblemCode.UNRESOLVED_REF, "$ref");
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String prefix = "#/components/parameters/";
    Optional<SpecNode> target = Optional.empty();
    if (ref.get().startsWith(prefix)) {
      try {
        JsonPointer pointer = JsonPointer.parse(ref.get());
        target = pointer.tokens().size() == 3 ? check.document().find(pointer) : Optional.empty();
      } catch (IllegalArgumentException e) {
        target = Optional.empty();
      }
    }
    if (target.isEmpty()) {
      check.report(ProblemCode.UNRESOLVED_REF, refNode,
          "'" + ref.get() + "' does not name an existing parameter under " + prefix);
      return Optional.empty();
    }
    return check.asMapping(target.get(), ProblemCode.OPENAPI_STRUCTURE, "a parameter");
  }

  private Optional<ParameterDef> parameter(SpecNode.Mapping p) {
    Optional<String> name = check.string(p, "name", true, ProblemCode.OPENAPI_STRUCTURE);
    Optional<String> in = check.string(p, "in", true, ProblemCode.OPENAPI_STRUCTURE);
    if (name.isEmpty() || in.isEmpty()) {
      return Optional.empty();
    }
    ParameterDef.Location location;
    if (in.get().equals("path")) {
      location = ParameterDef.Location.PATH;
    } else if (in.get().equals("query")) {
      location = ParameterDef.Location.QUERY;
    } else {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_LOCATION, p.get("in").orElseThrow(),
          "parameter '" + name.get() + "' is in " + in.get() + "; only path and query parameters are supported");
      return Optional.empty();
    }
    boolean required = false;
    Optional<SpecNode> requiredNode = p.get("required");
    if (requiredNode.isPresent()) {
      required = check.asBoolean(requiredNode.get(), ProblemCode.OPENAPI_STRUCTURE, "required").orElse(false);
    }
    if (location == ParameterDef.Location.PATH && !required) {
      check.report(ProblemCode.PATH_PARAMETER_MISMATCH, requiredNode.isPresent() ? requiredNode.get() : p,
          "path parameter '" + name.get() + "' must have required: true");
      return Optional.empty();
    }
    if (p.has("content")) {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, p.get("content").orElseThrow(),
          "parameter '" + name.get() + "' uses content; describe it with schema");
      return Optional.empty();
    }
    Optional<SpecNode> schemaNode = check.required(p, "schema", ProblemCode.OPENAPI_STRUCTURE);
    if (schemaNode.isEmpty()) {
      return Optional.empty();
    }
    Optional<TypeRef> type = typeOf(schemaNode.get(), true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    TypeRef element = type.get() instanceof TypeRef.ListOf list ? list.element() : type.get();
    if (element instanceof TypeRef.Named named && !(schemas.get(named.schemaName()) instanceof EnumDef)) {
      if (schemaNodes.containsKey(named.schemaName()) && !schemaNodes.get(named.schemaName()).has("enum")) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, schemaNode.get(),
            "parameter '" + name.get() + "' refers to object schema " + named.schemaName()
                + "; parameters are scalars, enums or arrays of those");
        return Optional.empty();
      }
    }
    if (location == ParameterDef.Location.PATH && type.get() instanceof TypeRef.ListOf) {
      check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, schemaNode.get(),
          "path parameter '" + name.get() + "' cannot be an array");
      return Optional.empty();
    }
    if (type.get() instanceof TypeRef.ListOf) {
      style(p);
    }
    SpecNode.Mapping schema = (SpecNode.Mapping) schemaNode.get();
    Constraints constraints = constraints(schema, type.get());
    Optional<String> defaultValue = defaultValue(schema, type.get(), constraints);
    return Optional.of(new ParameterDef(
        name.get(), location, required, type.get(), check.text(p, "description"), defaultValue, constraints));
  }

  /** Query arrays are sent as repeated keys: {@code style: form, explode: true}, the defaults. */
  private void style(SpecNode.Mapping p) {
    p.get("style").ifPresent(style -> {
      if (!(style instanceof SpecNode.Scalar s && s.text().equals("form"))) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, style,
            "query arrays are sent as repeated keys; use style: form");
      }
    });
    p.get("explode").ifPresent(explode -> {
      if (!(explode instanceof SpecNode.Scalar s && s.kind() == SpecNode.ScalarKind.BOOLEAN
          && Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)))) {
        check.report(ProblemCode.UNSUPPORTED_PARAMETER_TYPE, explode,
            "query arrays are sent as repeated keys; use explode: true");
      }
    });
  }

  private boolean pathTemplate(String path, SpecNode.Mapping op, Map<String, SpecNode> declared) {
    Set<String> placeholders = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(path);
    while (matcher.find()) {
      placeholders.add(matcher.group(1));
    }
    String prefix = ParameterDef.Location.PATH.name() + " ";
    boolean ok = true;
    for (String placeholder : placeholders) {
      if (!declared.containsKey(prefix + placeholder)) {
        check.report(ProblemCode.PATH_PARAMETER_MISMATCH, op,
            "the path has {" + placeholder + "} but the operation declares no path parameter '" + placeholder + "'");
        ok = false;
      }
    }
    for (Map.Entry<String, SpecNode> entry : declared.entrySet()) {
      if (!entry.getKey().startsWith(prefix)) {
        continue;
      }
      String name = entry.getKey().substring(prefix.length());
      if (!placeholders.contains(name)) {
        SpecNode.Mapping parameter = (SpecNode.Mapping) entry.getValue();
        check.report(ProblemCode.PATH_PARAMETER_MISMATCH, parameter.get("name").orElse(parameter),
            "path parameter '" + name + "' does not appear in the path " + path);
        ok = false;
      }
    }
    return ok;
  }

  // ------------------------------------------------------------------------- response

  private Optional<String> response(SpecNode.Mapping op, Optional<EnvelopeDef> envelope) {
    JsonPointer base = op.pointer();
    Optional<SpecNode.Mapping> responses = op.get("responses")
        .flatMap(r -> check.asMapping(r, ProblemCode.MISSING_RESPONSE, "responses"));
    if (responses.isEmpty()) {
      if (!op.has("responses")) {
        check.report(ProblemCode.MISSING_RESPONSE, base.child("responses"), "the operation has no responses");
      }
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> ok = responses.get().get("200")
        .flatMap(r -> check.asMapping(r, ProblemCode.MISSING_RESPONSE, "response 200"));
    if (ok.isEmpty()) {
      if (!responses.get().has("200")) {
        check.report(ProblemCode.MISSING_RESPONSE, responses.get().pointer().child("200"),
            "the operation has no '200' response");
      }
      return Optional.empty();
    }
    if (ok.get().has("$ref")) {
      check.report(ProblemCode.MISSING_RESPONSE, ok.get().get("$ref").orElseThrow(),
          "response $ref is not supported; write the 200 response in place");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> json = ok.get().get("content")
        .flatMap(c -> check.asMapping(c, ProblemCode.MISSING_RESPONSE, "content"))
        .flatMap(c -> c.get("application/json"))
        .flatMap(j -> check.asMapping(j, ProblemCode.MISSING_RESPONSE, "application/json"));
    if (json.isEmpty()) {
      check.report(ProblemCode.MISSING_RESPONSE, ok.get().pointer().append("content", "application/json"),
          "the 200 response has no application/json content");
      return Optional.empty();
    }
    Optional<SpecNode> schemaNode = json.get().get("schema");
    if (schemaNode.isEmpty()) {
      check.report(ProblemCode.MISSING_RESPONSE, json.get().pointer().child("schema"),
          "the 200 application/json content has no schema");
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> schema = check.asMapping(schemaNode.get(), ProblemCode.BAD_ENVELOPE, "the 200 schema");
    if (schema.isEmpty()) {
      return Optional.empty();
    }
    Optional<SpecNode> ref = schema.get().get("$ref");
    if (ref.isEmpty()) {
      check.report(ProblemCode.BAD_ENVELOPE, schema.get(),
          "the 200 schema must be a $ref to an envelope schema, not an inline schema");
      return Optional.empty();
    }
    Optional<String> envelopeName = schemaRef(ref.get());
    if (envelopeName.isEmpty() || envelope.isEmpty()) {
      return Optional.empty();
    }
    return envelopeData(envelopeName.get(), ref.get(), envelope.get());
  }

  private Optional<String> envelopeData(String envelopeName, SpecNode refNode, EnvelopeDef envelope) {
    SchemaDef def = schemas.get(envelopeName);
    if (def == null) {
      return Optional.empty();
    }
    if (!(def instanceof ObjectDef object)) {
      check.report(ProblemCode.BAD_ENVELOPE, refNode, "envelope " + envelopeName + " must be an object schema");
      return Optional.empty();
    }
    SpecNode.Mapping envelopeNode = schemaNodes.get(envelopeName);
    JsonPointer properties = envelopeNode.pointer().child("properties");
    Map<String, PropertyDef> byName = new HashMap<>();
    object.properties().forEach(p -> byName.put(p.jsonName(), p));
    boolean ok = true;
    PropertyDef code = byName.get(envelope.codeField());
    if (code == null || !(code.type() instanceof TypeRef.Scalar s
        && (s.kind() == TypeRef.ScalarKind.INT32 || s.kind() == TypeRef.ScalarKind.INT64))) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.codeField()),
          "envelope " + envelopeName + " needs an integer property '" + envelope.codeField() + "' (x-lark-envelope code)");
      ok = false;
    }
    PropertyDef msg = byName.get(envelope.msgField());
    if (msg == null || !(msg.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING)) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.msgField()),
          "envelope " + envelopeName + " needs a string property '" + envelope.msgField() + "' (x-lark-envelope msg)");
      ok = false;
    }
    PropertyDef data = byName.get(envelope.dataField());
    if (data == null && ok && !envelopeNode.get("properties").map(p -> child(p, envelope.dataField()).isPresent()).orElse(false)) {
      withoutData = true;
      return Optional.empty();
    }
    if (data == null || !(data.type() instanceof TypeRef.Named named)
        || !(schemas.get(named.schemaName()) instanceof ObjectDef)) {
      check.report(ProblemCode.BAD_ENVELOPE, properties.child(envelope.dataField()),
          "envelope " + envelopeName + " needs a property '" + envelope.dataField()
              + "' that is a $ref to an object schema (x-lark-envelope data)");
      return Optional.empty();
    }
    return ok ? Optional.of(named.schemaName()) : Optional.empty();
  }

  // ------------------------------------------------------------------------- extensions

  private Optional<PaginationDef> pagination(SpecNode.Mapping op, Params params, Optional<String> dataSchema) {
    Optional<SpecNode> node = op.get("x-lark-pagination");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<SpecNode.Mapping> m = check.asMapping(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-pagination");
    if (m.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = List.of("page-token-param", "page-size-param", "items", "has-more", "next-page-token");
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-pagination", keys);
    Map<String, String> values = new HashMap<>();
    for (String key : keys) {
      check.string(m.get(), key, true, ProblemCode.BAD_EXTENSION).ifPresent(v -> values.put(key, v));
    }
    if (values.size() != keys.size()) {
      return Optional.empty();
    }
    boolean ok = queryParameter(m.get(), "page-token-param", values.get("page-token-param"), params, TypeRef.ScalarKind.STRING);
    ok &= queryParameter(m.get(), "page-size-param", values.get("page-size-param"), params, TypeRef.ScalarKind.INT32);
    if (withoutData) {
      check.report(ProblemCode.BAD_EXTENSION, m.get(),
          "x-lark-pagination needs the envelope's data, and this operation's envelope has none");
      return Optional.empty();
    }
    if (dataSchema.isPresent() && schemas.get(dataSchema.get()) instanceof ObjectDef data) {
      ok &= itemsPath(m.get(), values.get("items"), data);
      ok &= dataProperty(m.get(), "has-more", values.get("has-more"), data, TypeRef.ScalarKind.BOOLEAN);
      ok &= dataProperty(m.get(), "next-page-token", values.get("next-page-token"), data, TypeRef.ScalarKind.STRING);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new PaginationDef(
        values.get("page-token-param"), values.get("page-size-param"), values.get("items"),
        values.get("has-more"), values.get("next-page-token")));
  }

  /**
   * Retypes a {@code type: string} page-size parameter as an integer: the request takes an
   * {@code Integer} whose bounds are checked like any other, and a query string carries the same
   * decimal text either way. Length and pattern rules of the string do not apply to a number.
   */
  private static void integerPageSize(List<ParameterDef> parameters, String pageSizeParam) {
    for (int i = 0; i < parameters.size(); i++) {
      ParameterDef p = parameters.get(i);
      if (p.in() == ParameterDef.Location.QUERY && p.name().equals(pageSizeParam)
          && p.type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING) {
        Constraints c = p.constraints();
        Constraints numeric = new Constraints(
            c.minimum(), c.exclusiveMinimum(), c.maximum(), c.exclusiveMaximum(),
            OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty());
        parameters.set(i, new ParameterDef(p.name(), p.in(), p.required(),
            new TypeRef.Scalar(TypeRef.ScalarKind.INT32), p.description(), p.defaultValue(), numeric));
      }
    }
  }

  private boolean queryParameter(
      SpecNode.Mapping m, String key, String name, Params params, TypeRef.ScalarKind kind) {
    SpecNode at = m.get(key).orElseThrow();
    if (!params.declares(ParameterDef.Location.QUERY, name) && params.declaresAnywhere(name) && !params.ok()) {
      return false;
    }
    if (!params.declares(ParameterDef.Location.QUERY, name)) {
      List<String> query = params.names(ParameterDef.Location.QUERY);
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' is not a query parameter of the operation (parameters: " + query + ")"
              + Suggestions.closest(name, query));
      return false;
    }
    Optional<ParameterDef> param = params.built().stream()
        .filter(p -> p.name().equals(name) && p.in() == ParameterDef.Location.QUERY).findFirst();
    if (param.isEmpty()) {
      return false;
    }
    boolean fits = param.get().type() instanceof TypeRef.Scalar s
        && (s.kind() == kind || (kind == TypeRef.ScalarKind.INT32 && s.kind() == TypeRef.ScalarKind.INT64));
    if (!fits && kind == TypeRef.ScalarKind.INT32
        && param.get().type() instanceof TypeRef.Scalar s && s.kind() == TypeRef.ScalarKind.STRING) {
      // A page size typed as a string (two Hire pages): an integer in Java, decimal on the wire.
      return true;
    }
    if (!fits) {
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' must be a " + (kind == TypeRef.ScalarKind.STRING ? "string" : "integer") + " parameter");
      return false;
    }
    return true;
  }

  /**
   * Checks {@code x-lark-pagination items}: a property of {@code data}, or a dotted path through
   * object properties ({@code minutes.sentences}), ending at an array property. A failure names
   * the schema pointer where the path stops resolving.
   */
  private boolean itemsPath(SpecNode.Mapping m, String path, ObjectDef data) {
    SpecNode at = m.get("items").orElseThrow();
    ObjectDef owner = data;
    List<String> segments = List.of(path.split("\\.", -1));
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      JsonPointer pointer = JsonPointer.ROOT.append("components", "schemas", owner.name(), "properties", segment);
      Optional<PropertyDef> property =
          owner.properties().stream().filter(p -> p.jsonName().equals(segment)).findFirst();
      if (property.isEmpty()) {
        List<String> names = owner.properties().stream().map(PropertyDef::jsonName).toList();
        check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
            "items '" + path + "' does not resolve: " + pointer + " does not exist (properties of "
                + owner.name() + ": " + names + ")" + Suggestions.closest(segment, names));
        return false;
      }
      TypeRef type = property.get().type();
      if (i == segments.size() - 1) {
        if (!(type instanceof TypeRef.ListOf)) {
          check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
              "items '" + path + "' does not resolve to an array: " + pointer + " is " + article(type));
          return false;
        }
      } else if (type instanceof TypeRef.Named named && schemas.get(named.schemaName()) instanceof ObjectDef next) {
        owner = next;
      } else {
        check.report(ProblemCode.BAD_PAGINATION_ITEMS, at,
            "items '" + path + "' does not resolve: " + pointer + " is " + article(type)
                + ", not an object to look into");
        return false;
      }
    }
    return true;
  }

  /** A type for a message: {@code a string}, {@code a Kind}, {@code an array}. */
  private static String article(TypeRef type) {
    return type instanceof TypeRef.ListOf ? "an array" : "a " + describe(type);
  }

  private boolean dataProperty(SpecNode.Mapping m, String key, String name, ObjectDef data, TypeRef.ScalarKind kind) {
    SpecNode at = m.get(key).orElseThrow();
    Optional<PropertyDef> property = data.properties().stream().filter(p -> p.jsonName().equals(name)).findFirst();
    if (property.isEmpty()) {
      List<String> names = data.properties().stream().map(PropertyDef::jsonName).toList();
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' is not a property of " + data.name() + " (properties: " + names + ")");
      return false;
    }
    TypeRef type = property.get().type();
    boolean fits = type instanceof TypeRef.Scalar s && s.kind() == kind;
    if (!fits) {
      String expected = kind == TypeRef.ScalarKind.BOOLEAN ? "a boolean" : "a string";
      check.report(ProblemCode.BAD_EXTENSION, at,
          key + " '" + name + "' must be " + expected + " property of " + data.name());
      return false;
    }
    return true;
  }

  private Optional<RateLimitDef> rateLimit(SpecNode.Mapping op, String operationId) {
    Optional<SpecNode.Mapping> m = check.mapping(op, "x-lark-rate-limit", false, ProblemCode.BAD_EXTENSION);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-rate-limit",
        List.of("requests-per-second", "requests-per-minute", "key", "special", "description"));
    boolean special = m.get().get("special")
        .flatMap(s -> check.asBoolean(s, ProblemCode.BAD_EXTENSION, "special")).orElse(false);
    if (special) {
      // 特殊频控: the docs give no numbers, so the client sets no budget of its own.
      if (m.get().has("requests-per-second") || m.get().has("requests-per-minute")) {
        check.report(ProblemCode.BAD_EXTENSION, m.get(),
            "a special rate limit (special: true) states no requests-per-second or requests-per-minute");
      }
      return Optional.empty();
    }
    boolean perMinute = m.get().has("requests-per-minute");
    Optional<Integer> rps = check.int32(m.get(), "requests-per-second", !perMinute, ProblemCode.BAD_EXTENSION);
    Optional<Integer> rpm = check.int32(m.get(), "requests-per-minute", false, ProblemCode.BAD_EXTENSION);
    Optional<String> key = check.string(m.get(), "key", false, ProblemCode.BAD_EXTENSION);
    if (rps.isPresent() && rps.get() <= 0) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("requests-per-second").orElseThrow(),
          "requests-per-second must be greater than 0, not " + rps.get());
      return Optional.empty();
    }
    if (rpm.isPresent() && rpm.get() <= 0) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("requests-per-minute").orElseThrow(),
          "requests-per-minute must be greater than 0, not " + rpm.get());
      return Optional.empty();
    }
    if (key.isPresent() && key.get().isBlank()) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("key").orElseThrow(), "key must not be empty");
      return Optional.empty();
    }
    if (rps.isEmpty() && rpm.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RateLimitDef(key.orElse(operationId), rps.orElse(0), rpm.orElse(0)));
  }

  private List<RequireAnyDef> requireAny(SpecNode.Mapping op, Params params) {
    Optional<SpecNode.Sequence> seq = check.sequence(op, "x-lark-require-any", false, ProblemCode.BAD_EXTENSION);
    if (seq.isEmpty()) {
      return List.of();
    }
    List<String> query = params.names(ParameterDef.Location.QUERY);
    List<RequireAnyDef> result = new ArrayList<>();
    for (SpecNode item : seq.get().items()) {
      Optional<SpecNode.Mapping> rule = check.asMapping(item, ProblemCode.BAD_EXTENSION, "x-lark-require-any rule");
      if (rule.isEmpty()) {
        continue;
      }
      check.onlyKeys(rule.get(), ProblemCode.BAD_EXTENSION, "x-lark-require-any rule", List.of("parameters", "description"));
      Optional<List<String>> names = check.stringList(rule.get(), "parameters", true, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(rule.get(), "description", false, ProblemCode.BAD_EXTENSION);
      if (names.isEmpty()) {
        continue;
      }
      SpecNode.Sequence namesNode = (SpecNode.Sequence) rule.get().get("parameters").orElseThrow();
      boolean ok = true;
      if (names.get().size() < 2) {
        check.report(ProblemCode.BAD_EXTENSION, namesNode, "a require-any rule needs at least two parameters");
        ok = false;
      }
      for (int i = 0; i < names.get().size(); i++) {
        if (!query.contains(names.get().get(i)) && !(params.declaresAnywhere(names.get().get(i)) && !params.ok())) {
          check.report(ProblemCode.BAD_EXTENSION, namesNode.items().get(i),
              "'" + names.get().get(i) + "' is not a query parameter of the operation (parameters: " + query + ")"
                  + Suggestions.closest(names.get().get(i), query));
          ok = false;
        }
      }
      if (ok) {
        result.add(new RequireAnyDef(names.get(), description.orElse("")));
      }
    }
    return result;
  }

  private ScopesDef scopes(SpecNode.Mapping op, Params params) {
    Optional<SpecNode.Mapping> m = check.mapping(op, "x-lark-scopes", false, ProblemCode.BAD_EXTENSION);
    if (m.isEmpty()) {
      return ScopesDef.NONE;
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-scopes", List.of("any-of", "field-scopes"));
    List<String> anyOf = check.stringList(m.get(), "any-of", true, ProblemCode.BAD_EXTENSION).orElse(List.of());
    List<ScopesDef.FieldScope> fieldScopes = new ArrayList<>();
    Optional<SpecNode.Sequence> seq = check.sequence(m.get(), "field-scopes", false, ProblemCode.BAD_EXTENSION);
    for (SpecNode item : seq.map(SpecNode.Sequence::items).orElse(List.of())) {
      Optional<SpecNode.Mapping> fs = check.asMapping(item, ProblemCode.BAD_EXTENSION, "field scope");
      if (fs.isEmpty()) {
        continue;
      }
      check.onlyKeys(fs.get(), ProblemCode.BAD_EXTENSION, "field scope", List.of("scope", "when", "description"));
      Optional<String> scope = check.string(fs.get(), "scope", true, ProblemCode.BAD_EXTENSION);
      Optional<String> when = check.string(fs.get(), "when", false, ProblemCode.BAD_EXTENSION);
      Optional<String> description = check.string(fs.get(), "description", false, ProblemCode.BAD_EXTENSION);
      if (when.isPresent()) {
        Matcher matcher = WHEN.matcher(when.get());
        SpecNode at = fs.get().get("when").orElseThrow();
        if (!matcher.matches()) {
          check.report(ProblemCode.BAD_EXTENSION, at, "when '" + when.get() + "' must be parameter=value");
          continue;
        }
        String param = matcher.group(1);
        if (!params.declares(ParameterDef.Location.QUERY, param) && !params.declares(ParameterDef.Location.PATH, param)) {
          check.report(ProblemCode.BAD_EXTENSION, at, "when names '" + param + "', which is not a parameter of the operation");
          continue;
        }
      }
      if (scope.isPresent()) {
        fieldScopes.add(new ScopesDef.FieldScope(scope.get(), when.orElse(""), description.orElse("")));
      }
    }
    return new ScopesDef(anyOf, fieldScopes);
  }

  private List<String> tokenTypes(SpecNode.Mapping op, Optional<SpecNode> rootSecurity) {
    List<String> fromSecurity = securityTokenTypes(op, rootSecurity);
    Optional<SpecNode> declared = op.get("x-lark-token-types");
    if (declared.isEmpty()) {
      return fromSecurity;
    }
    // The accepted tokens, stated on the operation; each must come from one of its security schemes.
    Optional<List<String>> types = check.asSequence(declared.get(), ProblemCode.BAD_EXTENSION, "x-lark-token-types")
        .flatMap(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "token type"));
    if (types.isEmpty()) {
      return fromSecurity;
    }
    for (String type : types.get()) {
      if (!TOKEN_TYPES.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, declared.get(),
            "unknown token type '" + type + "' (known: " + TOKEN_TYPES + ")" + Suggestions.closest(type, TOKEN_TYPES));
      } else if (!fromSecurity.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, declared.get(),
            "token type '" + type + "' is accepted by none of the operation's security schemes " + fromSecurity);
      }
    }
    return List.copyOf(new LinkedHashSet<>(types.get()));
  }

  private List<String> securityTokenTypes(SpecNode.Mapping op, Optional<SpecNode> rootSecurity) {
    Optional<SpecNode> security = op.get("security").or(() -> rootSecurity);
    if (security.isEmpty()) {
      return List.of();
    }
    Optional<SpecNode.Sequence> seq = check.asSequence(security.get(), ProblemCode.OPENAPI_STRUCTURE, "security");
    if (seq.isEmpty()) {
      return List.of();
    }
    Set<String> result = new LinkedHashSet<>();
    for (SpecNode requirement : seq.get().items()) {
      Optional<SpecNode.Mapping> m = check.asMapping(requirement, ProblemCode.OPENAPI_STRUCTURE, "a security requirement");
      for (Map.Entry<String, SpecNode> entry : m.map(SpecNode.Mapping::entries).orElse(Map.of()).entrySet()) {
        List<String> types = tokenTypesByScheme.get(entry.getKey());
        if (types == null) {
          check.report(ProblemCode.UNRESOLVED_REF, entry.getValue(),
              "security scheme '" + entry.getKey() + "' is not defined in components/securitySchemes"
                  + Suggestions.closest(entry.getKey(), new ArrayList<>(tokenTypesByScheme.keySet())));
          continue;
        }
        if (types.isEmpty() && !schemeHasTokenTypes(entry.getKey())) {
          check.report(ProblemCode.BAD_EXTENSION,
              JsonPointer.ROOT.append("components", "securitySchemes", entry.getKey(), "x-lark-token-types"),
              "security scheme '" + entry.getKey() + "' has no x-lark-token-types");
        }
        result.addAll(types);
      }
    }
    return List.copyOf(result);
  }

  private boolean schemeHasTokenTypes(String scheme) {
    return check.document()
        .find(JsonPointer.ROOT.append("components", "securitySchemes", scheme, "x-lark-token-types"))
        .isPresent();
  }

  private static String upperSnakeSuggestion(String name) {
    String upper = Names.upperSnake(name);
    return upper.isEmpty() || !UPPER_SNAKE.matcher(upper).matches() ? "" : " (e.g. " + upper + ")";
  }

  /** Where an extension may be written. */
  private enum Place {
    ROOT("at the root"),
    OPERATION("on an operation"),
    ROOT_OR_OPERATION("at the root or on an operation"),
    SECURITY_SCHEME("on a security scheme"),
    SECURITY_SCHEME_OR_OPERATION("on a security scheme or an operation"),
    SCHEMA("on an enum schema under components/schemas"),
    SCHEMA_OR_OPERATION("on an operation or a schema under components/schemas"),
    PROPERTY("on a property of a schema under components/schemas"),
    OTHER("elsewhere");

    final String description;

    Place(String description) {
      this.description = description;
    }

    static Place of(JsonPointer pointer) {
      List<String> t = pointer.tokens();
      if (t.isEmpty()) {
        return ROOT;
      }
      if (t.size() == 3 && t.get(0).equals("paths") && HTTP_METHODS.contains(t.get(2))) {
        return OPERATION;
      }
      if (t.size() == 3 && t.get(0).equals("components") && t.get(1).equals("securitySchemes")) {
        return SECURITY_SCHEME;
      }
      if (t.size() == 3 && t.get(0).equals("components") && t.get(1).equals("schemas")) {
        return SCHEMA;
      }
      if (t.size() == 5 && t.get(0).equals("components") && t.get(1).equals("schemas")
          && t.get(3).equals("properties")) {
        return PROPERTY;
      }
      return OTHER;
    }

    boolean allows(Place here) {
      return this == here
          || (this == ROOT_OR_OPERATION && (here == ROOT || here == OPERATION))
          || (this == SECURITY_SCHEME_OR_OPERATION && (here == SECURITY_SCHEME || here == OPERATION))
          || (this == SCHEMA_OR_OPERATION && (here == SCHEMA || here == OPERATION));
    }
  }
}
