package io.larkgen.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What the sandbox takes from the OpenAPI spec: routes, query parameter rules, cross-parameter
 * rules, rate limits, documented error codes and enum values. Parsed once per resource name
 * with SnakeYAML and shared by every sandbox in the JVM.
 */
final class SpecModel {

  /** The spec every sandbox serves unless told otherwise: a resource of the spec jar. */
  static final String DEFAULT_RESOURCE = "hire-v1.yaml";

  /** The Hire v2 spec, served beside v1 when the spec jar has it. */
  static final String V2_RESOURCE = "hire-v2.yaml";

  private static final Map<String, SpecModel> CACHE = new ConcurrentHashMap<>();

  /**
   * One operation of the spec; {@code segments} is the path template split at {@code /}, e.g.
   * {@code [open-apis, hire, v1, interviews]}.
   */
  record OperationDef(
      String operationId,
      String tag,
      String larkMethod,
      String httpMethod,
      String pathTemplate,
      List<String> segments,
      List<ParamDef> parameters,
      int requestsPerSecond,
      int requestsPerMinute,
      String rateLimitKey,
      List<RequireAnyRule> requireAny,
      Map<Integer, ErrorCodeDef> errorCodes,
      Set<String> tokenTypes,
      Pagination pagination,
      RequestBodyDef body,
      Envelope envelope,
      Map<String, Object> dataSchema,
      String idempotencyKey,
      SpecModel spec) {

    Optional<ParamDef> parameter(String name) {
      return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Whether a token of this Feishu type ({@code tenant_access_token}, …) is accepted. */
    boolean accepts(String tokenType) {
      return tokenTypes.contains(tokenType);
    }

    /** Whether a success answer carries {@code data} (convention: no property, no data). */
    boolean hasData() {
      return dataSchema != null;
    }

    @Override
    public String toString() {
      return operationId + " (" + httpMethod + " " + pathTemplate + ")";
    }
  }

  /**
   * {@code x-lark-pagination}: request parameter names and the response fields; {@code items}
   * is the dotted path below {@code data} split at the dots ({@code [minutes, sentences]}).
   */
  record Pagination(String pageTokenParam, String pageSizeParam, List<String> items,
      String hasMore, String nextPageToken) {}

  /**
   * The request body: its media type ({@code application/json} or {@code multipart/form-data}),
   * the resolved object schema, and the largest file part {@code x-lark-max-bytes} allows
   * (0 when no property states one).
   */
  record RequestBodyDef(String mediaType, boolean required, Map<String, Object> schema,
      long maxFileBytes) {

    boolean multipart() {
      return mediaType.startsWith("multipart/");
    }
  }

  /** Field names of the {@code {code, msg, data}} wrapper and the code meaning success. */
  record Envelope(String code, String msg, String data, int successCode) {}

  /** One parameter with the rules its schema states ({@code pattern} compiled once, at load). */
  record ParamDef(
      String name,
      String in,
      String type,
      String format,
      Long minimum,
      boolean exclusiveMinimum,
      Long maximum,
      boolean exclusiveMaximum,
      Integer maxItems,
      Integer minLength,
      Integer maxLength,
      Pattern pattern,
      List<String> enumValues,
      String defaultValue,
      boolean required,
      ParamDef items) {

    boolean isArray() {
      return "array".equals(type);
    }
  }

  /** {@code x-lark-require-any}: at least one of the parameters must be present and non-empty. */
  record RequireAnyRule(List<String> parameters, String description) {}

  /** A documented error code with the HTTP status Feishu answers it with. */
  record ErrorCodeDef(int code, int httpStatus, String msg) {}

  private final String resourceName;
  private final Map<String, Object> root;
  private final List<OperationDef> operations;
  private final Map<Integer, ErrorCodeDef> commonErrors;
  private final Envelope envelope;
  private final Map<String, String> events;

  private SpecModel(String resourceName, Map<String, Object> root) {
    this.resourceName = resourceName;
    this.root = root;
    this.commonErrors = errorCodes(root.get("x-lark-common-error-codes"));
    this.envelope = envelope(map(root.get("x-lark-envelope")),
        new Envelope("code", "msg", "data", 0));
    this.operations = List.copyOf(readOperations());
    this.events = readEvents();
  }

  /**
   * The root {@code x-lark-events}: event type → name of its body schema in
   * {@code components/schemas}, in spec order.
   */
  Map<String, String> events() {
    return events;
  }

  private Map<String, String> readEvents() {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> schemas = map(map(root.get("components")).get("schemas"));
    for (Object e : list(root.get("x-lark-events"))) {
      Map<String, Object> event = map(e);
      Object type = event.get("event-type");
      Object schema = event.get("schema");
      if (type == null || schema == null || !schemas.containsKey(String.valueOf(schema))) {
        throw new IllegalStateException("spec " + resourceName + ": x-lark-events entry " + event
            + " needs an event-type and a schema of components/schemas");
      }
      out.put(String.valueOf(type), String.valueOf(schema));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Parses {@code yaml} as the spec named {@code resourceName} and makes it the one
   * {@link #load(String)} returns for that name: a spec built in memory (a test's edited copy
   * of a shipped spec) is then served exactly like a class-path resource.
   */
  static SpecModel register(String resourceName, String yaml) {
    SpecModel model = new SpecModel(resourceName, document(resourceName, yaml));
    CACHE.put(resourceName, model);
    return model;
  }

  /** Whether a spec of this name is on the class path (or was registered). */
  static boolean exists(String resourceName) {
    return CACHE.containsKey(resourceName)
        || SpecModel.class.getClassLoader().getResource(resourceName) != null;
  }

  String resourceName() {
    return resourceName;
  }

  /** The spec's common error codes ({@code x-lark-common-error-codes}). */
  Map<Integer, ErrorCodeDef> commonErrors() {
    return commonErrors;
  }

  /** The spec at {@code resourceName} on the class path, parsed once. */
  static SpecModel load(String resourceName) {
    return CACHE.computeIfAbsent(resourceName, SpecModel::parse);
  }

  /** The default spec ({@value #DEFAULT_RESOURCE}). */
  static SpecModel load() {
    return load(DEFAULT_RESOURCE);
  }

  private static SpecModel parse(String resourceName) {
    ClassLoader loader = SpecModel.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException(
            "spec " + resourceName + " not found on the class path (it ships in larkgen-spec)");
      }
      return new SpecModel(resourceName,
          document(resourceName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spec " + resourceName, e);
    }
  }

  private static Map<String, Object> document(String resourceName, String yaml) {
    return SpecCache.configured()
        .map(cache -> cache.document(yaml, text -> parseYaml(resourceName, text)))
        .orElseGet(() -> parseYaml(resourceName, yaml));
  }

  /**
   * SnakeYAML's safe constructor except that a timestamp ({@code example: 2022-03-02}) stays
   * the text it is written as: a spec's example date is answered as that text, and the
   * document survives JSON ({@link SpecCache}).
   */
  private static final class TextTimestamps extends SafeConstructor {
    TextTimestamps() {
      super(new LoaderOptions());
      this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }
  }

  static Map<String, Object> parseYaml(String resourceName, String yaml) {
    Object doc;
    try {
      doc = new Yaml(new TextTimestamps()).load(yaml);
    } catch (MarkedYAMLException e) {
      throw new IllegalStateException("spec " + resourceName + " is not valid YAML at line "
          + (e.getProblemMark() == null ? "?" : e.getProblemMark().getLine() + 1) + ": "
          + e.getProblem(), e);
    }
    if (!(doc instanceof Map)) {
      throw new IllegalStateException("spec " + resourceName + " is not a YAML mapping");
    }
    return stringKeys(doc);
  }

  List<OperationDef> operations() {
    return operations;
  }

  /** Error code definition: operation-level first, then the common ones. */
  Optional<ErrorCodeDef> errorCode(OperationDef operation, int code) {
    if (operation != null && operation.errorCodes().containsKey(code)) {
      return Optional.of(operation.errorCodes().get(code));
    }
    return Optional.ofNullable(commonErrors.get(code));
  }

  /** The 200 {@code data} schema of an operation, resolved; null when the envelope has none. */
  Map<String, Object> dataSchema(String operationId) {
    return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst()
        .map(OperationDef::dataSchema)
        .orElseThrow(() -> new IllegalArgumentException(
            "no operation " + operationId + " in " + resourceName));
  }

  /**
   * Every integer enum reachable from the 200 {@code data} schemas of the given operations:
   * property name → values, the first declaration of a name winning. Scoped to operations
   * because the same property name carries different enums in different parts of the spec;
   * operations this spec lacks contribute nothing.
   */
  Map<String, List<Integer>> integerEnumProperties(String... operationIds) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    Set<Map<String, Object>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> wanted = Set.of(operationIds);
    for (OperationDef op : operations) {
      if (wanted.contains(op.operationId()) && op.dataSchema() != null) {
        collectIntegerEnums(op.dataSchema(), out, visited);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void collectIntegerEnums(Map<String, Object> schema, Map<String, List<Integer>> out,
      Set<Map<String, Object>> visited) {
    Map<String, Object> resolved = resolve(schema);
    if (!visited.add(resolved)) {
      return;
    }
    for (Map.Entry<String, Object> p : map(resolved.get("properties")).entrySet()) {
      Map<String, Object> propSchema = resolve(map(p.getValue()));
      List<Object> values = list(propSchema.get("enum"));
      if ("integer".equals(propSchema.get("type")) && !values.isEmpty()) {
        List<Integer> ints = new ArrayList<>();
        for (Object v : values) {
          ints.add(((Number) v).intValue());
        }
        out.putIfAbsent(p.getKey(), List.copyOf(ints));
      }
      collectIntegerEnums(propSchema, out, visited);
    }
    if (resolved.get("items") != null) {
      collectIntegerEnums(map(resolved.get("items")), out, visited);
    }
  }

  /**
   * Property names of the object schema found by walking from the operation's 200 response
   * schema along {@code path} (property names; {@code []} steps into array items).
   */
  List<String> responseProperties(String operationId, String... path) {
    Map<String, Object> schema = responseSchema(operationId);
    for (String step : path) {
      if (step.equals("[]")) {
        schema = resolve(map(schema.get("items")));
      } else {
        schema = resolve(map(map(schema.get("properties")).get(step)));
      }
    }
    return List.copyOf(map(schema.get("properties")).keySet());
  }

  /** The 200 response schema of an operation, {@code $ref}s not yet followed below the root. */
  Map<String, Object> responseSchema(String operationId) {
    for (Object pathItem : map(root.get("paths")).values()) {
      for (Object op : map(pathItem).values()) {
        if (op instanceof Map && operationId.equals(map(op).get("operationId"))) {
          Map<String, Object> ok = map(map(map(op).get("responses")).get("200"));
          Map<String, Object> json = map(map(ok.get("content")).get("application/json"));
          return resolve(map(json.get("schema")));
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in " + resourceName);
  }

  private List<OperationDef> readOperations() {
    List<OperationDef> out = new ArrayList<>();
    for (Map.Entry<String, Object> path : map(root.get("paths")).entrySet()) {
      Map<String, Object> pathItem = map(path.getValue());
      List<Object> pathParams = list(pathItem.get("parameters"));
      for (Map.Entry<String, Object> entry : pathItem.entrySet()) {
        String method = entry.getKey().toLowerCase(Locale.ROOT);
        if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        Map<String, Object> op = map(entry.getValue());
        String operationId = String.valueOf(op.get("operationId"));
        List<String> tags = strings(op.get("tags"));
        List<ParamDef> params = new ArrayList<>();
        for (Object p : pathParams) {
          params.add(param(resolve(map(p))));
        }
        for (Object p : list(op.get("parameters"))) {
          params.add(param(resolve(map(p))));
        }
        Map<String, Object> rate = map(op.get("x-lark-rate-limit"));
        int rps = rate.get("requests-per-second") instanceof Number n ? n.intValue() : 0;
        int rpm = rate.get("requests-per-minute") instanceof Number n ? n.intValue() : 0;
        String rateKey = rate.containsKey("key") ? String.valueOf(rate.get("key")) : operationId;
        List<RequireAnyRule> rules = new ArrayList<>();
        for (Object r : list(op.get("x-lark-require-any"))) {
          Map<String, Object> rule = map(r);
          rules.add(new RequireAnyRule(
              strings(rule.get("parameters")), Objects.toString(rule.get("description"), "")));
        }
        out.add(new OperationDef(
            operationId,
            tags.isEmpty() ? "" : tags.get(0),
            Objects.toString(op.get("x-lark-method"), ""),
            method.toUpperCase(Locale.ROOT),
            path.getKey(),
            List.of(path.getKey().replaceFirst("^/", "").split("/", -1)),
            List.copyOf(params),
            rps,
            rpm,
            rateKey,
            List.copyOf(rules),
            withCommon(errorCodes(op.get("x-lark-error-codes"))),
            tokenTypes(op),
            pagination(map(op.get("x-lark-pagination"))),
            requestBody(map(op.get("requestBody"))),
            envelope(map(op.get("x-lark-envelope")), envelope),
            data(op),
            op.get("x-lark-idempotency-key") == null
                ? null : String.valueOf(op.get("x-lark-idempotency-key")),
            this));
      }
    }
    return out;
  }

  private Map<Integer, ErrorCodeDef> withCommon(Map<Integer, ErrorCodeDef> own) {
    Map<Integer, ErrorCodeDef> all = new LinkedHashMap<>(commonErrors);
    all.putAll(own);
    return Collections.unmodifiableMap(all);
  }

  private static Set<String> tokenTypes(Map<String, Object> op) {
    List<String> types = strings(op.get("x-lark-token-types"));
    return types.isEmpty() ? Set.of("tenant_access_token") : Set.copyOf(types);
  }

  private static Pagination pagination(Map<String, Object> p) {
    if (p.isEmpty()) {
      return null;
    }
    return new Pagination(
        Objects.toString(p.get("page-token-param"), "page_token"),
        Objects.toString(p.get("page-size-param"), "page_size"),
        List.of(Objects.toString(p.get("items"), "items").split("\\.")),
        Objects.toString(p.get("has-more"), "has_more"),
        Objects.toString(p.get("next-page-token"), "page_token"));
  }

  private static Envelope envelope(Map<String, Object> e, Envelope base) {
    return new Envelope(
        Objects.toString(e.get("code"), base.code()),
        Objects.toString(e.get("msg"), base.msg()),
        Objects.toString(e.get("data"), base.data()),
        e.get("success-code") instanceof Number n ? n.intValue() : base.successCode());
  }

  private RequestBodyDef requestBody(Map<String, Object> body) {
    for (Map.Entry<String, Object> media : map(resolve(body).get("content")).entrySet()) {
      Map<String, Object> schema = resolve(map(map(media.getValue()).get("schema")));
      long maxBytes = 0;
      for (Object property : map(schema.get("properties")).values()) {
        if (resolve(map(property)).get("x-lark-max-bytes") instanceof Number n) {
          maxBytes = Math.max(maxBytes, n.longValue());
        }
      }
      return new RequestBodyDef(media.getKey(), !Boolean.FALSE.equals(body.get("required")),
          schema, maxBytes);
    }
    return null;
  }

  private Map<String, Object> data(Map<String, Object> op) {
    Map<String, Object> ok = resolve(map(map(op.get("responses")).get("200")));
    Map<String, Object> json = map(map(ok.get("content")).get("application/json"));
    Map<String, Object> envelopeSchema = resolve(map(json.get("schema")));
    String dataName = envelope(map(op.get("x-lark-envelope")), envelope).data();
    Object data = map(envelopeSchema.get("properties")).get(dataName);
    return data == null ? null : resolve(map(data));
  }

  private ParamDef param(Map<String, Object> p) {
    Map<String, Object> schema = resolve(map(p.get("schema")));
    return paramFromSchema(
        String.valueOf(p.get("name")),
        Objects.toString(p.get("in"), "query"),
        Boolean.TRUE.equals(p.get("required")),
        schema);
  }

  private ParamDef paramFromSchema(String name, String in, boolean required, Map<String, Object> s) {
    ParamDef items = null;
    if ("array".equals(s.get("type"))) {
      items = paramFromSchema(name, in, false, resolve(map(s.get("items"))));
    }
    List<String> enumValues = new ArrayList<>();
    for (Object v : list(s.get("enum"))) {
      enumValues.add(String.valueOf(v));
    }
    return new ParamDef(
        name,
        in,
        Objects.toString(s.get("type"), "string"),
        Objects.toString(s.get("format"), ""),
        longOrNull(s.get("minimum")),
        Boolean.TRUE.equals(s.get("exclusiveMinimum")),
        longOrNull(s.get("maximum")),
        Boolean.TRUE.equals(s.get("exclusiveMaximum")),
        intOrNull(s.get("maxItems")),
        intOrNull(s.get("minLength")),
        intOrNull(s.get("maxLength")),
        s.get("pattern") == null ? null : Pattern.compile(String.valueOf(s.get("pattern"))),
        List.copyOf(enumValues),
        s.get("default") == null ? null : String.valueOf(s.get("default")),
        required,
        items);
  }

  private static Map<Integer, ErrorCodeDef> errorCodes(Object node) {
    Map<Integer, ErrorCodeDef> out = new LinkedHashMap<>();
    for (Object e : list(node)) {
      Map<String, Object> def = map(e);
      if (def.get("code") instanceof Number code) {
        int status = def.get("http-status") instanceof Number n ? n.intValue() : 400;
        out.put(code.intValue(),
            new ErrorCodeDef(code.intValue(), status, Objects.toString(def.get("msg"), "")));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until a non-reference node. */
  Map<String, Object> resolve(Map<String, Object> node) {
    Map<String, Object> current = node;
    for (int hops = 0; current.get("$ref") instanceof String ref && hops < 32; hops++) {
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      Object target = root;
      for (String part : ref.substring(2).split("/")) {
        target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
      }
      current = map(target);
    }
    return current;
  }

  private static Long longOrNull(Object o) {
    return o instanceof Number n ? n.longValue() : null;
  }

  private static Integer intOrNull(Object o) {
    return o instanceof Number n ? n.intValue() : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> stringKeys(Object o) {
    // YAML keys such as 200 (a response code) arrive as Integers; everything here keys by text.
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<Object, Object> e : ((Map<Object, Object>) o).entrySet()) {
      out.put(String.valueOf(e.getKey()), normalise(e.getValue()));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object normalise(Object o) {
    if (o instanceof Map) {
      return stringKeys(o);
    }
    if (o instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<Object>) o) {
        out.add(normalise(item));
      }
      return out;
    }
    return o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List ? (List<Object>) o : List.of();
  }

  private static List<String> strings(Object o) {
    List<String> out = new ArrayList<>();
    for (Object item : list(o)) {
      out.add(String.valueOf(item));
    }
    return List.copyOf(out);
  }
}
