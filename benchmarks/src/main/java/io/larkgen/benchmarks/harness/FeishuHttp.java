package io.larkgen.benchmarks.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A deliberately plain HTTP caller of a Feishu-compatible server (the sandbox), used only to
 * capture response bytes for the decode benchmarks. It fetches a tenant_access_token once and
 * returns raw bodies, so no client under test takes part in producing its own input.
 */
public final class FeishuHttp {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI baseUrl;
  private final String token;

  private FeishuHttp(URI baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  /** Logs in with the self-built app flow ({@code tenant_access_token/internal}). */
  public static FeishuHttp login(URI baseUrl, String appId, String appSecret) {
    ObjectNode body = MAPPER.createObjectNode().put("app_id", appId).put("app_secret", appSecret);
    FeishuHttp anonymous = new FeishuHttp(baseUrl, null);
    JsonNode answer =
        anonymous.parse(
            anonymous.send(
                HttpRequest.newBuilder(
                        anonymous.resolve("/open-apis/auth/v3/tenant_access_token/internal"))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
    String token = answer.path("tenant_access_token").asText("");
    if (token.isEmpty()) {
      throw new IllegalStateException("no tenant_access_token in the login answer: code "
          + answer.path("code").asText() + " " + answer.path("msg").asText());
    }
    return new FeishuHttp(baseUrl, token);
  }

  /** GETs {@code path} with the given query parameters (a list value becomes repeated keys). */
  public byte[] get(String path, Map<String, ?> query) {
    StringJoiner q = new StringJoiner("&");
    query.forEach(
        (name, value) -> {
          if (value instanceof List<?> values) {
            values.forEach(v -> q.add(encode(name) + "=" + encode(String.valueOf(v))));
          } else if (value != null) {
            q.add(encode(name) + "=" + encode(String.valueOf(value)));
          }
        });
    URI uri = resolve(path + (q.length() == 0 ? "" : "?" + q));
    return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET());
  }

  /** Parses a body and checks the envelope's {@code code} is 0. */
  public JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node.path("code").asInt(-1) != 0) {
        throw new IllegalStateException(
            "error answer: code " + node.path("code").asText() + " " + node.path("msg").asText());
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI resolve(String pathAndQuery) {
    String base = baseUrl.toString();
    return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + pathAndQuery
        : base + pathAndQuery);
  }

  private byte[] send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          http.send(request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "HTTP " + response.statusCode() + " from " + response.uri().getPath());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
