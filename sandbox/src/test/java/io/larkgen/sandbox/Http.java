package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A thin java.net.http client for the sandbox, the way a Feishu caller talks to it. */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String INTERVIEWS = "/open-apis/hire/v1/interviews";
  static final String RECORDS = "/open-apis/hire/v1/interview_records";

  /** One answer: status, log id, raw body and the body as JSON (null if it is not JSON). */
  record Answer(int status, HttpResponse<byte[]> response, byte[] raw, JsonNode json) {
    int code() {
      return json.path("code").asInt(Integer.MIN_VALUE);
    }

    String msg() {
      return json.path("msg").asText();
    }

    JsonNode data() {
      return json.path("data");
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String logId() {
      return header("X-Tt-Logid");
    }
  }

  final FeishuSandbox sandbox;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Http(FeishuSandbox sandbox) {
    this.sandbox = sandbox;
  }

  String tenantToken() {
    Answer a = post("/open-apis/auth/v3/tenant_access_token/internal",
        "{\"app_id\":\"" + sandbox.appId() + "\",\"app_secret\":\"" + sandbox.appSecret() + "\"}");
    assertEquals(0, a.code(), a.json()::toString);
    return a.json().path("tenant_access_token").asText();
  }

  Answer post(String path, String json) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return send(request);
  }

  /** GET with query pairs: name, value, name, value… (values URL-encoded here). */
  Answer get(String token, String path, String... query) {
    return send(request(token, path, query));
  }

  /** Any method with an optional body of the given content type. */
  Answer call(String method, String token, String path, String contentType, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  /** A JSON request with a bearer token. */
  Answer json(String method, String token, String path, String json) {
    return call(method, token, path, "application/json; charset=utf-8",
        json.getBytes(StandardCharsets.UTF_8));
  }

  HttpRequest request(String token, String path, String... query) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path + query(query)))
        .timeout(Duration.ofSeconds(20)).GET();
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  Answer send(HttpRequest request) {
    try {
      return answer(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer answer(HttpResponse<byte[]> response) {
    JsonNode json;
    try {
      json = MAPPER.readTree(response.body());
    } catch (IOException e) {
      json = null;
    }
    return new Answer(response.statusCode(), response, response.body(), json);
  }

  static String query(String... pairs) {
    if (pairs.length == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return "?" + String.join("&", parts);
  }

  /** Asserts Feishu's error answer: status, code, a msg containing {@code msgPart}, log id. */
  static void assertError(Answer a, int status, int code, String msgPart) {
    assertNotNull(a.json(), () -> "not JSON: " + new String(a.raw(), StandardCharsets.UTF_8));
    assertEquals(status, a.status(), a.json()::toString);
    assertEquals(code, a.code(), a.json()::toString);
    assertTrue(a.msg().contains(msgPart), () -> "msg '" + a.msg() + "' should contain " + msgPart);
    assertNotNull(a.logId(), "X-Tt-Logid header");
    assertEquals(a.logId(), a.json().path("error").path("log_id").asText(), "error.log_id");
    assertTrue(a.json().path("error").path("troubleshooter").asText().contains(a.logId()));
    assertTrue(a.json().path("data").isMissingNode(), "no data on errors");
  }

  static ObjectNode object(JsonNode node) {
    return (ObjectNode) node;
  }
}
