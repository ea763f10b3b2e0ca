package io.larkgen.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone process prints one JSON line with what a client needs, then serves. */
class SandboxMainTest {

  @Test
  void printsBaseUrlAndCredentialsThenServes() throws Exception {
    Process process = start("--interviews", "100", "--seed", "8", "--no-rate-limits");
    try {
      JsonNode line = firstLine(process);
      String baseUrl = line.path("baseUrl").asText();
      assertTrue(baseUrl.startsWith("http://127.0.0.1:"), baseUrl);
      assertEquals(100, line.path("interviews").asInt());
      JsonNode token = tenantToken(line);
      assertEquals(0, token.path("code").asInt(), token::toString);
    } finally {
      process.destroy();
      assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stops when asked to");
    }
  }

  @Test
  void servesTheSpecFilesItIsGiven(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("conventions.yaml");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SpecDrivenTest.V1)) {
      Files.copy(in, spec);
    }
    Process process = start("--interviews", "100", "--seed", "8", "--no-rate-limits",
        "--spec", spec.toString());
    try {
      JsonNode line = firstLine(process);
      String token = tenantToken(line).path("tenant_access_token").asText();
      HttpResponse<String> notes = get(line, "/open-apis/hire_conventions/v1/notes", token);
      assertEquals(200, notes.statusCode(), notes.body());
      assertEquals(0, Http.MAPPER.readTree(notes.body()).path("code").asInt(), notes.body());
      HttpResponse<String> interviews = get(line, "/open-apis/hire/v1/interviews", token);
      assertEquals(404, interviews.statusCode(), "only the given spec is served");
    } finally {
      process.destroy();
      assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stops when asked to");
    }
  }

  @Test
  void aMissingSpecFileIsAClearUsageError(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("absent.yaml");
    Process process = new ProcessBuilder(command("--spec", missing.toString()))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    assertEquals(2, process.exitValue(), output);
    assertTrue(output.contains("--spec: cannot read " + missing), output);
  }

  private static JsonNode firstLine(Process process) throws IOException {
    return Http.MAPPER.readTree(new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine());
  }

  /** The token endpoint's answer for the credentials the process printed. */
  private static JsonNode tenantToken(JsonNode line) throws Exception {
    String body = "{\"app_id\":\"" + line.path("appId").asText() + "\",\"app_secret\":\""
        + line.path("appSecret").asText() + "\"}";
    return Http.MAPPER.readTree(HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(line.path("baseUrl").asText()
                + "/open-apis/auth/v3/tenant_access_token/internal"))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString()).body());
  }

  private static HttpResponse<String> get(JsonNode line, String path, String token)
      throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(line.path("baseUrl").asText() + path))
            .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Process start(String... args) throws IOException {
    return new ProcessBuilder(command(args)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<String> command(String... args) {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-cp",
        System.getProperty("java.class.path"), SandboxMain.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
