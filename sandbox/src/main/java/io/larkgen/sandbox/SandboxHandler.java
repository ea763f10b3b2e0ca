package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.larkgen.sandbox.SpecModel.ErrorCodeDef;
import io.larkgen.sandbox.SpecModel.OperationDef;
import io.larkgen.sandbox.TokenService.Kind;
import io.larkgen.sandbox.TokenService.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: token endpoints, then, for the spec's operations, faults, auth,
 * rate limit, query rules and finally the data. Every answer carries {@code X-Tt-Logid}.
 */
final class SandboxHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);
  private static final String AUTH_PREFIX = "/open-apis/auth/v3/";
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  static final int CODE_PARAM = 1002002;
  static final int CODE_SYSTEM = 1002001;
  static final int CODE_RATE_LIMIT = 99991400;
  static final int CODE_NEED_TOKEN = 99991661;
  static final int CODE_INVALID_TOKEN = 99991663;
  static final int CODE_INVALID_APP_TOKEN = 99991664;
  static final int CODE_INVALID_USER_TOKEN = 99991668;

  private final List<OperationDef> operations;
  private final Map<Integer, ErrorCodeDef> platformErrors;
  private final HireEndpoints endpoints;
  private final SpecEndpoints generic;
  private final TokenService tokens;
  private final RateLimiter limiter;
  private final boolean rateLimits;
  private final FaultInjector faults;
  private final SandboxStats stats;
  private final Credentials credentials;
  private final AtomicLong logCounter = new AtomicLong();
  private final long logSalt;

  /** Apps and tenants this sandbox knows. */
  record Credentials(String appId, String appSecret, String tenantKey, StoreApp storeApp) {
    @Override
    public String toString() {
      return "Credentials{appId=" + appId + ", storeApp=" + storeApp + "}";
    }
  }

  SandboxHandler(List<SpecModel> specs, HireEndpoints endpoints, SpecEndpoints generic,
      TokenService tokens, RateLimiter limiter, boolean rateLimits, FaultInjector faults,
      SandboxStats stats, Credentials credentials, long logSalt) {
    this.operations = specs.stream().flatMap(s -> s.operations().stream()).toList();
    this.platformErrors = specs.get(0).commonErrors();
    this.endpoints = endpoints;
    this.generic = generic;
    this.tokens = tokens;
    this.limiter = limiter;
    this.rateLimits = rateLimits;
    this.faults = faults;
    this.stats = stats;
    this.credentials = credentials;
    this.logSalt = logSalt;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String logId = nextLogId();
    exchange.getResponseHeaders().set("X-Tt-Logid", logId);
    try {
      String path = exchange.getRequestURI().getRawPath();
      if (path.startsWith(AUTH_PREFIX)) {
        stats.request(path);
        serveWithFaults(exchange, logId, null, faults.plan().includeTokenEndpoints(),
            () -> auth(exchange, path));
        return;
      }
      Optional<Route> route = route(exchange.getRequestMethod(), path);
      if (route.isEmpty()) {
        stats.request("unknown");
        write(exchange, Reply.text(404, "404 page not found", "text/plain; charset=utf-8"));
        return;
      }
      stats.request(route.get().operation().operationId());
      serveWithFaults(exchange, logId, route.get(), true, () -> api(exchange, logId, route.get()));
    } catch (IOException e) {
      LOG.debug("client went away: {}", e.toString());
    } catch (RuntimeException e) {
      LOG.warn("sandbox failed to answer {} {}", exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), e);
      try {
        write(exchange, error(null, 500, CODE_SYSTEM, "系统错误", logId, null));
      } catch (IOException | RuntimeException ignored) {
        // Headers were already sent; the connection closes below.
      }
    } finally {
      try {
        drain(exchange);
      } catch (IOException | RuntimeException ignored) {
        // The caller went away; the exchange closes below.
      }
      exchange.close();
    }
  }

  private interface Answer {
    Reply get() throws IOException;
  }

  private void serveWithFaults(HttpExchange exchange, String logId, Route route, boolean applies,
      Answer answer) throws IOException {
    List<Fault> planned = applies ? faults.next() : List.of();
    Fault bodyFault = null;
    boolean repeatToken = false;
    for (Fault f : planned) {
      switch (f) {
        case REVOKE_TOKENS -> {
          tokens.revokeAll();
          stats.fault(f);
        }
        case SLOW -> {
          stats.fault(f);
          sleep(faults.plan().slowDelay());
        }
        case CONNECTION_RESET -> {
          stats.fault(f);
          exchange.close();
          return;
        }
        case HTTP_500, HTTP_502, HTTP_503, HTTP_429 -> {
          stats.fault(f);
          write(exchange, injectedError(f, route, logId));
          return;
        }
        case TRUNCATED_BODY, TRUNCATED_CONNECTION_CLOSED -> bodyFault = f;
        case REPEATED_PAGE_TOKEN -> repeatToken = true;
        default -> throw new IllegalStateException("unhandled fault " + f);
      }
    }
    Reply reply = answer.get();
    if (repeatToken) {
      Reply repeated = route == null ? null : endpoints.repeatPageToken(reply, query(exchange));
      if (repeated == null) {
        faults.carry(Fault.REPEATED_PAGE_TOKEN);
      } else {
        stats.fault(Fault.REPEATED_PAGE_TOKEN);
        reply = repeated;
      }
    }
    if (bodyFault == null) {
      write(exchange, reply);
      return;
    }
    stats.fault(bodyFault);
    byte[] cut = Arrays.copyOf(reply.body, Math.max(1, reply.body.length / 2));
    headers(exchange, reply);
    if (bodyFault == Fault.TRUNCATED_BODY) {
      exchange.sendResponseHeaders(reply.status, cut.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(cut);
      }
    } else {
      exchange.sendResponseHeaders(reply.status, reply.body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(cut);
      out.flush();
      // Closing the exchange with bytes still owed makes the server drop the connection.
      exchange.close();
    }
  }

  // ---------------------------------------------------------------- Hire endpoints

  private Reply api(HttpExchange exchange, String logId, Route route) throws IOException {
    OperationDef op = route.operation();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.substring(7).isBlank()) {
      return error(op, 400, CODE_NEED_TOKEN,
          "Missing access token for authorization. Please make a request with token attached.",
          logId, null);
    }
    Optional<Token> token = tokens.check(authorization.substring(7).trim())
        .filter(t -> t.kind() != Kind.APP);
    if (token.isEmpty() || !op.accepts(token.get().kind().feishuType())) {
      // A valid token of a type the operation does not take is refused like a bad one of the
      // type it wants: 99991668 when it takes only user tokens, 99991663 otherwise.
      boolean userOnly = !op.accepts(Kind.TENANT.feishuType());
      return error(op, 400, userOnly ? CODE_INVALID_USER_TOKEN : CODE_INVALID_TOKEN,
          "Invalid access token for authorization. Please make a request with token attached.",
          logId, null);
    }
    if (rateLimits && (op.requestsPerSecond() > 0 || op.requestsPerMinute() > 0)) {
      RateLimiter.Decision d = limiter.acquire(op.rateLimitKey(), token.get().appId(),
          token.get().tenantKey(), op.requestsPerSecond(), op.requestsPerMinute());
      if (!d.allowed()) {
        stats.rateLimited();
        return rateLimited(op, logId, d.limit(), d.resetSeconds());
      }
    }
    Map<String, List<String>> query = query(exchange);
    Optional<QueryValidator.Violation> violation = QueryValidator.validate(op, query)
        .or(() -> QueryValidator.validatePath(op, route.pathParams()));
    if (violation.isPresent()) {
      return paramError(op, logId, violation.get());
    }
    RequestBodies.Body body = RequestBodies.read(exchange, op);
    if (body.violation() != null) {
      return paramError(op, logId, body.violation());
    }
    HireEndpoints.Result result = HireEndpoints.serves(op)
        ? endpoints.handle(op, route.pathParams(), query)
        : generic.handle(op, route.pathParams(), query, body.fields());
    if (result.violation() != null) {
      return paramError(op, logId, result.violation());
    }
    SpecModel.Envelope names = op.envelope();
    ObjectNode out = Json.object();
    out.put(names.code(), names.successCode());
    out.put(names.msg(), "success");
    if (op.hasData() && result.data() != null) {
      out.set(names.data(), result.data());
    }
    return Reply.json(200, out);
  }

  private Reply paramError(OperationDef op, String logId, QueryValidator.Violation v) {
    String base = errorCode(op, CODE_PARAM).map(ErrorCodeDef::msg).orElse("参数错误");
    ObjectNode violation = Json.object();
    violation.put("field", v.field());
    violation.put("value", v.value());
    violation.put("description", v.message());
    return error(op, 400, CODE_PARAM, base + ": " + v.message(), logId, violation);
  }

  private Reply rateLimited(OperationDef op, String logId, int limit, int reset) {
    Reply reply = error(op, 429, CODE_RATE_LIMIT, "request trigger frequency limit", logId, null)
        .header("x-ogw-ratelimit-limit", String.valueOf(limit))
        .header("x-ogw-ratelimit-reset", String.valueOf(reset));
    stats.sent429();
    return reply;
  }

  private Reply injectedError(Fault fault, Route route, String logId) {
    OperationDef op = route == null ? null : route.operation();
    return switch (fault) {
      case HTTP_500 -> error(op, 500, CODE_SYSTEM, "系统错误", logId, null);
      case HTTP_503 -> exactError(op, 503, CODE_SYSTEM, "service unavailable", logId, null);
      case HTTP_502 -> Reply.text(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
          + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n",
          "text/html");
      case HTTP_429 -> rateLimited(op, logId,
          op == null ? 50 : op.requestsPerSecond() > 0 ? op.requestsPerSecond()
              : op.requestsPerMinute() > 0 ? op.requestsPerMinute() : 50,
          faults.plan().rateLimitResetSeconds());
      default -> throw new IllegalArgumentException("not an error fault: " + fault);
    };
  }

  /**
   * Feishu's error envelope: {@code code}, {@code msg} and {@code error} with the log id and
   * a troubleshooting link. The HTTP status is the one the spec documents for the code.
   */
  private Reply error(OperationDef op, int defaultStatus, int code, String defaultMsg,
      String logId, ObjectNode fieldViolation) {
    Optional<ErrorCodeDef> def = errorCode(op, code);
    int status = def.map(ErrorCodeDef::httpStatus).orElse(defaultStatus);
    String msg = code == CODE_PARAM || def.isEmpty() || def.get().msg().isEmpty()
        ? defaultMsg : def.get().msg();
    return exactError(op, status, code, msg, logId, fieldViolation);
  }

  /** The operation's documented code (its own, then its spec's common ones), or the platform's. */
  private Optional<ErrorCodeDef> errorCode(OperationDef op, int code) {
    return Optional.ofNullable(op == null ? platformErrors.get(code) : op.errorCodes().get(code));
  }

  /** The error envelope with exactly this status and msg. */
  private Reply exactError(OperationDef op, int status, int code, String msg, String logId,
      ObjectNode fieldViolation) {
    SpecModel.Envelope names = op == null ? new SpecModel.Envelope("code", "msg", "data", 0)
        : op.envelope();
    ObjectNode body = Json.object();
    body.put(names.code(), code);
    body.put(names.msg(), msg);
    ObjectNode error = body.putObject("error");
    error.put("log_id", logId);
    error.put("troubleshooter", "排查建议查看(Troubleshooting suggestions): "
        + "https://open.feishu.cn/search?from=openapi&log_id=" + logId + "&code=" + code
        + "&method_id=" + methodId(op));
    if (fieldViolation != null) {
      error.putArray("field_violations").add(fieldViolation);
    }
    return Reply.json(status, body);
  }

  private static String methodId(OperationDef op) {
    String key = op == null ? "auth" : op.operationId();
    return String.valueOf((SandboxDataset.mix(key.hashCode(), 99, key.length()) >>> 2)
        % 9_000_000_000_000_000_000L + 100_000_000_000_000_000L);
  }

  // ---------------------------------------------------------------- token endpoints

  private Reply auth(HttpExchange exchange, String path) throws IOException {
    String endpoint = path.substring(AUTH_PREFIX.length());
    if (!"POST".equals(exchange.getRequestMethod())) {
      drain(exchange);
      return Reply.text(404, "404 page not found", "text/plain; charset=utf-8");
    }
    JsonNode body;
    try (InputStream in = exchange.getRequestBody()) {
      body = Json.MAPPER.readTree(in);
    } catch (IOException e) {
      return authError(10003, "invalid param");
    }
    if (body == null || !body.isObject()) {
      return authError(10003, "invalid param");
    }
    String appId = body.path("app_id").asText("");
    String appSecret = body.path("app_secret").asText("");
    StoreApp store = credentials.storeApp();
    switch (endpoint) {
      case "tenant_access_token/internal", "app_access_token/internal" -> {
        if (appId.isEmpty() || appSecret.isEmpty()) {
          return authError(10003, "invalid param");
        }
        if (!appId.equals(credentials.appId()) || !appSecret.equals(credentials.appSecret())) {
          return authError(10014, "app secret invalid");
        }
        Token tenant = tokens.issue(Kind.TENANT, appId, credentials.tenantKey());
        ObjectNode out = ok();
        if (endpoint.startsWith("app_")) {
          Token app = tokens.issue(Kind.APP, appId, credentials.tenantKey());
          out.put("app_access_token", app.value());
          out.put("expire", app.remainingSeconds(tokens.now()));
        } else {
          out.put("expire", tenant.remainingSeconds(tokens.now()));
        }
        out.put("tenant_access_token", tenant.value());
        return Reply.json(200, out);
      }
      case "app_access_token" -> {
        String ticket = body.path("app_ticket").asText("");
        if (appId.isEmpty() || appSecret.isEmpty() || ticket.isEmpty()) {
          return authError(10003, "invalid param");
        }
        if (!appId.equals(store.appId()) || !appSecret.equals(store.appSecret())) {
          return authError(10014, "app secret invalid");
        }
        if (!ticket.equals(store.appTicket())) {
          return authError(10012, "app_ticket is invalid");
        }
        Token app = tokens.issue(Kind.APP, appId, "");
        ObjectNode out = ok();
        out.put("app_access_token", app.value());
        out.put("expire", app.remainingSeconds(tokens.now()));
        return Reply.json(200, out);
      }
      case "tenant_access_token" -> {
        String appToken = body.path("app_access_token").asText("");
        String tenantKey = body.path("tenant_key").asText("");
        if (appToken.isEmpty() || tenantKey.isEmpty()) {
          return authError(10003, "invalid param");
        }
        Optional<Token> app = tokens.check(appToken, Kind.APP);
        if (app.isEmpty() || !app.get().appId().equals(store.appId())) {
          return authError(CODE_INVALID_APP_TOKEN, "invalid app token");
        }
        if (!store.tenantKeys().contains(tenantKey)) {
          return authError(10003, "invalid param: tenant_key");
        }
        Token tenant = tokens.issue(Kind.TENANT, store.appId(), tenantKey);
        ObjectNode out = ok();
        out.put("expire", tenant.remainingSeconds(tokens.now()));
        out.put("tenant_access_token", tenant.value());
        return Reply.json(200, out);
      }
      case "app_ticket/resend" -> {
        if (!appId.equals(store.appId()) || !appSecret.equals(store.appSecret())) {
          return authError(10014, "app secret invalid");
        }
        return Reply.json(200, ok());
      }
      default -> {
        return Reply.text(404, "404 page not found", "text/plain; charset=utf-8");
      }
    }
  }

  private static ObjectNode ok() {
    ObjectNode out = Json.object();
    out.put("code", 0);
    out.put("msg", "ok");
    return out;
  }

  private static Reply authError(int code, String msg) {
    ObjectNode out = Json.object();
    out.put("code", code);
    out.put("msg", msg);
    return Reply.json(400, out);
  }

  // ---------------------------------------------------------------- plumbing

  /** A matched operation and its path parameters. */
  record Route(OperationDef operation, Map<String, String> pathParams) {}

  /**
   * The operation whose method and path template match; where several templates match
   * ({@code /jobs/{job_id}} and {@code /jobs/search}), the one with more literal segments wins.
   */
  private Optional<Route> route(String method, String rawPath) {
    List<String> segments = List.of(rawPath.replaceFirst("^/", "").split("/", -1));
    Route best = null;
    for (OperationDef op : operations) {
      List<String> template = op.segments();
      if (!op.httpMethod().equals(method) || template.size() != segments.size()) {
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      boolean match = true;
      for (int i = 0; i < template.size() && match; i++) {
        String t = template.get(i);
        String s = segments.get(i);
        if (t.startsWith("{") && t.endsWith("}")) {
          match = !s.isEmpty();
          // A path is not a form: '+' stays '+' (URLDecoder would make it a space).
          params.put(t.substring(1, t.length() - 1),
              URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        } else {
          match = t.equals(s);
        }
      }
      if (match && (best == null || params.size() < best.pathParams().size())) {
        best = new Route(op, params);
      }
    }
    return Optional.ofNullable(best);
  }

  static Map<String, List<String>> query(HttpExchange exchange) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void headers(HttpExchange exchange, Reply reply) {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType);
    reply.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
  }

  private static void write(HttpExchange exchange, Reply reply) throws IOException {
    headers(exchange, reply);
    exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body);
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String nextLogId() {
    long n = logCounter.incrementAndGet();
    long bits = SandboxDataset.mix(logSalt, 77, n);
    return LOG_TIME.format(Instant.ofEpochMilli(tokens.now()))
        + String.format(Locale.ROOT, "%016X%04X", bits, n & 0xFFFF);
  }
}
