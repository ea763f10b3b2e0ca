package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.CREATE;
import static io.larkgen.runtime.testing.Things.GET_THING;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkMalformedResponseException;
import io.larkgen.runtime.error.LarkServerException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResponseTest {
  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();
  private DefaultLarkClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    client = Clients.builder(server, clock).retryPolicy(RetryPolicy.defaults().withMaxAttempts(2))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void unknownEnvelopeFieldsAreSkippedWhereverTheyAre() {
    server.sequence(PATH, json(200, "{\"trace\":{\"a\":[1,{\"b\":null}]},\"data\":{\"items\":"
        + "[\"x\",\"y\"],\"unknown\":{\"deep\":[true]},\"has_more\":false,\"extra\":\"e\"},"
        + "\"msg\":\"success\",\"code\":0,\"more\":[1,2,3]}"));
    ThingsPage page = client.execute(LIST, REQUEST);
    assertEquals(List.of("x", "y"), page.items());
    assertEquals("e", page.extra());
  }

  @Test
  void missingDataIsDecodedAsAnEmptyObjectWhenTheOperationHasNoData() {
    Operation<Things.ListThingsRequest, ThingsPage> noData =
        Operation.<Things.ListThingsRequest, ThingsPage>builder("test.v1.things.touch",
                HttpMethod.GET, PATH)
            .encoder((r, params) -> { })
            .dataReader(Things.READER)
            .expectsData(false)
            .build();
    server.sequence(PATH, json(200, "{\"code\":0,\"msg\":\"success\"}"));
    ThingsPage page = client.execute(noData, REQUEST);
    assertEquals(List.of(), page.items());
    assertFalse(page.hasMore());
  }

  @Test
  void aSuccessWithoutAnObjectDataIsMalformedAndRetriedInsteadOfAnEmptyLastPage() {
    for (String body : List.of("{\"code\":0,\"msg\":\"success\"}",
        "{\"code\":0,\"data\":[]}", "{\"code\":0,\"data\":\"x\"}",
        "{\"code\":0,\"data\":null}")) {
      FakeFeishu.Reply good = ok(page(false, null, "x"));
      server.sequence(PATH, json(200, body), good);
      server.reset(PATH);
      assertEquals(List.of("x"), client.execute(LIST, REQUEST).items(), body);
      server.sequence(PATH, json(200, body));
      server.reset(PATH);
      LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
          () -> client.execute(LIST, REQUEST), body);
      assertTrue(e.getMessage().contains("code 0 with") || e.getMessage().contains("without data"),
          e.getMessage());
    }
  }

  @Test
  void aDuplicateEnvelopeKeyIsMalformed() {
    server.sequence(PATH, json(200, "{\"code\":1,\"msg\":\"x\",\"code\":0,\"data\":"
        + page(false, null, "y") + "}"));
    LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(LIST, REQUEST));
    assertTrue(e.getMessage().contains("duplicate key code"), e.getMessage());
    assertEquals(2, server.requests(PATH).size(), "retried like other malformed answers");
  }

  /** {@link Things#LIST} answering {@code message} where Feishu writes {@code msg}. */
  private static final Operation<Things.ListThingsRequest, ThingsPage> LIST_WITH_MESSAGE =
      listWith(EnvelopeFields.of("code", "message", "data"));

  /** {@link Things#LIST} answering in an envelope of these field names. */
  private static Operation<Things.ListThingsRequest, ThingsPage> listWith(EnvelopeFields names) {
    return Operation.<Things.ListThingsRequest, ThingsPage>builder("test.v1.things.list",
            HttpMethod.GET, PATH)
        .encoder(LIST.encoder())
        .dataReader(Things.READER)
        .envelope(names)
        .build();
  }

  @Test
  void anOperationDeclaringMessageReadsTheErrorMessageThere() {
    server.sequence(PATH, json(400, "{\"code\":1002003,\"message\":\"talent not found\"}"));
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(LIST_WITH_MESSAGE, REQUEST));
    assertEquals(1002003, e.code());
    assertEquals("talent not found", e.msg());
  }

  @Test
  void aDefaultOperationIgnoresMessage() {
    server.sequence(PATH, json(400, "{\"code\":1002003,\"message\":\"talent not found\"}"));
    LarkApiException e = assertThrows(LarkApiException.class, () -> client.execute(LIST, REQUEST));
    assertEquals("", e.msg());
  }

  @Test
  void anOperationDeclaringMessageIgnoresMsg() {
    server.sequence(PATH, json(400, "{\"code\":1002003,\"msg\":\"elsewhere\","
        + "\"message\":\"talent not found\"}"));
    LarkApiException e = assertThrows(LarkApiException.class,
        () -> client.execute(LIST_WITH_MESSAGE, REQUEST));
    assertEquals("talent not found", e.msg());
  }

  @Test
  void anOperationWithOtherCodeAndDataNamesReadsASuccessThere() {
    Operation<Things.ListThingsRequest, ThingsPage> renamed =
        listWith(EnvelopeFields.of("status", "message", "result"));
    server.sequence(PATH, json(200, "{\"status\":0,\"code\":7,\"data\":\"other\",\"result\":"
        + page(false, null, "y") + "}"));
    assertEquals(List.of("y"), client.execute(renamed, REQUEST).items());
  }

  @Test
  void aDuplicateDeclaredMessageIsMalformed() {
    server.sequence(PATH, json(400, "{\"code\":1,\"message\":\"a\",\"message\":\"b\"}"));
    LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(LIST_WITH_MESSAGE, REQUEST));
    assertTrue(e.getMessage().contains("duplicate key message"), e.getMessage());
  }

  @Test
  void malformedJsonNamesTheOperationAndLogIdAndIsRetriedForGet() {
    server.sequence(PATH, json(200, "{\"code\":0,\"data\":{\"items\":[\"x\" \"y\"]}}")
        .withHeader("X-Tt-Logid", "202603010000LOGID"));
    LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(LIST, REQUEST));
    assertTrue(e.getMessage().startsWith("test.v1.things.list: HTTP 200, malformed response body"),
        e.getMessage());
    assertTrue(e.getMessage().contains("(log id 202603010000LOGID)"), e.getMessage());
    assertEquals("202603010000LOGID", e.logId().orElseThrow());
    assertEquals(2, server.requests(PATH).size());
  }

  @Test
  void truncatedBodyIsAnErrorAndIsNotRetriedForPost() {
    server.sequence(PATH, json(200, "{\"code\":0,\"data\":{\"items\":[\"x\",\"y"));
    LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(CREATE, REQUEST));
    assertTrue(e.getMessage().contains("test.v1.things.create"), e.getMessage());
    assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
    assertEquals(1, server.requests(PATH).size());
  }

  @Test
  void truncatedBodyThenGoodBodySucceedsForGet() {
    server.sequence(PATH, json(200, "{\"code\":0,\"data\":{\"ite"), ok(page(false, null, "x")));
    assertEquals(List.of("x"), client.execute(LIST, REQUEST).items());
  }

  @Test
  void decoderFailureIsReportedAsMalformedNotAsARawException() {
    // a non-object envelope fails as malformed, not with the parser's exception
    server.sequence(PATH, json(200, "[{\"code\":0}]"));
    LarkException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(LIST, REQUEST));
    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  @Test
  void validationErrorCarriesFieldViolations() {
    server.sequence(PATH, json(400, "{\"code\":99992402,\"msg\":\"field validation failed\","
        + "\"error\":{\"log_id\":\"ELOG\",\"field_violations\":[{\"field\":\"page_size\","
        + "\"value\":\"500\",\"description\":\"page_size must be <= 100\"}]}}"));
    LarkValidationException e = assertThrows(LarkValidationException.class,
        () -> client.execute(LIST, REQUEST));
    assertEquals(99992402, e.code());
    assertEquals("page_size", e.error().fieldViolations().get(0).field());
    assertTrue(e.getMessage().contains("invalid fields: page_size=500 (page_size must be <= 100)"),
        e.getMessage());
    assertEquals("ELOG", e.errorLogId().orElseThrow());
    assertEquals(1, server.requests(PATH).size());
  }

  @Test
  void dataBeforeANonZeroCodeIsDiscarded() {
    server.sequence(PATH, json(400, "{\"data\":{\"items\":[\"x\"]},\"code\":1002002,"
        + "\"msg\":\"bad\"}"));
    LarkValidationException e = assertThrows(LarkValidationException.class,
        () -> client.execute(LIST, REQUEST));
    assertEquals(1002002, e.code());
  }

  @Test
  void hireParameterErrorIsAValidationError() {
    server.sequence(PATH, FakeFeishu.Reply.error(400, 1002002, "参数错误"));
    LarkValidationException e = assertThrows(LarkValidationException.class,
        () -> client.execute(LIST, REQUEST));
    assertEquals("参数错误", e.msg());
  }

  @Test
  void unclassifiedCodeIsAPlainApiException() {
    server.sequence(PATH, FakeFeishu.Reply.error(200, 1002999, "something else")
        .withoutHeader("X-Tt-Logid").withHeader("X-Request-Id", "req-77"));
    LarkApiException e = assertThrows(LarkApiException.class, () -> client.execute(LIST, REQUEST));
    assertEquals(LarkApiException.class, e.getClass());
    assertEquals(1002999, e.code());
    assertEquals("req-77", e.logId().orElseThrow());
  }

  @Test
  void gatewayErrorWithoutEnvelopeIsAServerError() {
    server.sequence(PATH, json(502, "<html>502 Bad Gateway</html>"));
    LarkServerException e = assertThrows(LarkServerException.class,
        () -> client.execute(LIST, REQUEST));
    assertEquals(502, e.httpStatus());
    assertEquals(-1, e.code());
    assertEquals(2, server.requests(PATH).size());
  }

  @Test
  void pathAndQueryParametersArePercentEncoded() {
    // the fake server matches decoded paths
    server.sequence(PATH + "/a b/c", ok(page(false, null)));
    server.sequence(PATH, ok(page(false, null)));
    client.execute(GET_THING, "a b/c");
    FakeFeishu.Received r = server.requests().get(server.requests().size() - 1);
    assertEquals(PATH + "/a%20b%2Fc", r.uri().getRawPath());
    client.execute(LIST, REQUEST);
    FakeFeishu.Received list = server.requests(PATH).get(0);
    assertEquals("page_size=2&ids=a%20b&ids=c%2Fd", list.query());
  }

  @Test
  void asyncExecuteCompletesWithTheDataOrTheTypedException() {
    server.sequence(PATH, ok(page(false, null, "x")), FakeFeishu.Reply.error(400, 1002002, "bad"));
    assertEquals(List.of("x"), client.executeAsync(LIST, REQUEST).join().items());
    CompletionException e = assertThrows(CompletionException.class,
        () -> client.executeAsync(LIST, REQUEST).join());
    assertInstanceOf(LarkValidationException.class, e.getCause());
  }

  @Test
  void nullPageTokenInDataIsNull() {
    server.sequence(PATH, ok(page(false, null, "x")));
    assertNull(client.execute(LIST, REQUEST).pageToken());
  }

  @Test
  void aClientErrorWithoutEnvelopeIsNotRetried() {
    server.sequence(PATH, json(404, "404 page not found"), ok(page(false, null, "x")));
    LarkMalformedResponseException e = assertThrows(LarkMalformedResponseException.class,
        () -> client.execute(LIST, REQUEST));
    assertEquals(404, e.httpStatus());
    assertEquals("log-404", e.logId().orElseThrow());
    assertEquals(1, server.requests(PATH).size());
  }
}
