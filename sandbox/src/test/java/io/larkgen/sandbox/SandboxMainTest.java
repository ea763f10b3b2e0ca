package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The standalone process prints one JSON line with what a client needs, then serves. */
class SandboxMainTest {

  @Test
  void printsBaseUrlAndCredentialsThenServes() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), SandboxMain.class.getName(),
        "--interviews", "100", "--seed", "8", "--no-rate-limits"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      JsonNode line = Http.MAPPER.readTree(out.readLine());
      String baseUrl = line.path("baseUrl").asText();
      assertTrue(baseUrl.startsWith("http://127.0.0.1:"), baseUrl);
      assertEquals(100, line.path("interviews").asInt());
      String body = "{\"app_id\":\"" + line.path("appId").asText() + "\",\"app_secret\":\""
          + line.path("appSecret").asText() + "\"}";
      HttpResponse<String> token = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/open-apis/auth/v3/tenant_access_token/internal"))
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(0, Http.MAPPER.readTree(token.body()).path("code").asInt(), token.body());
    } finally {
      process.destroy();
      assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stops when asked to");
    }
  }
}
