package io.larkgen.importer.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.importer.page.Description;
import io.larkgen.importer.page.Description.EnumItem;
import io.larkgen.importer.page.Description.Rule;
import io.larkgen.importer.page.DocPage;
import io.larkgen.importer.page.DocPage.ErrorRow;
import io.larkgen.importer.page.DocProblem;
import io.larkgen.importer.page.FieldRow;
import io.larkgen.importer.page.FieldType;
import io.larkgen.importer.page.FieldType.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps parsed doc pages to one OpenAPI 3.0.3 document per Feishu service and version, following the
 * conventions of {@code spec/README.md}. Pages must be added in a stable order (the importer sorts
 * them by file) so that the output is deterministic.
 *
 * <p>Policies for what the docs leave open (each listed in {@link #notes()}):
 * <ul>
 *   <li>a Feishu type name is one schema; when its field sets differ between places, the schema
 *       holds the union of the fields in first-seen order, and the first place's type of a field
 *       wins (a different type elsewhere is reported as a conflict);
 *   <li>an enum field name is one enum schema per value set: the most used set takes the plain
 *       name, the others are prefixed with their owner (schema or operation);
 *   <li>{@code int} is {@code int32} only where the docs bound it (enum values, 最大值 / 取值范围 within
 *       32 bits, page sizes), millisecond timestamps are {@code epoch-millis}, every other
 *       {@code int} is {@code int64}: no value the docs allow can overflow.
 * </ul>
 */
public final class SpecAssembler {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Pattern URL = Pattern.compile("^(?:https?://[^/]+)?(/open-apis/([a-z_]+)/(v\\d+)(/.*)?)$");
  private static final Pattern PER_SECOND = Pattern.compile("(\\d+)\\s*次/秒");
  private static final Pattern PER_MINUTE = Pattern.compile("(\\d+)\\s*次/分钟");
  private static final Pattern MEGABYTES = Pattern.compile("(\\d+)\\s*MB");
  private static final Pattern REQUIRE_ANY = Pattern.compile("不允许\\s*([A-Za-z0-9_、,，\\s]+?)\\s*同时为空");
  /** A doc path that names the API: {@code …/hire-v1/<resource>/<method>} (resource may be {@code a-b}). */
  private static final Pattern FEISHU_NAME =
      Pattern.compile("/[a-z_]+-v\\d+/(?:[a-z_]+/)?([a-z_]+(?:-[a-z_]+)?)/([a-z_]+)$");
  private static final Pattern DOC_SERVICE = Pattern.compile("/([a-z_]+)-(v\\d+)/");
  private static final List<String> METHOD_ORDER = List.of("get", "post", "put", "patch", "delete");
  private static final long INT32_MAX = Integer.MAX_VALUE;

  private final Map<String, String> schemaNames;
  private final Map<String, String> enumNames;
  private final Map<String, Service> services = new TreeMap<>();
  private final List<DocProblem> problems = new ArrayList<>();
  private final Set<String> notes = new LinkedHashSet<>();

  /**
   * @param schemaNames role names for Feishu type names ({@code interview_extend} → {@code Interview}),
   *     from the overlay's {@code x-lark-schema-names}
   */
  public SpecAssembler(Map<String, String> schemaNames) {
    this(schemaNames, Map.of());
  }

  /**
   * @param enumNames pinned enum names, keyed by {@code field=v1,v2,…}, from the overlay's
   *     {@code x-lark-enum-names}
   */
  public SpecAssembler(Map<String, String> schemaNames, Map<String, String> enumNames) {
    this.schemaNames = Map.copyOf(schemaNames);
    this.enumNames = Map.copyOf(enumNames);
  }

  /** Problems found while mapping (a page whose URL cannot be read, a type conflict). */
  public List<DocProblem> problems() {
    return List.copyOf(problems);
  }

  /** What the policies decided, for the change report: type variants, enum variants, conflicts. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  // ---------------------------------------------------------------------------------------------
  // Per-service state

  private static final class TypeDef {
    final String name;
    final ObjectNode properties = NODES.objectNode();
    final Map<String, String> fieldTypes = new LinkedHashMap<>();
    final Set<Set<String>> variants = new LinkedHashSet<>();
    Set<String> required;
    DocPage page;
    String description;

    TypeDef(String name) {
      this.name = name;
    }
  }

  private static final class EnumDef {
    final String name;
    final Set<String> defaults = new TreeSet<>();
    ObjectNode schema;
    DocPage page;

    EnumDef(String name) {
      this.name = name;
    }
  }

  private final class Service {
    final String name;
    final String version;
    final Map<String, ObjectNode> paths = new TreeMap<>();
    final Map<String, TypeDef> types = new LinkedHashMap<>();
    final Map<String, EnumDef> enums = new LinkedHashMap<>();
    /** Enum field name → value-set key → how many fields use it, from the first pass. */
    final Map<String, Map<String, Integer>> enumUses = new TreeMap<>();
    final Map<String, String> tags = new TreeMap<>();
    /** Schema names of every named Feishu type, from the first pass; enum names avoid them. */
    final Set<String> typeNames = new TreeSet<>();
    final Set<String> operationIds = new TreeSet<>();
    final Map<String, Set<String>> methodsByTag = new TreeMap<>();
    final List<ObjectNode> events = new ArrayList<>();
    boolean userTokens;

    Service(String name, String version) {
      this.name = name;
      this.version = version;
    }
  }

  /** Which service a page belongs to, or {@code null} for guides and pages without a readable URL. */
  private Service serviceOf(DocPage page) {
    String serviceName;
    String version;
    if (page.kind() == DocPage.Kind.ENDPOINT) {
      Matcher url = URL.matcher(page.url());
      if (!url.matches()) {
        problems.add(DocProblem.error(page.file(), page.propertiesLine(), "HTTP URL '" + page.property("HTTP URL")
            + "' (expected https://open.feishu.cn/open-apis/<service>/<version>/…)"));
        return null;
      }
      serviceName = url.group(2);
      version = url.group(3);
    } else if (page.kind() == DocPage.Kind.EVENT) {
      String type = page.property("事件类型");
      Matcher doc = DOC_SERVICE.matcher(page.fullPath() == null ? "" : page.fullPath());
      serviceName = type.contains(".") ? type.substring(0, type.indexOf('.')) : "hire";
      version = doc.find() ? doc.group(2) : type.replaceFirst(".*_(v\\d+)$", "$1");
      if (!version.matches("v\\d+")) {
        version = "v1";
      }
    } else {
      return null;
    }
    return services.computeIfAbsent(serviceName + "-" + version, key -> new Service(
        key.substring(0, key.lastIndexOf('-')), key.substring(key.lastIndexOf('-') + 1)));
  }

  /** First pass: counts the value sets of every enum field name, so that naming does not depend on order. */
  public void survey(DocPage page) {
    Service service = serviceOf(page);
    if (service == null) {
      return;
    }
    for (List<FieldRow> table : List.of(page.queryParameters(), page.pathParameters(),
        page.body() == null ? List.<FieldRow>of() : page.body(), page.response())) {
      surveyRows(service, table);
    }
  }

  private void surveyRows(Service service, List<FieldRow> rows) {
    for (FieldRow row : rows) {
      if (row.type().named()) {
        service.typeNames.add(schemaName(row.type().base()));
      }
      List<EnumItem> items = row.description().enumItems();
      if (!items.isEmpty() && enumPrimitive(row) != null) {
        service.enumUses.computeIfAbsent(row.name(), key -> new TreeMap<>())
            .merge(valueKey(items), 1, Integer::sum);
      }
      surveyRows(service, row.children());
    }
  }

  private static Primitive enumPrimitive(FieldRow row) {
    Primitive primitive = row.type().primitive();
    return primitive == Primitive.STRING || primitive == Primitive.INT ? primitive : null;
  }

  private static String valueKey(List<EnumItem> items) {
    List<String> values = new ArrayList<>();
    for (EnumItem item : items) {
      values.add(item.value());
    }
    return String.join(",", values);
  }

  // ---------------------------------------------------------------------------------------------
  // Second pass: operations and events

  /** Adds a page (after every page has been {@link #survey surveyed}). */
  public void add(DocPage page) {
    Service service = serviceOf(page);
    if (service == null) {
      return;
    }
    if (page.kind() == DocPage.Kind.ENDPOINT) {
      addOperation(service, page);
    } else {
      addEvent(service, page);
    }
  }

  private record OperationNames(String tag, String operationId, String method) {}

  private OperationNames names(Service service, DocPage page, String httpMethod, String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.replaceFirst("^/open-apis/[a-z_]+/v\\d+/?", "").split("/")) {
      if (!segment.isEmpty() && !segment.startsWith("{")) {
        segments.add(segment);
      }
    }
    String fullPath = page.fullPath() == null ? "" : page.fullPath();
    Matcher doc = FEISHU_NAME.matcher(fullPath);
    String resource;
    String action;
    if (doc.find()) {
      resource = doc.group(1);
      action = doc.group(2);
    } else {
      // No API name in the doc path (older or open.feishu.cn pages): name it after the URL and method.
      List<String> all = List.of(path.replaceFirst("^/open-apis/[a-z_]+/v\\d+/?", "").split("/"));
      boolean item = !all.isEmpty() && all.get(all.size() - 1).startsWith("{");
      String collection = segments.isEmpty() ? service.name : segments.get(0);
      String last = segments.isEmpty() ? collection : segments.get(segments.size() - 1);
      resource = singular(collection);
      if (segments.size() > 1 && !item) {
        action = last;
      } else {
        action = switch (httpMethod) {
          case "get" -> item ? "get" : "list";
          case "post" -> "create";
          case "put" -> "update";
          default -> httpMethod;
        };
      }
    }
    String child = resource.contains("-") ? resource.substring(resource.lastIndexOf('-') + 1) : resource;
    String parent = resource.contains("-") ? resource.substring(0, resource.lastIndexOf('-')) : null;
    String tag = (parent == null ? "" : parent + "_") + collectionSpelling(child, segments);
    String nounBase = (parent == null ? "" : parent + "_") + child;
    String noun = action.equals("list") ? Names.plural(nounBase) : nounBase;
    String operationId = Names.lowerCamel(action) + Names.upperCamel(noun);
    if (!service.operationIds.add(operationId)) {
      String unique = operationId + Names.upperCamel(httpMethod.toLowerCase(Locale.ROOT));
      notes.add("operationId " + operationId + " is taken; " + page.file() + " gets " + unique);
      operationId = unique;
      service.operationIds.add(operationId);
    }
    String method = Names.lowerCamel(action);
    Set<String> taken = service.methodsByTag.computeIfAbsent(tag, key -> new TreeSet<>());
    if (!taken.add(method)) {
      String unique = method + Names.upperCamel(nounBase);
      notes.add("x-lark-method " + tag + "." + method + " is taken; " + page.file() + " gets " + unique);
      method = unique;
      taken.add(method);
    }
    return new OperationNames(tag, operationId, method);
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (plural.endsWith("s") && !plural.endsWith("ss")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /** The URL's spelling of a resource's collection ({@code agency} → {@code agencies}), else its plural. */
  private static String collectionSpelling(String resource, List<String> segments) {
    for (String segment : segments) {
      if (segment.equals(resource) || singular(segment).equals(resource)) {
        return segment;
      }
    }
    return Names.plural(resource);
  }

  private void addOperation(Service service, DocPage page) {
    Matcher url = URL.matcher(page.url());
    if (!url.matches()) {
      return;
    }
    String path = url.group(1).replaceAll(":([A-Za-z0-9_]+)", "{$1}");
    String httpMethod = page.property("HTTP Method").strip().toLowerCase(Locale.ROOT);
    if (!METHOD_ORDER.contains(httpMethod)) {
      problems.add(DocProblem.error(page.file(), page.propertiesLine(), "HTTP Method '" + page.property("HTTP Method")
          + "' (expected GET, POST, PUT, PATCH or DELETE)"));
      return;
    }
    ObjectNode pathItem = service.paths.computeIfAbsent(path, key -> NODES.objectNode());
    if (pathItem.has(httpMethod)) {
      problems.add(DocProblem.error(page.file(), page.propertiesLine(), httpMethod.toUpperCase(Locale.ROOT) + " "
          + path + " is documented twice (expected one page per method and URL)"));
      return;
    }
    OperationNames names = names(service, page, httpMethod, path);
    String opType = Names.upperCamel(names.operationId);
    service.tags.putIfAbsent(names.tag, names.tag.replace('_', ' '));

    ObjectNode op = NODES.objectNode();
    op.putArray("tags").add(names.tag);
    op.put("operationId", names.operationId);
    op.put("summary", page.title());
    op.put("description", page.intro().isEmpty() ? page.title() : page.intro());
    if (page.deprecationNote() != null) {
      op.put("deprecated", true);
    }
    op.put("x-lark-method", names.method);
    op.set("x-lark-doc", doc(page));
    if (page.deprecationNote() != null) {
      op.putObject("x-lark-deprecation").put("note", page.deprecationNote());
    }
    ArrayNode appTypes = appTypes(page);
    if (!appTypes.isEmpty()) {
      op.set("x-lark-app-types", appTypes);
    }
    ObjectNode rateLimit = rateLimit(page);
    if (rateLimit != null) {
      op.set("x-lark-rate-limit", rateLimit);
    }
    List<String> tokens = tokenTypes(page);
    op.set("x-lark-scopes", scopes(page));
    if (tokens.contains("user_access_token")) {
      service.userTokens = true;
      ArrayNode tokenTypes = op.putArray("x-lark-token-types");
      tokens.forEach(tokenTypes::add);
      ArrayNode security = op.putArray("security");
      for (String token : tokens) {
        security.addObject().putArray(token.equals("user_access_token") ? "userAccessToken" : "tenantAccessToken");
      }
    }

    ArrayNode parameters = NODES.arrayNode();
    for (FieldRow row : page.pathParameters()) {
      parameters.add(parameter(service, page, opType, row, "path"));
    }
    for (FieldRow row : page.queryParameters()) {
      parameters.add(parameter(service, page, opType, row, "query"));
    }
    ArrayNode requireAny = requireAny(page);
    if (!requireAny.isEmpty()) {
      op.set("x-lark-require-any", requireAny);
    }
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }

    if (page.body() != null && !page.body().isEmpty()) {
      op.set("requestBody", requestBody(service, page, opType, op));
    }

    FieldRow data = null;
    String msgField = "msg";
    for (FieldRow row : page.response()) {
      if (row.name().equals("data")) {
        data = row;
      } else if (row.name().equals("message")) {
        msgField = "message";
      }
    }
    if (!msgField.equals("msg")) {
      op.putObject("x-lark-envelope").put("msg", msgField);
    }
    String envelopeName = opType + "Envelope";
    ObjectNode envelope = objectSchema(page.title() + "的应答", page);
    envelope.putArray("required").add("code").add(msgField);
    ObjectNode envelopeProperties = envelope.putObject("properties");
    envelopeCodeAndMessage(envelopeProperties, msgField);
    String dataSchema = null;
    if (data != null && data.type().named()) {
      dataSchema = defineObject(service, page, data.type().base(), null, data.children(), false,
          page.title() + "的数据");
    } else if (data != null && !data.children().isEmpty()) {
      dataSchema = defineObject(service, page, null, opType + "Response", data.children(), false,
          page.title() + "的数据");
    }
    if (dataSchema != null) {
      envelopeProperties.set("data", ref(dataSchema, data.description().prose().isEmpty()
          ? page.title() + "的数据" : data.description().prose()));
    }
    putType(service, envelopeName, envelope, page);
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "成功 / success");
    ok.putObject("content").putObject("application/json").set("schema", ref(envelopeName, null));
    ObjectNode error = responses.putObject("default");
    error.put("description", ERROR_ANSWER);
    error.putObject("content").putObject("application/json").set("schema", ref("ErrorEnvelope", null));

    ObjectNode pagination = pagination(service, page, dataSchema);
    if (pagination != null) {
      op.set("x-lark-pagination", pagination);
    }
    String idempotency = idempotencyKey(page);
    if (idempotency != null) {
      op.put("x-lark-idempotency-key", idempotency);
    }
    ArrayNode errorCodes = errorCodes(page);
    if (!errorCodes.isEmpty()) {
      op.set("x-lark-error-codes", errorCodes);
    }
    pathItem.set(httpMethod, op);
  }

  private static final String ERROR_ANSWER = "错误应答（code 非 0） / error answer (code is not 0)";

  private static void envelopeCodeAndMessage(ObjectNode properties, String msgField) {
    properties.putObject("code").put("type", "integer").put("format", "int32")
        .put("description", "错误码，非 0 表示失败 / error code, not 0 on failure");
    properties.putObject(msgField).put("type", "string").put("description", "错误描述 / error message");
  }

  private static ObjectNode doc(DocPage page) {
    ObjectNode doc = NODES.objectNode();
    doc.put("file", page.file());
    if (page.fullPath() != null) {
      doc.put("full-path", page.fullPath());
    }
    if (page.updateTime() != null) {
      doc.put("update-time", page.updateTime());
    }
    if (page.fullPath() != null) {
      doc.put("url", "https://open.feishu.cn/document" + page.fullPath());
    }
    return doc;
  }

  private static ArrayNode appTypes(DocPage page) {
    String text = page.property("支持的应用类型");
    ArrayNode types = NODES.arrayNode();
    if (text == null) {
      return types;
    }
    if (text.contains("custom") || text.contains("自建")) {
      types.add("custom");
    }
    if (text.contains("isv") || text.contains("商店")) {
      types.add("isv");
    }
    return types;
  }

  private ObjectNode rateLimit(DocPage page) {
    String text = page.property("接口频率限制");
    if (text == null) {
      problems.add(DocProblem.warning(page.file(), page.propertiesLine(),
          "no 接口频率限制 row; the operation has no x-lark-rate-limit"));
      return null;
    }
    ObjectNode limit = NODES.objectNode();
    Matcher second = PER_SECOND.matcher(text);
    Matcher minute = PER_MINUTE.matcher(text);
    if (second.find()) {
      limit.put("requests-per-second", Integer.parseInt(second.group(1)));
    }
    if (minute.find()) {
      limit.put("requests-per-minute", Integer.parseInt(minute.group(1)));
    }
    if (limit.isEmpty()) {
      limit.put("special", true);
      limit.put("description", text.strip());
    }
    return limit;
  }

  private static List<String> tokenTypes(DocPage page) {
    List<String> tokens = new ArrayList<>();
    for (FieldRow header : page.headers()) {
      if (header.name().equalsIgnoreCase("Authorization")) {
        String text = header.description().fullText();
        if (text.contains("tenant_access_token")) {
          tokens.add("tenant_access_token");
        }
        if (text.contains("user_access_token")) {
          tokens.add("user_access_token");
        }
      }
    }
    String listed = page.property("支持的访问令牌");
    if (tokens.isEmpty() && listed != null) {
      if (listed.contains("tenant_access_token")) {
        tokens.add("tenant_access_token");
      }
      if (listed.contains("user_access_token")) {
        tokens.add("user_access_token");
      }
    }
    if (tokens.isEmpty()) {
      tokens.add("tenant_access_token");
    }
    return tokens;
  }

  private static ObjectNode scopes(DocPage page) {
    ObjectNode scopes = NODES.objectNode();
    ArrayNode anyOf = scopes.putArray("any-of");
    String required = page.property("权限要求");
    if (required != null) {
      Description.scopesIn(required).forEach(anyOf::add);
    }
    ArrayNode fieldScopes = NODES.arrayNode();
    Set<String> conditional = new LinkedHashSet<>();
    for (FieldRow param : page.queryParameters()) {
      List<String> when = param.description().scopes(Description.USER_ID_SCOPE);
      for (String scope : when) {
        if (conditional.add(scope)) {
          fieldScopes.addObject().put("scope", scope).put("when", param.name() + "=user_id")
              .put("description", "当值为 user_id 时需要 / needed when " + param.name() + "=user_id");
        }
      }
    }
    String pageLevel = page.property("字段权限要求");
    if (pageLevel != null) {
      for (String scope : Description.scopesIn(pageLevel)) {
        if (!conditional.contains(scope)) {
          fieldScopes.addObject().put("scope", scope)
              .put("description", "返回体中敏感字段所需的权限 / needed to receive the sensitive response fields");
        }
      }
    }
    if (!fieldScopes.isEmpty()) {
      scopes.set("field-scopes", fieldScopes);
    }
    return scopes;
  }

  private static ArrayNode requireAny(DocPage page) {
    ArrayNode rules = NODES.arrayNode();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    page.queryParameters().forEach(row -> names.add(row.name()));
    for (FieldRow param : page.queryParameters()) {
      Matcher matcher = REQUIRE_ANY.matcher(param.description().prose());
      if (matcher.find()) {
        List<String> listed = new ArrayList<>();
        for (String name : matcher.group(1).split("[、,，\\s]+")) {
          if (!name.isBlank()) {
            listed.add(name.strip());
          }
        }
        if (listed.size() >= 2 && names.containsAll(listed) && seen.add(String.join(",", listed))) {
          ObjectNode rule = rules.addObject();
          ArrayNode parameters = rule.putArray("parameters");
          listed.forEach(parameters::add);
          rule.put("description", matcher.group(0));
        }
      }
    }
    return rules;
  }

  private ObjectNode parameter(Service service, DocPage page, String opType, FieldRow row, String in) {
    ObjectNode parameter = NODES.objectNode();
    parameter.put("name", row.name());
    parameter.put("in", in);
    parameter.put("required", in.equals("path") || row.isRequired());
    parameter.put("description", describe(row));
    JsonNode schema = propertySchema(service, page, opType, row, false, true);
    if (row.name().equals("page_size") && schema.isObject() && !schema.has("$ref")) {
      ObjectNode pageSize = (ObjectNode) schema;
      if (!pageSize.has("minimum")) {
        pageSize.put("minimum", 1);
      }
      if (pageSize.path("type").asText().equals("integer")) {
        pageSize.put("format", "int32");
      }
    }
    if (schema instanceof ObjectNode object && object.has("description")) {
      object.remove("description");
    }
    parameter.set("schema", schema);
    if (schema.path("type").asText().equals("array")) {
      parameter.put("style", "form");
      parameter.put("explode", true);
    }
    JsonNode example = example(row, schema, in.equals("query"), service);
    if (example != null) {
      parameter.set("example", example);
    }
    return parameter;
  }

  private ObjectNode requestBody(Service service, DocPage page, String opType, ObjectNode op) {
    String contentType = "application/json";
    for (FieldRow header : page.headers()) {
      if (header.name().equalsIgnoreCase("Content-Type") && header.description().fixedValue() != null) {
        contentType = header.description().fixedValue().replaceFirst(";.*$", "").strip();
      }
    }
    String name = defineObject(service, page, null, opType + "RequestBody", page.body(), true,
        page.title() + "的请求体");
    ObjectNode body = NODES.objectNode();
    body.put("required", true);
    body.putObject("content").putObject(contentType).set("schema", ref(name, null));
    return body;
  }

  private ObjectNode pagination(Service service, DocPage page, String dataSchema) {
    boolean token = false;
    boolean size = false;
    for (FieldRow row : page.queryParameters()) {
      token |= row.name().equals("page_token");
      size |= row.name().equals("page_size");
    }
    if (!token || !size || dataSchema == null) {
      return null;
    }
    JsonNode data = service.types.get(dataSchema).properties;
    if (!data.has("has_more") || !data.has("page_token")) {
      return null;
    }
    String items = arrayProperty(service, data, "", 0);
    if (items == null) {
      return null;
    }
    ObjectNode pagination = NODES.objectNode();
    pagination.put("page-token-param", "page_token");
    pagination.put("page-size-param", "page_size");
    pagination.put("items", items);
    pagination.put("has-more", "has_more");
    pagination.put("next-page-token", "page_token");
    return pagination;
  }

  /** The first array property of a data schema, looking one object level down when none is at the top. */
  private static String arrayProperty(Service service, JsonNode properties, String prefix, int depth) {
    for (Map.Entry<String, JsonNode> entry : properties.properties()) {
      if (entry.getValue().path("type").asText().equals("array")) {
        return prefix + entry.getKey();
      }
    }
    if (depth == 0) {
      for (Map.Entry<String, JsonNode> entry : properties.properties()) {
        String refName = refName(entry.getValue());
        if (refName != null && service.types.containsKey(refName)) {
          String nested = arrayProperty(service, service.types.get(refName).properties,
              entry.getKey() + ".", depth + 1);
          if (nested != null) {
            return nested;
          }
        }
      }
    }
    return null;
  }

  private static String refName(JsonNode schema) {
    String ref = schema.path("$ref").asText(null);
    return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static String idempotencyKey(DocPage page) {
    if (page.body() == null) {
      return null;
    }
    for (FieldRow row : page.body()) {
      if (row.description().fullText().contains("幂等")) {
        return row.name();
      }
    }
    return null;
  }

  private static ArrayNode errorCodes(DocPage page) {
    ArrayNode codes = NODES.arrayNode();
    Set<Long> seen = new TreeSet<>();
    for (ErrorRow row : page.errorCodes()) {
      if (row.code() >= 99990000L && row.code() < 100000000L || !seen.add(row.code())) {
        continue;
      }
      ObjectNode code = codes.addObject();
      code.put("code", row.code());
      code.put("http-status", row.httpStatus());
      code.put("msg", row.message());
      code.put("description", row.advice().isEmpty() ? row.message() : row.message() + "，" + row.advice());
      code.put("retry", row.httpStatus() >= 500 || row.httpStatus() == 429 ? "backoff" : "never");
    }
    return codes;
  }

  private void addEvent(Service service, DocPage page) {
    String eventType = page.property("事件类型").strip();
    String local = eventType.startsWith(service.name + ".") ? eventType.substring(service.name.length() + 1) : eventType;
    String schemaName = Names.upperCamel(local) + "Event";
    String defined = defineObject(service, page, null, schemaName, page.response(), false,
        page.title() + "（事件 " + eventType + "）");
    ObjectNode event = NODES.objectNode();
    event.put("event-type", eventType);
    event.put("schema", defined);
    event.set("app-types", appTypes(page));
    ArrayNode scopes = event.putArray("scopes");
    String required = page.property("权限要求");
    if (required != null) {
      Description.scopesIn(required).forEach(scopes::add);
    }
    event.set("doc", doc(page));
    service.events.add(event);
  }

  // ---------------------------------------------------------------------------------------------
  // Schemas

  private static ObjectNode objectSchema(String description, DocPage page) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    schema.put("description", description);
    schema.set("x-lark-doc", doc(page));
    return schema;
  }

  private static ObjectNode ref(String name, String description) {
    ObjectNode ref = NODES.objectNode();
    ref.put("$ref", "#/components/schemas/" + name);
    if (description != null && !description.isEmpty()) {
      ref.put("description", description);
    }
    return ref;
  }

  private void putType(Service service, String name, ObjectNode schema, DocPage page) {
    TypeDef def = service.types.computeIfAbsent(name, TypeDef::new);
    def.page = page;
    def.description = schema.path("description").asText();
    if (schema.has("required")) {
      def.required = new LinkedHashSet<>();
      schema.get("required").forEach(field -> def.required.add(field.asText()));
    }
    schema.path("properties").properties().forEach(entry -> def.properties.set(entry.getKey(), entry.getValue()));
  }

  /** The schema name of a Feishu type: a role name from the overlay, else UpperCamel. */
  public String schemaName(String feishuType) {
    String role = schemaNames.get(feishuType);
    return role != null ? role : Names.upperCamel(feishuType);
  }

  /**
   * Defines (or extends) the object schema of a Feishu type or an anonymous object, and returns its
   * name.
   *
   * @param feishuType the named type, or {@code null} for an anonymous object called {@code name}
   * @param request whether the rows come from a request table (whose 必填 column gives {@code required})
   */
  private String defineObject(Service service, DocPage page, String feishuType, String name, List<FieldRow> rows,
      boolean request, String description) {
    String schemaName = feishuType != null ? schemaName(feishuType) : name;
    TypeDef def = service.types.get(schemaName);
    boolean fresh = def == null;
    if (fresh) {
      def = new TypeDef(schemaName);
      def.page = page;
      def.description = description;
      service.types.put(schemaName, def);
    } else if (page.updateTime() != null && def.page.updateTime() != null
        && page.updateTime() > def.page.updateTime()) {
      def.page = page;
    }
    Set<String> fieldSet = new LinkedHashSet<>();
    Set<String> requiredHere = new LinkedHashSet<>();
    for (FieldRow row : rows) {
      fieldSet.add(row.name());
      if (row.isRequired()) {
        requiredHere.add(row.name());
      }
      JsonNode property = propertySchema(service, page, schemaName, row, request, false);
      String typeKey = SchemaTypes.of(property);
      String known = def.fieldTypes.get(row.name());
      if (known == null) {
        def.fieldTypes.put(row.name(), typeKey);
        def.properties.set(row.name(), property);
      } else if (!known.equals(typeKey)) {
        notes.add("type conflict: " + schemaName + "." + row.name() + " is " + known + " where first seen and "
            + typeKey + " in " + page.file() + " (first kept)");
      }
    }
    if (!rows.isEmpty()) {
      def.variants.add(fieldSet);
    }
    if (request) {
      if (def.required == null) {
        def.required = new LinkedHashSet<>(requiredHere);
      } else {
        def.required.retainAll(requiredHere);
      }
    }
    return schemaName;
  }

  /** The schema of one field: a scalar, a {@code $ref} to an object or enum schema, or an array of them. */
  private JsonNode propertySchema(Service service, DocPage page, String owner, FieldRow row, boolean request,
      boolean parameter) {
    FieldType type = row.type();
    String description = describe(row);
    JsonNode item;
    if (type.named() || (type.primitive() == Primitive.NONE && !row.children().isEmpty())) {
      String name = type.named()
          ? defineObject(service, page, type.base(), null, row.children(), request, description)
          : defineObject(service, page, null, owner + Names.upperCamel(row.name()), row.children(), request,
              description);
      item = ref(name, null);
    } else {
      item = scalar(service, page, owner, row, parameter);
    }
    if (type.array()) {
      ObjectNode array = NODES.objectNode();
      array.put("type", "array");
      array.put("description", description);
      array.set("items", item);
      for (Rule rule : row.description().rules()) {
        switch (rule.kind()) {
          case "最大长度" -> array.put("maxItems", rule.min());
          case "最小长度" -> array.put("minItems", rule.min());
          case "长度范围" -> {
            array.put("minItems", rule.min());
            if (rule.max() != null) {
              array.put("maxItems", rule.max());
            }
          }
          default -> { }
        }
      }
      fieldScopes(row, array);
      if (!parameter) {
        personalData(owner, row, array);
      }
      return array;
    }
    if (item.has("$ref")) {
      return ref(refName(item), description);
    }
    ObjectNode scalar = (ObjectNode) item;
    ObjectNode out = NODES.objectNode();
    out.setAll(scalar);
    out.put("description", description);
    if (row.description().fullText().contains("废弃")) {
      out.put("deprecated", true);
    }
    if (!parameter) {
      JsonNode example = example(row, out, false, service);
      if (example != null) {
        out.set("example", example);
      }
    }
    fieldScopes(row, out);
    if (!parameter) {
      personalData(owner, row, out);
    }
    return out;
  }

  private static void fieldScopes(FieldRow row, ObjectNode schema) {
    Set<String> scopes = scopes(row);
    if (!scopes.isEmpty()) {
      ArrayNode list = schema.putArray("x-lark-field-scopes");
      scopes.forEach(list::add);
    }
  }

  private static Set<String> scopes(FieldRow row) {
    Set<String> scopes = new LinkedHashSet<>(row.description().scopes("字段权限要求（满足任一）"));
    scopes.addAll(row.description().scopes("字段权限要求"));
    return scopes;
  }

  /**
   * Marks a body or response field that holds personal data {@code x-lark-pii: true} ({@link
   * PersonalData}). Only on schemas that are not a {@code $ref}: nothing but a description may
   * sit beside one.
   */
  private static void personalData(String owner, FieldRow row, ObjectNode schema) {
    if (PersonalData.isPersonal(owner == null ? "" : owner, row.name(), scopes(row))) {
      schema.put("x-lark-pii", true);
    }
  }

  private static String describe(FieldRow row) {
    String prose = row.description().prose();
    String note = row.description().marker("注意");
    String text = prose.isEmpty() ? row.name() : prose;
    return note == null || note.isEmpty() ? text : text + "\n注意：" + note;
  }

  private static boolean timestamp(FieldRow row) {
    String text = row.description().prose();
    if (text.contains("时间戳")) {
      boolean seconds = (text.contains("秒级") || text.contains("单位：秒") || text.contains("单位为秒"))
          && !text.contains("毫秒");
      return !seconds;
    }
    return row.type().primitive() == Primitive.INT && row.name().endsWith("_time");
  }

  private JsonNode scalar(Service service, DocPage page, String owner, FieldRow row, boolean parameter) {
    Primitive primitive = row.type().primitive();
    List<EnumItem> items = row.description().enumItems();
    if (!items.isEmpty() && enumPrimitive(row) != null) {
      return ref(enumSchema(service, page, owner, row, items), null);
    }
    ObjectNode schema = NODES.objectNode();
    List<Rule> rules = row.description().rules();
    switch (primitive) {
      case STRING -> {
        schema.put("type", "string");
        if (timestamp(row)) {
          schema.put("format", "epoch-millis");
        }
        for (Rule rule : rules) {
          if (rule.kind().equals("最大值") && row.name().equals("page_size")) {
            schema.put("maximum", rule.min());
          } else if (rule.kind().equals("最大长度") && !row.type().array()) {
            schema.put("maxLength", rule.min());
          } else if (rule.kind().equals("最小长度") && !row.type().array()) {
            schema.put("minLength", rule.min());
          } else if (rule.kind().equals("取值范围") && row.name().equals("page_size")) {
            schema.put("minimum", rule.min());
            schema.put("maximum", rule.max());
          }
        }
      }
      case INT -> {
        schema.put("type", "integer");
        Long max = null;
        for (Rule rule : rules) {
          if (rule.kind().equals("最大值")) {
            schema.put("maximum", rule.min());
            max = rule.min();
          } else if (rule.kind().equals("最小值")) {
            schema.put("minimum", rule.min());
          } else if (rule.kind().equals("取值范围") && rule.max() != null) {
            schema.put("minimum", rule.min());
            schema.put("maximum", rule.max());
            max = rule.max();
          }
        }
        if (timestamp(row)) {
          schema.put("format", "epoch-millis");
        } else if (row.name().equals("page_size") || max != null && max <= INT32_MAX) {
          schema.put("format", "int32");
        } else {
          schema.put("format", "int64");
        }
      }
      case BOOLEAN -> schema.put("type", "boolean");
      case NUMBER -> schema.put("type", "number").put("format", "double");
      case FILE -> {
        schema.put("type", "string").put("format", "binary");
        Matcher megabytes = MEGABYTES.matcher(row.description().prose());
        if (megabytes.find()) {
          schema.put("x-lark-max-bytes", Long.parseLong(megabytes.group(1)) * 1024 * 1024);
        }
      }
      case NONE -> schema.put("type", "string");
      default -> throw new IllegalStateException(String.valueOf(primitive));
    }
    if (row.description().prose().contains("必须大于 0") && !schema.has("minimum")) {
      schema.put("minimum", 0);
      schema.put("exclusiveMinimum", true);
    }
    String defaultValue = row.description().defaultValue();
    if (defaultValue != null) {
      JsonNode value = literal(defaultValue, schema, true);
      if (value != null) {
        schema.set("default", value);
      }
    }
    return schema;
  }

  private String enumSchema(Service service, DocPage page, String owner, FieldRow row, List<EnumItem> items) {
    String base = Names.upperCamel(row.name());
    if (base.equals(owner) || service.typeNames.contains(base) || service.types.containsKey(base)
        || schemaNames.containsValue(base)) {
      base = base + "Enum";
    }
    String key = valueKey(items);
    Map<String, Integer> uses = service.enumUses.getOrDefault(row.name(), Map.of());
    String commonest = null;
    int most = -1;
    for (Map.Entry<String, Integer> use : uses.entrySet()) {
      if (use.getValue() > most) {
        most = use.getValue();
        commonest = use.getKey();
      }
    }
    String pinned = enumNames.get(row.name() + "=" + key);
    String name = pinned != null ? pinned
        : (key.equals(commonest) || uses.size() <= 1) && !enumNames.containsValue(base) ? base
        : owner + Names.upperCamel(row.name());
    EnumDef def = service.enums.get(name);
    int suffix = 2;
    while (pinned == null && def != null && !def.schema.get("x-lark-values-key").asText().equals(key)) {
      name = (key.equals(commonest) ? base : owner + Names.upperCamel(row.name())) + suffix++;
      def = service.enums.get(name);
    }
    if (def == null) {
      def = new EnumDef(name);
      def.page = page;
      boolean integer = row.type().primitive() == Primitive.INT;
      ObjectNode schema = NODES.objectNode();
      schema.put("x-lark-values-key", key);
      schema.put("type", integer ? "integer" : "string");
      boolean wide = false;
      ArrayNode values = NODES.arrayNode();
      ArrayNode varnames = NODES.arrayNode();
      ArrayNode descriptions = NODES.arrayNode();
      Set<String> usedNames = new LinkedHashSet<>();
      for (EnumItem item : items) {
        if (integer) {
          long value;
          try {
            value = Long.parseLong(item.value());
          } catch (NumberFormatException e) {
            problems.add(DocProblem.error(page.file(), row.line(), "enum value '" + item.value() + "' of int field '"
                + row.name() + "' (expected an integer)"));
            continue;
          }
          wide |= value > INT32_MAX || value < Integer.MIN_VALUE;
          values.add(value);
          varnames.add(unique(usedNames, value < 0 ? "VALUE_MINUS_" + (-value) : "VALUE_" + value));
        } else {
          values.add(item.value());
          varnames.add(unique(usedNames, Names.upperSnake(item.value())));
        }
        descriptions.add(item.description());
      }
      if (integer) {
        schema.put("format", wide ? "int64" : "int32");
      }
      schema.put("description", row.description().prose().isEmpty() ? row.name() : row.description().prose());
      schema.set("enum", values);
      schema.set("x-enum-varnames", varnames);
      schema.set("x-enum-descriptions", descriptions);
      schema.set("x-lark-doc", doc(page));
      def.schema = schema;
      service.enums.put(name, def);
      if (!name.equals(base)) {
        notes.add("enum variant: " + row.name() + " {" + key + "} in " + page.file() + " is " + name);
      }
    }
    String defaultValue = row.description().defaultValue();
    if (defaultValue != null) {
      def.defaults.add(defaultValue);
    }
    return name;
  }

  private static String unique(Set<String> used, String name) {
    String candidate = name;
    int suffix = 2;
    while (!used.add(candidate)) {
      candidate = name + "_" + suffix++;
    }
    return candidate;
  }

  /** A 示例值 as a value of the schema's type, or {@code null} when it does not fit. */
  private JsonNode example(FieldRow row, JsonNode schema, boolean bare, Service service) {
    String text = row.description().example();
    if (text == null || text.isEmpty()) {
      return null;
    }
    JsonNode target = schema;
    String refName = refName(schema);
    if (refName != null) {
      EnumDef def = service.enums.get(refName);
      if (def == null) {
        return null;
      }
      target = def.schema;
    }
    return literal(text, target, bare);
  }

  private static JsonNode literal(String text, JsonNode schema, boolean bare) {
    String type = schema.path("type").asText();
    String value = text.strip();
    switch (type) {
      case "string" -> {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return NODES.textNode(value);
      }
      case "integer" -> {
        String digits = value.replace("\"", "");
        return digits.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(digits)) : null;
      }
      case "number" -> {
        try {
          return NODES.numberNode(Double.parseDouble(value.replace("\"", "")));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      case "boolean" -> {
        return value.equals("true") || value.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(value)) : null;
      }
      case "array" -> {
        String json = value.replace('\'', '"');
        if (!json.startsWith("[")) {
          return bare ? null : null;
        }
        try {
          JsonNode parsed = JSON.readTree(json);
          ArrayNode out = NODES.arrayNode();
          String itemType = schema.path("items").path("type").asText();
          for (JsonNode element : parsed) {
            if (itemType.equals("string")) {
              out.add(element.asText());
            } else if (itemType.equals("integer") && element.canConvertToLong()) {
              out.add(element.asLong());
            } else {
              return null;
            }
          }
          return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          return null;
        }
      }
      default -> {
        return null;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Output

  /** The documents, keyed by file name ({@code hire-v1.yaml}). */
  public Map<String, ObjectNode> build() {
    Map<String, ObjectNode> documents = new TreeMap<>();
    for (Service service : services.values()) {
      documents.put(service.name + "-" + service.version + ".yaml", document(service));
    }
    return documents;
  }

  private ObjectNode document(Service service) {
    ObjectNode root = NODES.objectNode();
    root.put("openapi", "3.0.3");
    ObjectNode info = root.putObject("info");
    info.put("title", "Feishu " + service.name + " " + service.version);
    info.put("description", "飞书 " + service.name + " " + service.version + " 开放接口，由 Feishu 文档导入 / "
        + "imported from Feishu's documentation by larkgen-import.");
    info.put("version", "1.0.0");
    root.putArray("servers").addObject().put("url", "https://open.feishu.cn").put("description", "飞书 / Feishu");
    ArrayNode tags = root.putArray("tags");
    service.tags.forEach((name, description) -> tags.addObject().put("name", name).put("description", description));
    root.putArray("security").addObject().putArray("tenantAccessToken");
    ObjectNode lark = root.putObject("x-lark-service");
    lark.put("name", service.name);
    lark.put("version", service.version);
    ObjectNode envelope = root.putObject("x-lark-envelope");
    envelope.put("code", "code").put("msg", "msg").put("data", "data").put("success-code", 0);
    root.putArray("x-lark-common-error-codes");
    if (!service.events.isEmpty()) {
      ArrayNode events = root.putArray("x-lark-events");
      service.events.forEach(events::add);
    }
    ObjectNode paths = root.putObject("paths");
    service.paths.forEach((path, item) -> {
      ObjectNode ordered = paths.putObject(path);
      for (String method : METHOD_ORDER) {
        if (item.has(method)) {
          ordered.set(method, item.get(method));
        }
      }
    });
    ObjectNode components = root.putObject("components");
    ObjectNode schemes = components.putObject("securitySchemes");
    ObjectNode tenant = schemes.putObject("tenantAccessToken");
    tenant.put("type", "http").put("scheme", "bearer").put("description", "tenant_access_token");
    tenant.putArray("x-lark-token-types").add("tenant_access_token");
    if (service.userTokens) {
      ObjectNode user = schemes.putObject("userAccessToken");
      user.put("type", "http").put("scheme", "bearer").put("description", "user_access_token");
      user.putArray("x-lark-token-types").add("user_access_token");
    }
    Map<String, ObjectNode> schemas = new TreeMap<>();
    for (TypeDef def : service.types.values()) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "object");
      schema.put("description", def.description != null ? def.description : def.name);
      if (def.required != null && !def.required.isEmpty()) {
        ArrayNode required = schema.putArray("required");
        def.required.forEach(required::add);
      }
      schema.set("properties", def.properties);
      schema.set("x-lark-doc", doc(def.page));
      if (def.variants.size() > 1) {
        notes.add("field-set variants: " + def.name + " appears with " + def.variants.size()
            + " different field sets; the schema holds the union of " + def.properties.size() + " fields");
      }
      schemas.put(def.name, schema);
    }
    for (EnumDef def : service.enums.values()) {
      ObjectNode schema = def.schema.deepCopy();
      schema.remove("x-lark-values-key");
      if (def.defaults.size() == 1) {
        JsonNode value = literal(def.defaults.iterator().next(), schema, true);
        if (value != null) {
          ObjectNode ordered = NODES.objectNode();
          schema.properties().forEach(entry -> {
            ordered.set(entry.getKey(), entry.getValue());
            if (entry.getKey().equals("description")) {
              ordered.set("default", value);
            }
          });
          schema = ordered;
        }
      }
      schemas.put(def.name, schema);
    }
    ObjectNode error = NODES.objectNode();
    error.put("type", "object");
    error.put("description", ERROR_ANSWER);
    error.putArray("required").add("code").add("msg");
    envelopeCodeAndMessage(error.putObject("properties"), "msg");
    schemas.putIfAbsent("ErrorEnvelope", error);
    pruneUnreferenced(root, schemas, service);
    ObjectNode schemaNode = components.putObject("schemas");
    schemas.forEach(schemaNode::set);
    return root;
  }

  /**
   * Drops the schemas nothing refers to: those of a field whose first place had another type (the
   * conflict is in the notes). Event schemas are kept; {@code x-lark-events} names them.
   */
  private void pruneUnreferenced(ObjectNode root, Map<String, ObjectNode> schemas, Service service) {
    Set<String> reachable = new TreeSet<>();
    java.util.ArrayDeque<JsonNode> pending = new java.util.ArrayDeque<>();
    pending.add(root.path("paths"));
    for (ObjectNode event : service.events) {
      String name = event.path("schema").asText();
      if (reachable.add(name) && schemas.containsKey(name)) {
        pending.add(schemas.get(name));
      }
    }
    while (!pending.isEmpty()) {
      for (JsonNode ref : pending.pop().findValues("$ref")) {
        String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
        if (reachable.add(name) && schemas.containsKey(name)) {
          pending.add(schemas.get(name));
        }
      }
    }
    schemas.keySet().removeIf(name -> {
      boolean unused = !reachable.contains(name);
      if (unused) {
        notes.add("schema " + name + " is referenced nowhere (its field took another type); left out");
      }
      return unused;
    });
  }
}
