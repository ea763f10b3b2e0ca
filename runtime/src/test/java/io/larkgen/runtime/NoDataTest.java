package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.retry.RetryPolicy;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operation whose envelope has no {@code data}, read the way generated descriptors read it. */
class NoDataTest {
  private static final Operation<Things.ListThingsRequest, NoData> ARCHIVE =
      Operation.<Things.ListThingsRequest, NoData>builder("test.v1.things.archive", HttpMethod.POST, PATH)
          .encoder((r, params) -> { })
          .dataReader(NoData.READER)
          .expectsData(false)
          .build();

  private FakeFeishu server;
  private DefaultLarkClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    client = Clients.builder(server, new FakeClock()).retryPolicy(RetryPolicy.defaults().withMaxAttempts(1))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void aSuccessWithOrWithoutDataIsNoData() {
    for (String body : List.of("{\"code\":0,\"msg\":\"success\"}", "{\"code\":0,\"msg\":\"ok\",\"data\":{}}",
        "{\"data\":{\"a\":[1,{\"b\":null}],\"c\":{}},\"code\":0,\"msg\":\"ok\"}")) {
      server.sequence(PATH, json(200, body));
      server.reset(PATH);
      assertSame(NoData.INSTANCE, client.execute(ARCHIVE, REQUEST), body);
    }
  }

  @Test
  void asyncCallsCompleteWithNoData() {
    server.sequence(PATH, json(200, "{\"code\":0,\"msg\":\"success\"}"));
    assertSame(NoData.INSTANCE, client.executeAsync(ARCHIVE, REQUEST).join());
  }

  @Test
  void aFailureStillThrows() {
    server.sequence(PATH, json(400, "{\"code\":1002003,\"msg\":\"talent not found\"}"));
    LarkApiException e = assertThrows(LarkApiException.class, () -> client.execute(ARCHIVE, REQUEST));
    assertEquals(1002003, e.code());
    server.sequence(PATH, json(400, "{\"code\":1002003,\"msg\":\"talent not found\"}"));
    server.reset(PATH);
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.executeAsync(ARCHIVE, REQUEST).join());
    assertInstanceOf(LarkApiException.class, async.getCause());
  }
}
