package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.larkgen.runtime.error.LarkResponseTooLargeException;
import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Response bodies are bounded; oversized answers fail typed, once, without filling the heap. */
class ResponseLimitTest {
  private static final long LIMIT = 1024 * 1024;

  /** Writes 64 KiB chunks of a JSON-ish body until the client hangs up. */
  private static void writeForever(HttpExchange exchange, long announcedLength) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, announcedLength);
      OutputStream out = exchange.getResponseBody();
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      out.write('{');
      while (true) {
        out.write(chunk);
      }
    } catch (IOException expected) {
      // the client cancelled the exchange
    }
  }

  @Test
  void anEndlessChunkedBodyFailsTypedAtTheLimitWithoutRetry() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (FakeFeishu server = new FakeFeishu()) {
      server.raw(PATH, exchange -> {
        requests.incrementAndGet();
        writeForever(exchange, 0);
      });
      try (DefaultLarkClient client =
          Clients.builder(server, new FakeClock()).maxResponseBytes(LIMIT).build()) {
        LarkResponseTooLargeException e = assertThrows(LarkResponseTooLargeException.class,
            () -> client.execute(LIST, REQUEST));
        assertEquals(LIMIT, e.limit());
        assertTrue(e.getMessage().contains("limit of 1048576 bytes"), e.getMessage());
        assertEquals(1, requests.get(), "the same request would get the same answer");
      }
    }
  }

  @Test
  void aContentLengthAboveTheLimitIsRefusedBeforeReading() throws Exception {
    try (FakeFeishu server = new FakeFeishu()) {
      server.raw(PATH, exchange -> writeForever(exchange, 2_000_000_000L));
      try (DefaultLarkClient client =
          Clients.builder(server, new FakeClock()).maxResponseBytes(LIMIT).build()) {
        LarkResponseTooLargeException e = assertThrows(LarkResponseTooLargeException.class,
            () -> client.execute(LIST, REQUEST));
        assertTrue(e.getMessage().contains("Content-Length 2000000000"), e.getMessage());
        assertTrue(e.getMessage().contains("1048576"), e.getMessage());
      }
    }
  }

  @Test
  void theDefaultLimitIs64MiBAndABodyWithinItIsRead() throws Exception {
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, FakeFeishu.Reply.ok(io.larkgen.runtime.testing.Things.page(false,
          null, "x".repeat(2000))));
      try (DefaultLarkClient client = Clients.builder(server, new FakeClock())
          .maxResponseBytes(2100).build()) {
        assertEquals("x".repeat(2000), client.execute(LIST, REQUEST).items().get(0));
      }
    }
    assertEquals(64L * 1024 * 1024,
        io.larkgen.runtime.http.JdkHttpTransport.DEFAULT_MAX_RESPONSE_BYTES);
    assertThrows(IllegalArgumentException.class,
        () -> DefaultLarkClient.builder().maxResponseBytes(0));
  }

  @Test
  void aMalformedLocationHeaderIsATransportError() throws Exception {
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, json(302, "").withHeader("Location", "http://[not a host/x"));
      try (DefaultLarkClient client = Clients.builder(server, new FakeClock()).build()) {
        LarkTransportException e = assertThrows(LarkTransportException.class,
            () -> client.execute(LIST, REQUEST));
        assertTrue(e.getMessage().contains("malformed Location"), e.getMessage());
        assertEquals(302, e.httpStatus());
        assertFalse(e instanceof LarkResponseTooLargeException);
      }
    }
  }
}
