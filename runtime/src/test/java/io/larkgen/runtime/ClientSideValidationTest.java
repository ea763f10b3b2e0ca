package io.larkgen.runtime;

import static io.larkgen.runtime.testing.Things.PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.json.JsonValues;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request the client itself cannot send fails as a {@link LarkValidationException} (so {@code
 * catch (LarkException e)} sees it), before any I/O, naming the parameter and the rule.
 */
class ClientSideValidationTest {

  @Test
  void aPathParameterTheEncoderLeftUnsetIsAValidationFailureBeforeAnyRequest() throws Exception {
    Operation<String, ThingsPage> forgetful =
        Operation.<String, ThingsPage>builder("test.v1.things.get", HttpMethod.GET,
                PATH + "/{thing_id}")
            .encoder((id, params) -> params.query("id", id))
            .dataReader(Things.READER)
            .build();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, new FakeClock()).build()) {
      LarkException e = assertThrows(LarkException.class, () -> client.execute(forgetful, "t1"));
      LarkValidationException v = assertInstanceOf(LarkValidationException.class, e);
      assertEquals("test.v1.things.get", v.operationId());
      assertEquals(0, v.httpStatus());
      assertTrue(v.getMessage().contains("path parameter thing_id"), v.getMessage());
      assertInstanceOf(IllegalArgumentException.class, v.getCause());
      assertEquals(0, server.requests().size(), "nothing was sent, not even a token request");
    }
  }

  @Test
  void aBodyValueJsonCannotHoldIsAValidationFailure() throws Exception {
    Operation<Object, ThingsPage> create =
        Operation.<Object, ThingsPage>builder("test.v1.things.create", HttpMethod.POST, PATH)
            .encoder((r, params) -> { })
            .body(RequestBody.json(JsonValues::writeValue))
            .dataReader(Things.READER)
            .build();
    try (FakeFeishu server = new FakeFeishu();
        DefaultLarkClient client = Clients.builder(server, new FakeClock()).build()) {
      LarkValidationException v = assertThrows(LarkValidationException.class,
          () -> client.execute(create, Map.of("when", new Object())));
      assertTrue(v.getMessage().contains("not a plain JSON value"), v.getMessage());
      assertEquals(0, server.requests(PATH).size());
    }
  }
}
