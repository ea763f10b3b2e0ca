package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.larkgen.sandbox.FeishuSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per failure message, against the sandbox or a loopback stub of Feishu. */
class ErrorMessagesTest {
  private static FeishuSandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(3L).interviews(50).rateLimits(false).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private String out() {
    return dir.resolve("x.jsonl").toString();
  }

  @Test
  void badCredentialsNameTheFeishuCodeAndLogId() {
    Map<String, String> env =
        Map.of(Backends.APP_ID, sandbox.appId(), Backends.APP_SECRET, "wrong-secret", Backends.BASE_URL, sandbox.baseUrl());
    Cli.Run r = Cli.run(env, Backends.DEFAULT, EndToEndTest.wholeRange(sandbox, "--out", out()));
    assertEquals(ExitCodes.AUTH, r.code(), r.err());
    assertTrue(r.err().contains("hire-export: authentication failed: Feishu code 10014 (app secret invalid), log id "),
        r.err());
    assertTrue(r.err().contains("Check FEISHU_APP_ID and FEISHU_APP_SECRET"), r.err());
    assertFalse(r.err().contains("wrong-secret"), "the secret is never printed");
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void missingScopeIsNamed() throws IOException {
    HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stub.createContext("/open-apis/auth/v3/tenant_access_token/internal",
        ex -> answer(ex, 200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-stub\",\"expire\":7200}"));
    stub.createContext("/open-apis/hire/v1/interviews",
        ex -> answer(ex, 400, "{\"code\":99991672,\"msg\":\"Access denied. One of the following scopes is required:"
            + " [hire:interview:readonly, hire:interview].\",\"error\":{\"log_id\":\"20261201abcdef\","
            + "\"permission_violations\":[{\"type\":\"action_scope_required\",\"subject\":\"hire:interview:readonly\"},"
            + "{\"type\":\"action_scope_required\",\"subject\":\"hire:interview\"}]}}"));
    stub.start();
    try {
      Map<String, String> env = Map.of(Backends.APP_ID, "cli_stub", Backends.APP_SECRET, "s",
          Backends.BASE_URL, "http://127.0.0.1:" + stub.getAddress().getPort());
      Cli.Run r = Cli.run(env, Backends.DEFAULT, "--out", out());
      assertEquals(ExitCodes.PERMISSION, r.code(), r.err());
      assertTrue(r.err().contains("hire-export: permission denied: the app needs the scope hire:interview:readonly"
          + " or hire:interview (Feishu code 99991672: "), r.err());
      assertTrue(r.err().contains("log id 20261201abcdef"), r.err());
    } finally {
      stub.stop(0);
    }
  }

  private static void answer(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.getResponseHeaders().set("X-Tt-Logid", "20261201abcdef");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(b);
    }
  }

  @Test
  void requestTheClientRejectsBeforeSending() {
    long before = sandbox.stats().totalRequests();
    Cli.Run r = Cli.run(EndToEndTest.env(sandbox), Backends.DEFAULT, "--out", out(), "--from", "0", "--to", "1000");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("request rejected before sending: start_time: 0"), r.err());
    assertEquals(before, sandbox.stats().totalRequests(), "nothing was sent");
  }

  @Test
  void onlyOneCredentialSet() {
    Cli.Run r = Cli.run(Map.of(Backends.APP_ID, "cli_x"), Backends.DEFAULT, "--out", out());
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertEquals("hire-export: FEISHU_APP_ID is set but FEISHU_APP_SECRET is not: set both to export from Feishu,"
        + " or neither to use the embedded sandbox\n", r.err());
  }

  @Test
  void sandboxSizeOutOfRange() {
    Cli.Run r = Cli.run(Map.of(), Backends.DEFAULT, "--out", out(), "--sandbox-interviews", "5");
    assertEquals(ExitCodes.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("bad sandbox option: interviews must be between 10 and 1000000, was 5"), r.err());
  }

  @Test
  void embeddedSandboxIsAnnouncedAndUsed() {
    Cli.Run r = Cli.run(Map.of(), Backends.DEFAULT, "--out", out(), "--sandbox-interviews", "30", "--sandbox-seed", "5");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.err().startsWith("hire-export: no FEISHU_APP_ID / FEISHU_APP_SECRET set: exporting from the"
        + " embedded sandbox at http://127.0.0.1:"), r.err());
    assertTrue(r.err().contains("exported 30 interviews"), r.err());
  }
}
