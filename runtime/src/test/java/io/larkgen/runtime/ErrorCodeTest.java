package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.error;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkPermissionException;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Writes;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The codes an operation documents decide the exception and the retry. */
class ErrorCodeTest {
  private static final ErrorCode TALENT_MISSING = new ErrorCode(1002003, 400,
      "talent not found", "The talent does not exist or was deleted", ErrorCode.Retry.NEVER);
  private static final ErrorCode BUSY = new ErrorCode(1254500, 400, "internal busy",
      "The service is busy; retry later", ErrorCode.Retry.BACKOFF);
  private static final ErrorCode STALE_TOKEN = new ErrorCode(1254401, 400, "token expired",
      "Refresh the access token", ErrorCode.Retry.REFRESH_TOKEN);
  private static final ErrorCode NO_SCOPE = new ErrorCode(1254403, 403, "no permission",
      "Grant the hire:talent scope", ErrorCode.Retry.NEVER);
  private static final ErrorCode HIRE_THROTTLED = new ErrorCode(1254290, 429,
      "request too frequent", "Slow down", ErrorCode.Retry.BACKOFF);
  private static final ErrorCode SYSTEM_ERROR_FINAL = new ErrorCode(1002001, 500,
      "system error", "This operation must not be repeated", ErrorCode.Retry.NEVER);

  /** As the spec's common codes list it: Feishu's docs give the missing-scope code HTTP 400. */
  private static final ErrorCode MISSING_SCOPE_AS_DOCUMENTED = new ErrorCode(99991672, 400,
      "Access denied", "The app lacks a scope the call needs", ErrorCode.Retry.NEVER);

  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();
  private DefaultLarkClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    client = Clients.builder(server, clock).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private Operation<Things.ListThingsRequest, Things.ThingsPage> documenting(ErrorCode... codes) {
    return Writes.listDocumenting(List.of(codes));
  }

  @Test
  void aDocumentedCodeReachesTheExceptionWithItsMeaning() {
    server.sequence(PATH, error(400, 1002003, "talent not found"));
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(documenting(BUSY, TALENT_MISSING), REQUEST));
    assertEquals(TALENT_MISSING, e.documented().orElseThrow());
    assertTrue(e.getMessage().contains("The talent does not exist or was deleted"),
        e.getMessage());
    assertEquals(1, server.requests(PATH).size());
  }

  @Test
  void aDocumentedBackoffCodeIsRetriedAndTheSameCodeUndocumentedIsNot() {
    server.sequence(PATH, error(400, 1254500, "internal busy"), ok(page(false, null, "x")));
    assertEquals(List.of("x"), client.execute(documenting(BUSY), REQUEST).items());
    assertEquals(2, server.requests(PATH).size());
    server.reset(PATH);
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(documenting(), REQUEST));
    assertTrue(e.documented().isEmpty());
    assertEquals(3, server.requests(PATH).size());
  }

  @Test
  void aDocumentedRefreshCodeRefreshesTheToken() {
    server.sequence(PATH, error(400, 1254401, "token expired"), ok(page(false, null, "x")));
    assertEquals(List.of("x"), client.execute(documenting(STALE_TOKEN), REQUEST).items());
    assertEquals(2, server.tokenRequests());
  }

  @Test
  void theDocumentedStatusChoosesTheExceptionType() {
    server.sequence(PATH, error(400, 1254403, "no permission"));
    LarkPermissionException p = assertThrows(LarkPermissionException.class,
        () -> client.execute(documenting(NO_SCOPE), REQUEST));
    assertEquals(NO_SCOPE, p.documented().orElseThrow());
    server.sequence(PATH, error(400, 1254290, "request too frequent"),
        ok(page(false, null, "x")));
    server.reset(PATH);
    assertEquals(List.of("x"), client.execute(documenting(HIRE_THROTTLED), REQUEST).items());
    assertEquals(1, client.stats().throttledResponses());
  }

  @Test
  void aPlatformPermissionCodeIsAPermissionErrorWhateverStatusTheDocsGiveIt() {
    server.sequence(PATH, error(400, 99991672, "Access denied"));
    LarkPermissionException e = assertThrows(LarkPermissionException.class,
        () -> client.execute(documenting(MISSING_SCOPE_AS_DOCUMENTED), REQUEST));
    assertEquals(MISSING_SCOPE_AS_DOCUMENTED, e.documented().orElseThrow());
    assertEquals(1, server.requests(PATH).size(), "documented as never retried");
  }

  @Test
  void theOperationsListOverridesTheBuiltInDefaults() {
    server.sequence(PATH, error(500, 1002001, "system error"), ok(page(false, null, "x")));
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(documenting(SYSTEM_ERROR_FINAL), REQUEST));
    assertEquals(1, server.requests(PATH).size(), "documented as never retried");
    assertFalse(e instanceof LarkRateLimitException);
    server.reset(PATH);
    // built-in fallback: an undocumented 1002001 on a GET is retried
    assertEquals(List.of("x"), client.execute(Things.LIST, REQUEST).items());
    assertInstanceOf(LarkApiException.class, e);
  }
}
