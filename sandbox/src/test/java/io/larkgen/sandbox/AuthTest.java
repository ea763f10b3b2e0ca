package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.INTERVIEWS;
import static io.larkgen.sandbox.Http.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Http.Answer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Authorization: Bearer checks, token issue, reuse, rotation, expiry and revocation. */
class AuthTest {

  private static final int NEED_TOKEN = 99991661;
  private static final int INVALID_TOKEN = 99991663;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T02:00:00Z"));
  private FeishuSandbox sandbox;
  private Http http;
  private String[] query;

  @BeforeEach
  void start() {
    sandbox = FeishuSandbox.builder().seed(11L).interviews(50).clock(clock).start();
    http = new Http(sandbox);
    query = new String[] {"application_id", sandbox.dataset().applicationId(0)};
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void missingAuthorizationHeaderNeedsAToken() {
    assertError(http.get(null, INTERVIEWS, query), 400, NEED_TOKEN, "Need a token");
  }

  @Test
  void authorizationWithoutBearerSchemeNeedsAToken() {
    HttpRequest r = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + INTERVIEWS + Http.query(query)))
        .header("Authorization", http.tenantToken()).GET().build();
    assertError(http.send(r), 400, NEED_TOKEN, "Need a token");
  }

  @Test
  void unknownTokenIsInvalid() {
    assertError(http.get("t-g1000000000000000000000000000000", INTERVIEWS, query),
        400, INVALID_TOKEN, "Invalid access token");
  }

  @Test
  void validTokenIsAccepted() {
    Answer a = http.get(http.tenantToken(), INTERVIEWS, query);
    assertEquals(200, a.status());
    assertEquals(0, a.code());
    assertEquals("success", a.msg());
  }

  @Test
  void expiredTokenIsInvalid() {
    String token = http.tenantToken();
    clock.advance(Duration.ofHours(2).minusSeconds(1));
    assertEquals(0, http.get(token, INTERVIEWS, query).code(), "valid one second before expiry");
    clock.advance(Duration.ofSeconds(1));
    assertError(http.get(token, INTERVIEWS, query), 400, INVALID_TOKEN, "Invalid access token");
  }

  @Test
  void revokedTokenIsInvalidAndANewOneIsIssued() {
    String token = http.tenantToken();
    sandbox.revokeAllTokens();
    assertError(http.get(token, INTERVIEWS, query), 400, INVALID_TOKEN, "Invalid access token");
    String fresh = http.tenantToken();
    assertNotEquals(token, fresh);
    assertEquals(0, http.get(fresh, INTERVIEWS, query).code());
  }

  @Test
  void tokenOfAnotherTenantIsInvalid() {
    try (FeishuSandbox other = FeishuSandbox.builder().seed(11L).interviews(50).clock(clock).start()) {
      String foreign = new Http(other).tenantToken();
      assertError(http.get(foreign, INTERVIEWS, query), 400, INVALID_TOKEN, "Invalid access token");
    }
  }

  @Test
  void appAccessTokenIsNotATenantToken() {
    Answer app = http.post("/open-apis/auth/v3/app_access_token/internal",
        "{\"app_id\":\"" + sandbox.appId() + "\",\"app_secret\":\"" + sandbox.appSecret() + "\"}");
    assertEquals(0, app.code());
    String appToken = app.json().path("app_access_token").asText();
    assertTrue(appToken.startsWith("a-"));
    assertError(http.get(appToken, INTERVIEWS, query), 400, INVALID_TOKEN, "Invalid access token");
  }

  @Test
  void sameTokenWhileMoreThanThirtyMinutesRemain() {
    Answer first = http.post("/open-apis/auth/v3/tenant_access_token/internal", credentials());
    assertEquals(7200, first.json().path("expire").asInt());
    assertEquals("ok", first.msg());
    assertTrue(first.json().path("tenant_access_token").asText().startsWith("t-"));
    clock.advance(Duration.ofMinutes(89));
    Answer again = http.post("/open-apis/auth/v3/tenant_access_token/internal", credentials());
    assertEquals(first.json().path("tenant_access_token"), again.json().path("tenant_access_token"));
    assertEquals(7200 - 89 * 60, again.json().path("expire").asInt(), "expire is what remains");
    assertEquals(1, sandbox.stats().tokensIssued());
  }

  @Test
  void newTokenWhenThirtyMinutesOrLessRemainAndTheOldStaysValid() {
    String old = http.tenantToken();
    clock.advance(Duration.ofMinutes(91));
    Answer rotated = http.post("/open-apis/auth/v3/tenant_access_token/internal", credentials());
    String fresh = rotated.json().path("tenant_access_token").asText();
    assertNotEquals(old, fresh);
    assertEquals(7200, rotated.json().path("expire").asInt());
    assertEquals(0, http.get(old, INTERVIEWS, query).code(), "old token valid until its expiry");
    clock.advance(Duration.ofMinutes(30));
    assertError(http.get(old, INTERVIEWS, query), 400, INVALID_TOKEN, "Invalid access token");
    assertEquals(0, http.get(fresh, INTERVIEWS, query).code());
    assertEquals(2, sandbox.stats().tokensIssued());
  }

  @Test
  void wrongSecretIsRefused() {
    Answer a = http.post("/open-apis/auth/v3/tenant_access_token/internal",
        "{\"app_id\":\"" + sandbox.appId() + "\",\"app_secret\":\"nope\"}");
    assertEquals(400, a.status());
    assertEquals(10014, a.code());
    assertTrue(a.json().path("tenant_access_token").isMissingNode());
  }

  @Test
  void malformedTokenRequestIsRefused() {
    Answer a = http.post("/open-apis/auth/v3/tenant_access_token/internal", "{\"app_id\":");
    assertEquals(10003, a.code());
    assertTrue(a.logId() != null);
  }

  @Test
  void storeAppFlowIssuesTenantTokensPerTenant() {
    StoreApp app = sandbox.storeApp();
    Answer appToken = http.post("/open-apis/auth/v3/app_access_token",
        "{\"app_id\":\"" + app.appId() + "\",\"app_secret\":\"" + app.appSecret()
            + "\",\"app_ticket\":\"" + app.appTicket() + "\"}");
    assertEquals(0, appToken.code(), appToken.json()::toString);
    String appAccessToken = appToken.json().path("app_access_token").asText();
    String first = tenantToken(appAccessToken, app.tenantKeys().get(0));
    String second = tenantToken(appAccessToken, app.tenantKeys().get(1));
    assertNotEquals(first, second);
    assertEquals(0, http.get(first, INTERVIEWS, query).code());
    assertEquals(0, http.get(second, INTERVIEWS, query).code());
    Answer unknownTenant = http.post("/open-apis/auth/v3/tenant_access_token",
        "{\"app_access_token\":\"" + appAccessToken + "\",\"tenant_key\":\"nobody\"}");
    assertEquals(10003, unknownTenant.code());
    Answer badAppToken = http.post("/open-apis/auth/v3/tenant_access_token",
        "{\"app_access_token\":\"a-forged\",\"tenant_key\":\"" + app.tenantKeys().get(0) + "\"}");
    assertEquals(99991664, badAppToken.code());
  }

  @Test
  void storeAppNeedsTheCurrentAppTicket() {
    StoreApp app = sandbox.storeApp();
    Answer a = http.post("/open-apis/auth/v3/app_access_token",
        "{\"app_id\":\"" + app.appId() + "\",\"app_secret\":\"" + app.appSecret()
            + "\",\"app_ticket\":\"stale\"}");
    assertEquals(10012, a.code());
    assertEquals(0, http.post("/open-apis/auth/v3/app_ticket/resend",
        "{\"app_id\":\"" + app.appId() + "\",\"app_secret\":\"" + app.appSecret() + "\"}").code());
  }

  @Test
  void secretsAreNotInToString() {
    assertTrue(!sandbox.storeApp().toString().contains(sandbox.storeApp().appSecret()));
    assertTrue(!sandbox.storeApp().toString().contains(sandbox.storeApp().appTicket()));
    assertTrue(!sandbox.toString().contains(sandbox.appSecret()));
  }

  private String tenantToken(String appAccessToken, String tenantKey) {
    Answer a = http.post("/open-apis/auth/v3/tenant_access_token",
        "{\"app_access_token\":\"" + appAccessToken + "\",\"tenant_key\":\"" + tenantKey + "\"}");
    assertEquals(0, a.code(), a.json()::toString);
    return a.json().path("tenant_access_token").asText();
  }

  private String credentials() {
    return "{\"app_id\":\"" + sandbox.appId() + "\",\"app_secret\":\"" + sandbox.appSecret() + "\"}";
  }
}
