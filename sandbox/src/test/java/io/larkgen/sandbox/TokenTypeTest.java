package io.larkgen.sandbox;

import static io.larkgen.sandbox.Http.assertError;
import static io.larkgen.sandbox.SpecDrivenTest.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.sandbox.Http.Answer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Token types from {@code x-lark-token-types} (a user-token operation refuses a tenant token
 * and the other way round) and per-minute limits from {@code x-lark-rate-limit}.
 */
class TokenTypeTest {

  private static final String OFFER = "/open-apis/hire_conventions/v1/offers/";
  private static final String MINUTES = "/open-apis/hire_conventions/v1/minutes";
  private static final String NOTES = "/open-apis/hire_conventions/v1/notes";

  @Test
  void eachOperationTakesTheTokenTypesItDeclares() {
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(100)
        .specs(SpecModel.DEFAULT_RESOURCE, V1).userAccessToken("u-fixed-for-tests").start()) {
      Http http = new Http(sandbox);
      String tenant = http.tenantToken();
      String user = sandbox.issueUserAccessToken();
      assertTrue(user.startsWith("u-"));
      assertNotEquals(user, sandbox.issueUserAccessToken(), "each call issues a new token");
      String offer = OFFER + new IdSpace(sandbox.dataset(), 50).idAt("offer", 1);

      assertError(http.get(tenant, offer), 400, SandboxHandler.CODE_INVALID_USER_TOKEN,
          "Invalid access token");
      assertEquals(0, http.get(user, offer).code(), "user only: a user token");
      assertEquals(0, http.get("u-fixed-for-tests", offer).code(), "the builder's user token");
      assertError(http.get("u-never-issued", offer), 400, SandboxHandler.CODE_INVALID_USER_TOKEN,
          "Invalid access token");

      assertEquals(0, http.get(tenant, MINUTES).code(), "both: a tenant token");
      assertEquals(0, http.get(user, MINUTES).code(), "both: a user token");

      assertError(http.get(user, Http.INTERVIEWS, "start_time", "1"), 400,
          SandboxHandler.CODE_INVALID_TOKEN, "Invalid access token");
      assertEquals(0, http.get(tenant, Http.INTERVIEWS, "start_time", "1").code(),
          "absent x-lark-token-types: tenant only");

      sandbox.revokeAllTokens();
      assertError(http.get(user, offer), 400, SandboxHandler.CODE_INVALID_USER_TOKEN,
          "Invalid access token");
    }
  }

  @Test
  void aUserTokenMustCarryThePrefix() {
    assertThrows(IllegalArgumentException.class,
        () -> FeishuSandbox.builder().userAccessToken("t-looks-like-a-tenant-token"));
  }

  @Test
  void aPerMinuteLimitIsAnsweredAsFeishuAnswersIt() {
    MutableClock clock = new MutableClock(Instant.parse("2026-01-05T02:00:10Z"));
    try (FeishuSandbox sandbox = FeishuSandbox.builder().interviews(100).specs(V1).clock(clock)
        .start()) {
      Http http = new Http(sandbox);
      String tenant = http.tenantToken();
      var items = http.get(tenant, NOTES, "page_size", "10").data().path("items");
      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, http.call("DELETE", tenant, NOTES + "/" + items.path(i).path("id").asText(),
            null, null).code(), "request " + (i + 1) + " of 3 per minute");
      }
      clock.advance(Duration.ofSeconds(5));
      Answer refused = http.call("DELETE", tenant, NOTES + "/" + items.path(3).path("id").asText(),
          null, null);
      assertError(refused, 429, SandboxHandler.CODE_RATE_LIMIT, "request trigger frequency limit");
      assertEquals("3", refused.header("x-ogw-ratelimit-limit"));
      assertEquals("30", refused.header("x-ogw-ratelimit-reset"), "seconds to the next minute");
      assertEquals(1, sandbox.stats().rateLimitedRequests());

      clock.advance(Duration.ofSeconds(30));
      assertEquals(0, http.call("DELETE", tenant, NOTES + "/" + items.path(3).path("id").asText(),
          null, null).code(), "a new minute, a new budget");
    }
  }
}
