package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static io.larkgen.sandbox.Http.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Http.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fault kind, injected by request number or by a seeded rate. */
class FaultTest {

  private static FeishuSandbox start(FaultPlan plan) {
    return FeishuSandbox.builder().seed(9L).interviews(300).rateLimits(false).faults(plan).start();
  }

  private static String[] firstPage(FeishuSandbox sandbox) {
    return new String[] {"start_time", "1", "page_size", "20"};
  }

  @Test
  void http500HasFeishusSystemErrorBody() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(2, Fault.HTTP_500).build())) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      assertEquals(0, http.get(token, INTERVIEWS, firstPage(sandbox)).code());
      assertError(http.get(token, INTERVIEWS, firstPage(sandbox)), 500, 1002001, "系统错误");
      assertEquals(0, http.get(token, INTERVIEWS, firstPage(sandbox)).code());
      assertEquals(1, sandbox.stats().faultsInjected(Fault.HTTP_500));
    }
  }

  @Test
  void http502IsAGatewayPage() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.HTTP_502).build())) {
      Http http = new Http(sandbox);
      Answer a = http.get(http.tenantToken(), INTERVIEWS, firstPage(sandbox));
      assertEquals(502, a.status());
      assertNull(a.json(), "not JSON");
      assertTrue(new String(a.raw(), StandardCharsets.UTF_8).contains("502 Bad Gateway"));
      assertNotNull(a.logId());
    }
  }

  @Test
  void http503HasAJsonEnvelope() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.HTTP_503).build())) {
      Http http = new Http(sandbox);
      assertError(http.get(http.tenantToken(), RECORDS), 503, 1002001, "unavailable");
    }
  }

  @Test
  void injected429CarriesTheResetHeader() {
    FaultPlan plan = FaultPlan.builder().at(1, Fault.HTTP_429).rateLimitResetSeconds(3).build();
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      Answer a = http.get(http.tenantToken(), RECORDS);
      assertError(a, 429, 99991400, "request trigger frequency limit");
      assertEquals("3", a.header("x-ogw-ratelimit-reset"));
      assertEquals("10", a.header("x-ogw-ratelimit-limit"));
      assertEquals(1, sandbox.stats().tooManyRequestsSent());
      assertEquals(0, sandbox.stats().rateLimitedRequests());
    }
  }

  @Test
  void slowAnswerIsDelayedButComplete() {
    FaultPlan plan = FaultPlan.builder().at(1, Fault.SLOW).slowDelay(Duration.ofMillis(300)).build();
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      long before = System.nanoTime();
      Answer a = http.get(token, INTERVIEWS, firstPage(sandbox));
      long elapsedMillis = (System.nanoTime() - before) / 1_000_000;
      assertEquals(0, a.code());
      assertEquals(20, a.data().path("items").size());
      assertTrue(elapsedMillis >= 300, "delayed at least the configured time: " + elapsedMillis);
      assertEquals(1, sandbox.stats().faultsInjected(Fault.SLOW));
    }
  }

  @Test
  void truncatedBodyHasAnHonestContentLength() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.TRUNCATED_BODY).build())) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      Answer a = http.get(token, INTERVIEWS, firstPage(sandbox));
      assertEquals(200, a.status());
      assertNull(a.json(), "cut mid-JSON");
      assertEquals(String.valueOf(a.raw().length), a.header("Content-Length"));
      String full = new String(http.get(token, INTERVIEWS, firstPage(sandbox)).raw(), StandardCharsets.UTF_8);
      assertTrue(full.startsWith(new String(a.raw(), StandardCharsets.UTF_8)), "a prefix of the real body");
      assertEquals(1, sandbox.stats().faultsInjected(Fault.TRUNCATED_BODY));
    }
  }

  @Test
  void truncatedBodyWithClosedConnectionFailsTheRead() {
    FaultPlan plan = FaultPlan.builder().at(1, Fault.TRUNCATED_CONNECTION_CLOSED).build();
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      UncheckedIOException e = assertThrows(UncheckedIOException.class,
          () -> http.get(token, INTERVIEWS, firstPage(sandbox)));
      assertTrue(e.getCause() instanceof IOException);
      assertEquals(0, http.get(token, INTERVIEWS, firstPage(sandbox)).code(), "next request fine");
      assertEquals(1, sandbox.stats().faultsInjected(Fault.TRUNCATED_CONNECTION_CLOSED));
    }
  }

  @Test
  void connectionResetTwiceInARowFailsTheRequest() {
    // java.net.http retries an idempotent request once by itself when the connection closes
    // before any answer; the retry is the next request number, so it is reset too.
    FaultPlan plan = FaultPlan.builder().at(1, Fault.CONNECTION_RESET).at(2, Fault.CONNECTION_RESET).build();
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> http.get(token, RECORDS));
      assertTrue(e.getCause() instanceof IOException);
      assertEquals(0, http.get(token, RECORDS).code());
      assertEquals(2, sandbox.stats().faultsInjected(Fault.CONNECTION_RESET));
    }
  }

  @Test
  void singleConnectionResetIsRetriedByTheJdkClient() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.CONNECTION_RESET).build())) {
      Http http = new Http(sandbox);
      assertEquals(0, http.get(http.tenantToken(), RECORDS).code());
      assertEquals(1, sandbox.stats().faultsInjected(Fault.CONNECTION_RESET));
      assertEquals(2, sandbox.stats().requests("listInterviewRecords"), "the reset one and its retry");
    }
  }

  @Test
  void repeatedPageTokenEqualsTheCurrentOne() {
    // Request 1 has no page token, so the fault waits for request 2, which has one.
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.REPEATED_PAGE_TOKEN).build())) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      Answer first = http.get(token, RECORDS, "page_size", "10");
      String current = first.data().path("page_token").asText();
      Answer second = http.get(token, RECORDS, "page_size", "10", "page_token", current);
      assertEquals(current, second.data().path("page_token").asText());
      assertTrue(second.data().path("has_more").asBoolean());
      assertEquals(1, sandbox.stats().faultsInjected(Fault.REPEATED_PAGE_TOKEN));
      Answer third = http.get(token, RECORDS, "page_size", "10", "page_token", current);
      assertNotEquals(current, third.data().path("page_token").asText(), "only once");
    }
  }

  @Test
  void tokensRevokedMidExport() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().revokeTokensAt(3).build())) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      assertEquals(0, http.get(token, RECORDS).code());
      assertEquals(0, http.get(token, RECORDS).code());
      assertError(http.get(token, RECORDS), 400, 99991663, "Invalid access token");
      assertError(http.get(token, RECORDS), 400, 99991663, "Invalid access token");
      String fresh = http.tenantToken();
      assertNotEquals(token, fresh);
      assertEquals(0, http.get(fresh, RECORDS).code());
      assertEquals(1, sandbox.stats().faultsInjected(Fault.REVOKE_TOKENS));
    }
  }

  @Test
  void tokenEndpointsAreSparedUnlessIncluded() {
    try (FeishuSandbox sandbox = start(FaultPlan.builder().at(1, Fault.HTTP_500).build())) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      assertEquals(500, http.get(token, RECORDS).status(), "request 1 is the first Hire request");
    }
    FaultPlan plan = FaultPlan.builder().at(1, Fault.HTTP_503).includeTokenEndpoints(true).build();
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      Answer a = http.post("/open-apis/auth/v3/tenant_access_token/internal",
          "{\"app_id\":\"" + sandbox.appId() + "\",\"app_secret\":\"" + sandbox.appSecret() + "\"}");
      assertEquals(503, a.status());
      assertEquals(0, http.get(http.tenantToken(), RECORDS).code());
    }
  }

  @Test
  void rateBasedFaultsAreSeededAndCounted() {
    FaultPlan plan = FaultPlan.builder().rate(0.25).seed(77)
        .mix(Fault.HTTP_500, Fault.HTTP_503, Fault.HTTP_429).build();
    List<Integer> first = statuses(plan);
    List<Integer> second = statuses(plan);
    assertEquals(first, second, "same seed, same faults");
    long faults = first.stream().filter(s -> s != 200).count();
    assertTrue(faults > 5 && faults < 50, "about a quarter of 80: " + faults);
  }

  private static List<Integer> statuses(FaultPlan plan) {
    try (FeishuSandbox sandbox = start(plan)) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        out.add(http.get(token, RECORDS).status());
      }
      long injected = out.stream().filter(s -> s != 200).count();
      assertEquals(injected, sandbox.stats().faultsInjected());
      Map<Fault, Long> byKind = sandbox.stats().faultsByKind();
      assertFalse(byKind.containsKey(Fault.SLOW));
      return out;
    }
  }
}
