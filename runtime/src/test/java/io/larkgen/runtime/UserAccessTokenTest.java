package io.larkgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UserAccessTokenTest {
  private static final String SECRET = "u-7f3kq9ZsecretValue";

  @Test
  void toStringNeverShowsTheValue() {
    UserAccessToken token = UserAccessToken.of(SECRET);
    assertFalse(token.toString().contains(SECRET), token.toString());
    assertFalse(token.applyTo(null).toString().contains(SECRET));
    assertEquals(SECRET, token.value());
  }

  @Test
  void appliedToOptionsItKeepsTheirOtherSettings() {
    RequestOptions options = UserAccessToken.of(SECRET).applyTo(RequestOptions.forTenant("t1").withTimeout(Duration.ofSeconds(3)));
    assertEquals(SECRET, options.userAccessToken());
    assertEquals("t1", options.tenantKey());
    assertEquals(Duration.ofSeconds(3), options.timeout());
  }

  @Test
  void aBlankTokenIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> UserAccessToken.of(" "));
    assertThrows(NullPointerException.class, () -> UserAccessToken.of(null));
    assertEquals(UserAccessToken.of(SECRET), UserAccessToken.of(SECRET));
  }
}
