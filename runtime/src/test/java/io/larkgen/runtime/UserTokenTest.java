package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkAuthException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.testing.CapturingLoggerProvider;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Writes;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operations that act for a user, and secrets a server echoes back. */
class UserTokenTest {
  /** Not shaped like a {@code u-…} token, so only redaction by value can catch it. */
  private static final String USER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.dXNlcg.c2lnbmF0dXJl";

  private FakeFeishu server;
  private DefaultLarkClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    server.sequence(PATH, ok(page(false, null, "x")));
    client = Clients.builder(server, new FakeClock()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aUserOnlyOperationWithoutAUserTokenFailsBeforeAnyRequest() {
    LarkValidationException e = assertThrows(LarkValidationException.class,
        () -> client.execute(Writes.listWith(EnumSet.of(TokenType.USER)), REQUEST));
    assertTrue(e.getMessage().contains("RequestOptions.userAccessToken"), e.getMessage());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void aTenantOnlyOperationGivenAUserTokenFailsBeforeAnyRequest() {
    LarkValidationException e = assertThrows(LarkValidationException.class,
        () -> client.execute(Things.LIST, REQUEST, RequestOptions.forUser(USER_TOKEN)));
    assertTrue(e.getMessage().contains("RequestOptions.userAccessToken"), e.getMessage());
    assertFalse(e.getMessage().contains(USER_TOKEN));
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void tenantOrUserSendsTheUserTokenWhenGivenAndTheTenantTokenOtherwise() {
    var either = Writes.listWith(EnumSet.of(TokenType.TENANT, TokenType.USER));
    client.execute(either, REQUEST, RequestOptions.forUser(USER_TOKEN));
    assertEquals(0, server.tokenRequests(), "no tenant token needed");
    client.execute(either, REQUEST);
    assertEquals("Bearer " + USER_TOKEN, server.requests(PATH).get(0).authorization());
    assertEquals("Bearer " + server.tenantToken, server.requests(PATH).get(1).authorization());
    client.execute(Writes.listWith(Set.of(TokenType.USER)), REQUEST,
        RequestOptions.DEFAULT.withUserAccessToken(USER_TOKEN));
    assertEquals("Bearer " + USER_TOKEN, server.requests(PATH).get(2).authorization());
  }

  @Test
  void aRejectedUserTokenIsNotRefreshedAndNeverShown() {
    server.sequence(PATH, FakeFeishu.Reply.error(401, 99991663,
        "Invalid access token for authorization: " + USER_TOKEN));
    CapturingLoggerProvider.clear();
    LarkAuthException e = assertThrows(LarkAuthException.class, () -> client.execute(
        Writes.listWith(Set.of(TokenType.USER)), REQUEST, RequestOptions.forUser(USER_TOKEN)));
    assertEquals(1, server.requests(PATH).size());
    assertEquals(0, server.tokenRequests());
    assertFalse(e.getMessage().contains(USER_TOKEN), e.getMessage());
    assertFalse(e.msg().contains(USER_TOKEN), e.msg());
    for (CapturingLoggerProvider.Event event : CapturingLoggerProvider.events()) {
      assertFalse(event.text().contains(USER_TOKEN), event.text());
    }
  }

  @Test
  void anAppSecretEchoedInMsgIsRedactedByValue() {
    server.sequence(PATH, FakeFeishu.Reply.error(400, 10003,
        "invalid param: app_secret " + Clients.APP_SECRET + " does not match"));
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(Things.LIST, REQUEST));
    assertFalse(e.getMessage().contains(Clients.APP_SECRET), e.getMessage());
    assertFalse(e.msg().contains(Clients.APP_SECRET), e.msg());
    assertTrue(e.msg().contains("app_secret *** does not match"), e.msg());
  }

  @Test
  void anAppSecretEchoedByTheTokenEndpointIsRedactedByValue() {
    server.sequence(FakeFeishu.TOKEN_PATH, FakeFeishu.Reply.error(400, 10014,
        "app secret invalid: " + Clients.APP_SECRET));
    LarkAuthException e = assertThrows(LarkAuthException.class,
        () -> client.execute(Things.LIST, REQUEST));
    assertFalse(e.getMessage().contains(Clients.APP_SECRET), e.getMessage());
  }
}
