package io.larkgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.spec.SpecWalker.OperationRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code x-lark-*} extension is well-formed: it sits where spec/README.md allows it, has the
 * documented keys with the documented types, and names parameters and properties that exist.
 */
class ExtensionsTest {

  private static final Set<String> ROOT_EXTENSIONS = Set.of(
      "x-lark-service", "x-lark-envelope", "x-lark-app-types", "x-lark-common-error-codes",
      "x-lark-events");
  private static final Set<String> OPERATION_EXTENSIONS = Set.of(
      "x-lark-method", "x-lark-app-types", "x-lark-rate-limit", "x-lark-scopes",
      "x-lark-pagination", "x-lark-require-any", "x-lark-error-codes", "x-lark-doc",
      "x-lark-deprecation", "x-lark-envelope", "x-lark-token-types", "x-lark-idempotency-key");
  private static final Set<String> DOC_KEYS = Set.of("file", "full-path", "update-time", "url");
  private static final String DOC_URL = "https://open.feishu.cn/document";
  private static final Set<String> APP_TYPES = Set.of("custom", "isv");
  private static final Set<String> RETRY_VALUES = Set.of("never", "backoff", "refresh-token");
  private static final Set<String> TOKEN_TYPES =
      Set.of("tenant_access_token", "app_access_token", "user_access_token");
  private static final Pattern METHOD_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  private static final Pattern SCOPE = Pattern.compile("[a-z_]+(:[a-z_.]+)+");

  private JsonNode root;
  private final List<String> problems = new ArrayList<>();

  private void check(boolean condition, String pointer, String message) {
    if (!condition) {
      problems.add(pointer + ": " + message);
    }
  }

  private void assertNoProblems() {
    assertEquals(List.of(), problems);
  }

  /** Keys of an object node must be exactly {@code required} plus some of {@code optional}. */
  private void checkKeys(JsonNode node, String pointer, Set<String> required, Set<String> optional) {
    if (!node.isObject()) {
      problems.add(pointer + ": expected an object, found " + node.getNodeType());
      return;
    }
    for (String key : required) {
      check(node.has(key), pointer, "missing key '" + key + "'");
    }
    for (String key : SpecFile.fieldNames(node)) {
      check(required.contains(key) || optional.contains(key), pointer, "unknown key '" + key + "'");
    }
  }

  private void checkText(JsonNode node, String pointer) {
    check(node.isTextual() && !node.asText().isBlank(), pointer, "expected a non-empty string");
  }

  /** A non-empty list of well-formed scope identifiers. */
  private void checkScopes(JsonNode node, String pointer) {
    for (String scope : checkStringList(node, pointer)) {
      check(SCOPE.matcher(scope).matches(), pointer, "malformed scope '" + scope + "'");
    }
  }

  private List<String> checkStringList(JsonNode node, String pointer) {
    List<String> values = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problems.add(pointer + ": expected a non-empty list of strings");
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      checkText(node.get(i), pointer + "/" + i);
      values.add(node.get(i).asText());
    }
    check(new HashSet<>(values).size() == values.size(), pointer, "duplicate entries " + values);
    return values;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void extensionsOnlyWhereTheReadmeAllowsThem(String spec) {
    root = SpecFile.tree(spec);
    SpecWalker.walk(root, (pointer, node) -> {
      if (!node.isObject()) {
        return;
      }
      for (String key : SpecFile.fieldNames(node)) {
        if (!key.startsWith("x-lark-")) {
          continue;
        }
        String at = pointer + "/" + key;
        boolean allowed;
        if (pointer.isEmpty()) {
          allowed = ROOT_EXTENSIONS.contains(key);
        } else if (pointer.matches("/paths/[^/]+/(get|put|post|delete|patch|head|options|trace)")) {
          allowed = OPERATION_EXTENSIONS.contains(key);
        } else if (pointer.matches("/components/schemas/[^/]+")) {
          allowed = key.equals("x-lark-enum-descriptions-en") && node.has("enum") || key.equals("x-lark-doc");
        } else if (pointer.matches("/components/schemas/[^/]+/properties/[^/]+")) {
          allowed = key.equals("x-lark-field-scopes")
              || key.equals("x-lark-max-bytes") && node.path("format").asText().equals("binary")
              // personal data: a boolean, never beside a $ref (spec/README.md, x-lark-pii)
              || key.equals("x-lark-pii") && node.path(key).isBoolean() && !node.has("$ref");
        } else if (pointer.matches("/components/securitySchemes/[^/]+")) {
          allowed = key.equals("x-lark-token-types");
        } else {
          allowed = false;
        }
        check(allowed, at, "extension not allowed here");
      }
    });
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void serviceAndEnvelope(String spec) {
    root = SpecFile.tree(spec);
    JsonNode service = root.path("x-lark-service");
    checkKeys(service, "/x-lark-service", Set.of("name", "version"), Set.of());
    check(service.path("name").asText().matches("[a-z][a-z0-9_]*"), "/x-lark-service/name",
        "expected a lower-case service name");
    check(service.path("version").asText().matches("v[0-9]+"), "/x-lark-service/version",
        "expected a version like v1");

    JsonNode envelope = root.path("x-lark-envelope");
    checkKeys(envelope, "/x-lark-envelope", Set.of("code", "msg", "data", "success-code"), Set.of());
    for (String key : List.of("code", "msg", "data")) {
      checkText(envelope.path(key), "/x-lark-envelope/" + key);
    }
    check(envelope.path("success-code").isInt(), "/x-lark-envelope/success-code",
        "expected an integer");

    // Every 200 answer is an envelope schema with exactly code, msg and (unless the data is empty)
    // data, a $ref; an operation's own x-lark-envelope renames only keys that differ from the root's.
    for (OperationRef op : SpecWalker.operations(root)) {
      String pointer = op.pointer() + "/responses/200";
      JsonNode own = op.node().path("x-lark-envelope");
      if (!own.isMissingNode()) {
        checkKeys(own, op.pointer() + "/x-lark-envelope", Set.of(), Set.of("code", "msg", "data"));
        check(own.size() > 0, op.pointer() + "/x-lark-envelope", "expected at least one key");
        for (Map.Entry<String, JsonNode> key : SpecFile.fields(own)) {
          check(!key.getValue().equals(envelope.path(key.getKey())), op.pointer() + "/x-lark-envelope/" + key.getKey(),
              "repeats the root's value");
        }
      }
      JsonNode schemaRef = op.node().path("responses").path("200").path("content")
          .path("application/json").path("schema").path("$ref");
      check(schemaRef.isTextual(), pointer, "200 must be application/json with a $ref schema");
      JsonNode schema = SpecFile.resolve(root, schemaRef.asText());
      check(schema != null, pointer, "envelope schema does not resolve");
      if (schema == null) {
        continue;
      }
      check(schemaRef.asText().endsWith("Envelope"), pointer, "envelope schema name must end in Envelope");
      JsonNode props = schema.path("properties");
      String code = own.path("code").asText(envelope.path("code").asText());
      String msg = own.path("msg").asText(envelope.path("msg").asText());
      String data = own.path("data").asText(envelope.path("data").asText());
      check(props.path(code).path("type").asText().equals("integer"), pointer, "envelope code must be an integer");
      check(props.path(msg).path("type").asText().equals("string"), pointer, "envelope msg must be a string");
      Set<String> expected = new HashSet<>(List.of(code, msg));
      if (props.has(data)) {
        expected.add(data);
        String dataRef = props.path(data).path("$ref").asText();
        JsonNode target = SpecFile.resolve(root, dataRef);
        check(target != null && target.path("type").asText().equals("object"), pointer,
            "envelope data must be a $ref to an object schema, found '" + dataRef + "'");
      }
      check(new HashSet<>(SpecFile.fieldNames(props)).equals(expected), pointer,
          "envelope must have exactly " + expected + " (data only when the docs' data has fields)");
    }
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void appTypes(String spec) {
    root = SpecFile.tree(spec);
    checkAppTypes(root.path("x-lark-app-types"), "/x-lark-app-types");
    for (OperationRef op : SpecWalker.operations(root)) {
      if (op.node().has("x-lark-app-types")) {
        checkAppTypes(op.node().path("x-lark-app-types"), op.pointer() + "/x-lark-app-types");
      }
    }
    assertNoProblems();
  }

  private void checkAppTypes(JsonNode node, String pointer) {
    for (String type : checkStringList(node, pointer)) {
      check(APP_TYPES.contains(type), pointer, "unknown app type '" + type + "'");
    }
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void errorCodes(String spec) {
    root = SpecFile.tree(spec);
    Set<Long> common = checkErrorCodes(root.path("x-lark-common-error-codes"), "/x-lark-common-error-codes");
    for (OperationRef op : SpecWalker.operations(root)) {
      String pointer = op.pointer() + "/x-lark-error-codes";
      // Absent where the page has no error table (DocPagesTest checks which pages have one).
      if (!op.node().has("x-lark-error-codes")) {
        continue;
      }
      for (long code : checkErrorCodes(op.node().path("x-lark-error-codes"), pointer)) {
        check(!common.contains(code), pointer, code + " is already a common error code");
      }
    }
    assertNoProblems();
  }

  private Set<Long> checkErrorCodes(JsonNode list, String pointer) {
    Set<Long> codes = new HashSet<>();
    if (!list.isArray() || list.isEmpty()) {
      problems.add(pointer + ": expected a non-empty list");
      return codes;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String at = pointer + "/" + i;
      checkKeys(entry, at, Set.of("code", "http-status", "msg", "description", "retry"), Set.of());
      check(entry.path("code").canConvertToLong() && entry.path("code").isIntegralNumber()
          && entry.path("code").asLong() > 0, at + "/code", "expected a positive integer");
      check(codes.add(entry.path("code").asLong()), at + "/code", "duplicate code");
      int status = entry.path("http-status").asInt(-1);
      check(entry.path("http-status").isInt() && status >= 100 && status <= 599,
          at + "/http-status", "expected an HTTP status");
      checkText(entry.path("msg"), at + "/msg");
      checkText(entry.path("description"), at + "/description");
      check(RETRY_VALUES.contains(entry.path("retry").asText()), at + "/retry",
          "expected one of " + RETRY_VALUES + ", found '" + entry.path("retry").asText() + "'");
    }
    return codes;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void operationsHaveOneTagAMethodAndAUniqueId(String spec) {
    root = SpecFile.tree(spec);
    Set<String> tags = new HashSet<>();
    root.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    Set<String> ids = new HashSet<>();
    Set<String> methods = new HashSet<>();
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode opTags = op.node().path("tags");
      check(opTags.isArray() && opTags.size() == 1, op.pointer() + "/tags", "expected exactly one tag");
      String tag = opTags.path(0).asText();
      check(TAG.matcher(tag).matches(), op.pointer() + "/tags", "tag must be snake_case: " + tag);
      check(tags.contains(tag), op.pointer() + "/tags", "tag '" + tag + "' is not declared at the root");
      check(OPERATION_ID.matcher(op.operationId()).matches(), op.pointer() + "/operationId",
          "expected a camelCase operationId");
      check(ids.add(op.operationId()), op.pointer() + "/operationId", "duplicate operationId");
      String method = op.node().path("x-lark-method").asText();
      check(METHOD_NAME.matcher(method).matches(), op.pointer() + "/x-lark-method",
          "expected a lowerCamel method name");
      check(methods.add(tag + "." + method), op.pointer() + "/x-lark-method",
          "duplicate method '" + method + "' in resource '" + tag + "'");
    }
    assertNoProblems();
  }

  /** The query parameters of an operation by name. */
  private static Map<String, JsonNode> queryParameters(JsonNode operation) {
    Map<String, JsonNode> params = new LinkedHashMap<>();
    for (JsonNode param : operation.path("parameters")) {
      if (param.path("in").asText().equals("query")) {
        params.put(param.path("name").asText(), param);
      }
    }
    return params;
  }

  /** The data schema of an operation's 200 envelope, or a missing node (there is no data). */
  private JsonNode dataSchema(JsonNode operation) {
    String envelopeRef = operation.path("responses").path("200").path("content")
        .path("application/json").path("schema").path("$ref").asText();
    JsonNode envelope = SpecFile.resolve(root, envelopeRef);
    if (envelope == null) {
      return root.path("missing");
    }
    String dataName = root.path("x-lark-envelope").path("data").asText();
    JsonNode data = SpecFile.resolve(root, envelope.path("properties").path(dataName).path("$ref").asText());
    return data == null ? root.path("missing") : data;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void pagination(String spec) {
    root = SpecFile.tree(spec);
    int pageable = 0;
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode paging = op.node().path("x-lark-pagination");
      if (paging.isMissingNode()) {
        continue;
      }
      pageable++;
      String pointer = op.pointer() + "/x-lark-pagination";
      checkKeys(paging, pointer,
          Set.of("page-token-param", "page-size-param", "items", "has-more", "next-page-token"), Set.of());
      Map<String, JsonNode> params = queryParameters(op.node());
      JsonNode tokenParam = params.get(paging.path("page-token-param").asText());
      check(tokenParam != null && tokenParam.path("schema").path("type").asText().equals("string"),
          pointer + "/page-token-param", "must name a string query parameter");
      // Two pages type page_size as a string; its bounds still hold for the number it spells.
      // The maximum is there when the page gives one (one page says its page size has no effect).
      JsonNode sizeParam = params.get(paging.path("page-size-param").asText());
      JsonNode sizeSchema = sizeParam == null ? root.path("missing") : sizeParam.path("schema");
      check(List.of("integer", "string").contains(sizeSchema.path("type").asText()),
          pointer + "/page-size-param", "must name an integer (or string) query parameter");
      // minimum 1 unless the page's own range starts elsewhere (one says 0 ～ 100).
      check(sizeSchema.path("minimum").isInt() && sizeSchema.path("minimum").asInt() >= 0,
          pointer + "/page-size-param", "page sizes state their minimum");
      check(!sizeSchema.has("maximum") || sizeSchema.path("maximum").asInt(0) >= 1,
          pointer + "/page-size-param", "the maximum is a positive integer");
      JsonNode dataProps = dataSchema(op.node()).path("properties");
      JsonNode items = below(dataSchema(op.node()), paging.path("items").asText());
      check(items.path("type").asText().equals("array")
              && (items.path("items").has("$ref") || items.path("items").path("type").isTextual()),
          pointer + "/items", "must name an array below the data schema (a dotted path)");
      check(dataProps.path(paging.path("has-more").asText()).path("type").asText().equals("boolean"),
          pointer + "/has-more", "must name a boolean property of the data schema");
      check(dataProps.path(paging.path("next-page-token").asText()).path("type").asText().equals("string"),
          pointer + "/next-page-token", "must name a string property of the data schema");
    }
    check(pageable > 0, "/paths", "no operation is pageable");
    assertNoProblems();
  }

  /** The property a dotted path names below an object schema, following $refs; or a missing node. */
  private JsonNode below(JsonNode schema, String dotted) {
    JsonNode node = schema;
    for (String segment : dotted.split("\\.", -1)) {
      if (node.has("$ref")) {
        node = SpecFile.resolve(root, node.path("$ref").asText());
        if (node == null) {
          return root.path("missing");
        }
      }
      node = node.path("properties").path(segment);
    }
    return node;
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void rateLimits(String spec) {
    root = SpecFile.tree(spec);
    for (OperationRef op : SpecWalker.operations(root)) {
      String pointer = op.pointer() + "/x-lark-rate-limit";
      JsonNode limit = op.node().path("x-lark-rate-limit");
      if (limit.isMissingNode()) {
        continue; // the page gives no limit
      }
      if (limit.path("special").asBoolean(false)) {
        // 特殊频控: no numbers, the doc's wording instead.
        checkKeys(limit, pointer, Set.of("special", "description"), Set.of("key"));
        checkText(limit.path("description"), pointer + "/description");
      } else {
        checkKeys(limit, pointer, Set.of(), Set.of("requests-per-second", "requests-per-minute", "key"));
        check(limit.has("requests-per-second") || limit.has("requests-per-minute"), pointer,
            "expected requests-per-second, requests-per-minute or both");
        for (String key : List.of("requests-per-second", "requests-per-minute")) {
          check(!limit.has(key) || limit.path(key).isInt() && limit.path(key).asInt() > 0,
              pointer + "/" + key, "expected a positive integer");
        }
      }
      if (limit.has("key")) {
        checkText(limit.path("key"), pointer + "/key");
      }
    }
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void requireAnyRules(String spec) {
    root = SpecFile.tree(spec);
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode rules = op.node().path("x-lark-require-any");
      if (rules.isMissingNode()) {
        continue;
      }
      String pointer = op.pointer() + "/x-lark-require-any";
      check(rules.isArray() && !rules.isEmpty(), pointer, "expected a non-empty list of rules");
      Map<String, JsonNode> params = queryParameters(op.node());
      for (int i = 0; i < rules.size(); i++) {
        JsonNode rule = rules.get(i);
        String at = pointer + "/" + i;
        checkKeys(rule, at, Set.of("parameters", "description"), Set.of());
        List<String> names = checkStringList(rule.path("parameters"), at + "/parameters");
        check(names.size() >= 2, at + "/parameters", "a rule needs at least two parameters");
        for (String name : names) {
          JsonNode param = params.get(name);
          check(param != null, at + "/parameters", "no query parameter '" + name + "'");
          check(param == null || !param.path("required").asBoolean(false), at + "/parameters",
              "'" + name + "' is required anyway");
        }
        checkText(rule.path("description"), at + "/description");
      }
    }
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void scopes(String spec) {
    root = SpecFile.tree(spec);
    for (OperationRef op : SpecWalker.operations(root)) {
      String pointer = op.pointer() + "/x-lark-scopes";
      JsonNode scopes = op.node().path("x-lark-scopes");
      checkKeys(scopes, pointer, Set.of("any-of"), Set.of("field-scopes"));
      checkScopes(scopes.path("any-of"), pointer + "/any-of");
      JsonNode fieldScopes = scopes.path("field-scopes");
      if (fieldScopes.isMissingNode()) {
        continue;
      }
      check(fieldScopes.isArray() && !fieldScopes.isEmpty(), pointer + "/field-scopes",
          "expected a non-empty list");
      Map<String, JsonNode> params = queryParameters(op.node());
      for (int i = 0; i < fieldScopes.size(); i++) {
        JsonNode entry = fieldScopes.get(i);
        String at = pointer + "/field-scopes/" + i;
        checkKeys(entry, at, Set.of("scope", "description"), Set.of("when"));
        check(SCOPE.matcher(entry.path("scope").asText()).matches(), at + "/scope", "malformed scope");
        checkText(entry.path("description"), at + "/description");
        if (!entry.has("when")) {
          continue; // a page-level field scope: needed to receive some sensitive fields
        }
        String[] when = entry.path("when").asText().split("=", -1);
        check(when.length == 2, at + "/when", "expected parameter=value");
        if (when.length != 2) {
          continue;
        }
        JsonNode param = params.get(when[0]);
        check(param != null, at + "/when", "no query parameter '" + when[0] + "'");
        if (param == null) {
          continue;
        }
        JsonNode schema = param.path("schema");
        if (schema.has("$ref")) {
          schema = SpecFile.resolve(root, schema.path("$ref").asText());
        }
        check(schema != null && SpecFile.texts(schema.path("enum")).contains(when[1]), at + "/when",
            "'" + when[1] + "' is not an allowed value of " + when[0]);
      }
    }
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void securitySchemeNamesItsTokenTypes(String spec) {
    root = SpecFile.tree(spec);
    JsonNode schemes = root.path("components").path("securitySchemes");
    check(!schemes.isEmpty(), "/components/securitySchemes", "no security scheme");
    for (Map.Entry<String, JsonNode> scheme : SpecFile.fields(schemes)) {
      String pointer = "/components/securitySchemes/" + scheme.getKey();
      check(scheme.getValue().path("type").asText().equals("http")
          && scheme.getValue().path("scheme").asText().equals("bearer"), pointer, "expected HTTP bearer");
      for (String type : checkStringList(scheme.getValue().path("x-lark-token-types"),
          pointer + "/x-lark-token-types")) {
        check(TOKEN_TYPES.contains(type), pointer + "/x-lark-token-types", "unknown token type " + type);
      }
    }
    check(root.path("security").path(0).has("tenantAccessToken"), "/security",
        "the root security requirement must name tenantAccessToken");
    check(root.path("components").path("securitySchemes").path("tenantAccessToken")
        .path("x-lark-token-types").toString().equals("[\"tenant_access_token\"]"),
        "/components/securitySchemes/tenantAccessToken", "must accept exactly tenant_access_token");
    assertNoProblems();
  }

  private void checkDoc(JsonNode doc, String pointer) {
    checkKeys(doc, pointer, DOC_KEYS, Set.of());
    checkText(doc.path("file"), pointer + "/file");
    check(doc.path("file").asText().endsWith(".md") && !doc.path("file").asText().startsWith("/"),
        pointer + "/file", "expected a page path relative to the docs root");
    check(doc.path("full-path").asText().startsWith("/"), pointer + "/full-path", "expected an absolute doc path");
    check(doc.path("update-time").isIntegralNumber() && doc.path("update-time").asLong() > 0,
        pointer + "/update-time", "expected epoch milliseconds");
    check(doc.path("url").asText().equals(DOC_URL + doc.path("full-path").asText()), pointer + "/url",
        "expected " + DOC_URL + " + full-path");
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void docProvenance(String spec) {
    root = SpecFile.tree(spec);
    int docs = 0;
    for (OperationRef op : SpecWalker.operations(root)) {
      if (op.node().has("x-lark-doc")) {
        docs++;
        checkDoc(op.node().path("x-lark-doc"), op.pointer() + "/x-lark-doc");
      }
    }
    for (Map.Entry<String, JsonNode> schema : SpecFile.fields(root.path("components").path("schemas"))) {
      if (schema.getValue().has("x-lark-doc")) {
        checkDoc(schema.getValue().path("x-lark-doc"), "/components/schemas/" + schema.getKey() + "/x-lark-doc");
      }
    }
    check(docs > 0, "/paths", "no imported operation");
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void events(String spec) {
    root = SpecFile.tree(spec);
    JsonNode events = root.path("x-lark-events");
    if (events.isMissingNode()) {
      return; // a service without events
    }
    check(events.isArray() && !events.isEmpty(), "/x-lark-events", "expected a non-empty list");
    Set<String> types = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      JsonNode event = events.get(i);
      String at = "/x-lark-events/" + i;
      checkKeys(event, at, Set.of("event-type", "schema", "app-types", "scopes", "doc"), Set.of());
      check(event.path("event-type").asText().matches("[a-z]+(\\.[a-z_]+)+_v[0-9]+"), at + "/event-type",
          "expected service.resource.event_vN");
      check(types.add(event.path("event-type").asText()), at + "/event-type", "duplicate event type");
      JsonNode schema = root.path("components").path("schemas").path(event.path("schema").asText());
      check(schema.path("type").asText().equals("object"), at + "/schema", "must name an object schema");
      checkAppTypes(event.path("app-types"), at + "/app-types");
      checkScopes(event.path("scopes"), at + "/scopes");
      checkDoc(event.path("doc"), at + "/doc");
    }
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource(SpecFile.EVERY_FILE)
  void tokensIdempotencyAndDeprecation(String spec) {
    root = SpecFile.tree(spec);
    Set<String> schemes = new HashSet<>(SpecFile.fieldNames(root.path("components").path("securitySchemes")));
    for (OperationRef op : SpecWalker.operations(root)) {
      JsonNode node = op.node();
      if (node.has("x-lark-token-types")) {
        String at = op.pointer() + "/x-lark-token-types";
        List<String> tokens = checkStringList(node.path("x-lark-token-types"), at);
        for (String token : tokens) {
          check(TOKEN_TYPES.contains(token), at, "unknown token type " + token);
        }
        check(!tokens.equals(List.of("tenant_access_token")), at, "tenant only is said by leaving it out");
        check(node.path("security").isArray(), op.pointer() + "/security",
            "an operation that accepts a user token lists its security schemes");
      }
      for (JsonNode requirement : node.path("security")) {
        for (String scheme : SpecFile.fieldNames(requirement)) {
          check(schemes.contains(scheme), op.pointer() + "/security", "unknown security scheme " + scheme);
        }
      }
      if (node.has("x-lark-idempotency-key")) {
        String key = node.path("x-lark-idempotency-key").asText();
        JsonNode body = SpecFile.resolve(root, node.path("requestBody").path("content").path("application/json")
            .path("schema").path("$ref").asText());
        check(body != null && body.path("properties").has(key), op.pointer() + "/x-lark-idempotency-key",
            "must name a top-level property of the JSON body: " + key);
      }
      if (node.has("x-lark-deprecation")) {
        String at = op.pointer() + "/x-lark-deprecation";
        checkKeys(node.path("x-lark-deprecation"), at, Set.of("note"), Set.of("replacement"));
        checkText(node.path("x-lark-deprecation").path("note"), at + "/note");
        check(node.path("deprecated").asBoolean(false), op.pointer() + "/deprecated",
            "x-lark-deprecation goes with deprecated: true");
      }
    }
    SpecWalker.walk(root, (pointer, node) -> {
      if (node.isObject() && node.has("x-lark-field-scopes")) {
        checkScopes(node.path("x-lark-field-scopes"), pointer + "/x-lark-field-scopes");
      }
    });
    assertNoProblems();
  }
}
