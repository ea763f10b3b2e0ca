package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.RECORDS;
import static io.larkgen.sandbox.Http.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.larkgen.sandbox.Http.Answer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The documented per-app, per-tenant limits per 1-second window, answered as Feishu does. */
class RateLimitTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T02:00:00.250Z"));

  @Test
  void eleventhRecordListInOneSecondGets429WithHeaders() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).clock(clock).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      for (int i = 0; i < 10; i++) {
        assertEquals(0, http.get(token, RECORDS).code(), "request " + (i + 1));
      }
      Answer limited = http.get(token, RECORDS);
      assertError(limited, 429, 99991400, "request trigger frequency limit");
      assertEquals("request trigger frequency limit", limited.msg());
      assertEquals("10", limited.header("x-ogw-ratelimit-limit"));
      assertEquals("1", limited.header("x-ogw-ratelimit-reset"));
      assertEquals(1, sandbox.stats().rateLimitedRequests());
      assertEquals(1, sandbox.stats().tooManyRequestsSent());
    }
  }

  @Test
  void theWindowResetsAfterOneSecond() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).clock(clock).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      for (int i = 0; i < 10; i++) {
        http.get(token, RECORDS);
      }
      assertEquals(429, http.get(token, RECORDS).status());
      clock.advance(Duration.ofMillis(700));
      assertEquals(429, http.get(token, RECORDS).status(), "same second");
      clock.advance(Duration.ofMillis(50));
      assertEquals(0, http.get(token, RECORDS).code(), "next window");
    }
  }

  @Test
  void eachOperationHasItsOwnDocumentedBudget() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).clock(clock).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      String app = sandbox.dataset().applicationId(0);
      for (int i = 0; i < 50; i++) {
        assertEquals(0, http.get(token, INTERVIEWS, "application_id", app).code(), "request " + (i + 1));
      }
      Answer limited = http.get(token, INTERVIEWS, "application_id", app);
      assertEquals(429, limited.status());
      assertEquals("50", limited.header("x-ogw-ratelimit-limit"));
      assertEquals(0, http.get(token, RECORDS).code(), "interview_records budget untouched");
      String record = sandbox.dataset().recordIdAt(0);
      for (int i = 0; i < 20; i++) {
        assertEquals(0, http.get(token, RECORDS + "/" + record).code());
      }
      assertEquals("20", http.get(token, RECORDS + "/" + record).header("x-ogw-ratelimit-limit"));
    }
  }

  @Test
  void budgetsArePerAppAndTenant() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).clock(clock).start()) {
      Http http = new Http(sandbox);
      String selfBuilt = http.tenantToken();
      StoreApp store = sandbox.storeApp();
      Answer appToken = http.post("/open-apis/auth/v3/app_access_token",
          "{\"app_id\":\"" + store.appId() + "\",\"app_secret\":\"" + store.appSecret()
              + "\",\"app_ticket\":\"" + store.appTicket() + "\"}");
      String storeToken = http.post("/open-apis/auth/v3/tenant_access_token",
          "{\"app_access_token\":\"" + appToken.json().path("app_access_token").asText()
              + "\",\"tenant_key\":\"" + store.tenantKeys().get(0) + "\"}")
          .json().path("tenant_access_token").asText();
      for (int i = 0; i < 10; i++) {
        http.get(selfBuilt, RECORDS);
      }
      assertEquals(429, http.get(selfBuilt, RECORDS).status());
      assertEquals(0, http.get(storeToken, RECORDS).code(), "another app has its own budget");
    }
  }

  @Test
  void rateLimitsCanBeSwitchedOff() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(50).clock(clock)
        .rateLimits(false).start()) {
      Http http = new Http(sandbox);
      String token = http.tenantToken();
      for (int i = 0; i < 40; i++) {
        assertEquals(0, http.get(token, RECORDS).code());
      }
      assertEquals(0, sandbox.stats().tooManyRequestsSent());
      assertEquals(40, sandbox.stats().requests("listInterviewRecords"));
    }
  }
}
