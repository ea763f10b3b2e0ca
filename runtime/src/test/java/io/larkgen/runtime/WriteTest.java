package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.page;
import static io.larkgen.runtime.testing.Writes.CREATE_NOTE;
import static io.larkgen.runtime.testing.Writes.FILES_PATH;
import static io.larkgen.runtime.testing.Writes.NOTES_PATH;
import static io.larkgen.runtime.testing.Writes.UPLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkRateLimitException;
import io.larkgen.runtime.error.LarkServerException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Writes.NoteRequest;
import io.larkgen.runtime.testing.Writes.UploadRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request bodies on the wire, and which failed writes are sent again. */
class WriteTest {
  private static final NoteRequest NOTE = new NoteRequest("6930", "met \"Li\" 中文", null);
  private static final NoteRequest KEYED_NOTE = new NoteRequest("6930", "again", "ext-42");

  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private DefaultLarkClient client() {
    return Clients.builder(server, clock).readTimeout(Duration.ofMillis(300)).build();
  }

  @Test
  void aJsonBodyIsWrittenByTheGeneratedWriterAsUtf8Json() {
    server.sequence(NOTES_PATH, ok(page(false, null, "n1")));
    try (DefaultLarkClient client = client()) {
      assertEquals(List.of("n1"), client.execute(CREATE_NOTE, NOTE).items());
    }
    FakeFeishu.Received r = server.requests(NOTES_PATH).get(0);
    assertEquals("POST", r.method());
    assertEquals("{\"talent_id\":\"6930\",\"content\":\"met \\\"Li\\\" 中文\"}", r.body());
    assertEquals(List.of("application/json; charset=utf-8"), r.headers().get("Content-type"));
    assertEquals(List.of(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length)),
        r.headers().get("Content-length"));
  }

  @Test
  void aPostIsNotRetriedAfterATimeoutOnceTheBodyWasSent() {
    server.sequence(NOTES_PATH, ok(page(false, null, "late")).delayed(2_000),
        ok(page(false, null, "twice")));
    try (DefaultLarkClient client = client()) {
      LarkTimeoutException e = assertThrows(LarkTimeoutException.class,
          () -> client.execute(CREATE_NOTE, NOTE));
      assertEquals(LarkTimeoutException.Kind.READ, e.kind());
    }
    assertEquals(1, server.requests(NOTES_PATH).size(), "the note may have been created");
  }

  @Test
  void aPostIsRetriedAfterATimeoutWhenItsIdempotencyKeyIsSet() {
    server.sequence(NOTES_PATH, ok(page(false, null, "late")).delayed(2_000),
        ok(page(false, null, "once")));
    try (DefaultLarkClient client = client()) {
      assertEquals(List.of("once"), client.execute(CREATE_NOTE, KEYED_NOTE).items());
    }
    List<FakeFeishu.Received> sent = server.requests(NOTES_PATH);
    assertEquals(2, sent.size());
    assertEquals(sent.get(0).body(), sent.get(1).body());
    assertTrue(sent.get(1).body().contains("\"external_id\":\"ext-42\""), sent.get(1).body());
  }

  @Test
  void aPostIsRetriedAfterA429() {
    server.sequence(NOTES_PATH,
        json(429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}")
            .withHeader("x-ogw-ratelimit-reset", "1"),
        ok(page(false, null, "n1")));
    try (DefaultLarkClient client = client()) {
      assertEquals(List.of("n1"), client.execute(CREATE_NOTE, NOTE).items());
    }
    assertEquals(2, server.requests(NOTES_PATH).size());
    assertEquals(List.of(Duration.ofSeconds(1)), clock.sleeps());
  }

  @Test
  void aPostIsNotRetriedAfterAServerError() {
    server.sequence(NOTES_PATH, FakeFeishu.Reply.error(500, 1002001, "system error"),
        ok(page(false, null, "n1")));
    try (DefaultLarkClient client = client()) {
      assertThrows(LarkServerException.class, () -> client.execute(CREATE_NOTE, NOTE));
    }
    assertEquals(1, server.requests(NOTES_PATH).size());
  }

  @Test
  void aPostIsRetriedWhenTheConnectionWasRefusedBeforeSending() {
    AtomicInteger sends = new AtomicInteger();
    Transport transport = request -> {
      if (request.uri().getPath().endsWith("/internal")) {
        return new TransportResponse(200, Map.of(), ("{\"code\":0,\"tenant_access_token\":"
            + "\"t-refusedtest000001\",\"expire\":7200}").getBytes(StandardCharsets.UTF_8));
      }
      if (sends.incrementAndGet() == 1) {
        throw new ConnectException("Connection refused");
      }
      return new TransportResponse(200, Map.of(),
          ("{\"code\":0,\"data\":" + page(false, null, "n1") + "}")
              .getBytes(StandardCharsets.UTF_8));
    };
    try (DefaultLarkClient client = DefaultLarkClient.builder().appId(Clients.APP_ID)
        .appSecret(Clients.APP_SECRET).transport(transport).clock(clock).sleeper(clock)
        .build()) {
      assertEquals(List.of("n1"), client.execute(CREATE_NOTE, NOTE).items());
    }
    assertEquals(2, sends.get());
  }

  @Test
  void aMultipartBodyCarriesTextAndFilePartsWithItsLengthUpFront(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cv \"final\".pdf");
    Files.writeString(file, "%PDF-1.4 résumé");
    server.sequence(FILES_PATH, ok(page(false, null, "f1")));
    try (DefaultLarkClient client = client()) {
      client.execute(UPLOAD, new UploadRequest("简历", FilePart.of(file)));
    }
    FakeFeishu.Received r = server.requests(FILES_PATH).get(0);
    String type = r.headers().get("Content-type").get(0);
    assertTrue(type.startsWith("multipart/form-data; boundary=larkgen-"), type);
    String boundary = type.substring(type.indexOf("boundary=") + 9);
    assertEquals("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"name\"\r\n\r\n简历\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"cv %22final%22.pdf\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + "%PDF-1.4 résumé\r\n"
        + "--" + boundary + "--\r\n", r.body());
    assertEquals(List.of(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length)),
        r.headers().get("Content-length"));
  }

  @Test
  void aFileOnDiskIsSentAgainAfterA429ButAOneShotStreamNever(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "abc");
    FakeFeishu.Reply throttled =
        json(429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}");
    server.sequence(FILES_PATH, throttled, ok(page(false, null, "f1")));
    try (DefaultLarkClient client = client()) {
      client.execute(UPLOAD, new UploadRequest("a", FilePart.of(file)));
      assertEquals(2, server.requests(FILES_PATH).size());
      assertEquals(server.requests(FILES_PATH).get(0).body(),
          server.requests(FILES_PATH).get(1).body());

      server.reset(FILES_PATH);
      FilePart once = FilePart.of(new ByteArrayInputStream("xyz".getBytes(StandardCharsets.UTF_8)),
          "x.txt", 3);
      assertThrows(LarkRateLimitException.class,
          () -> client.execute(UPLOAD, new UploadRequest("x", once)));
      assertEquals(3, server.requests(FILES_PATH).size(), "the stream was sent once");
    }
  }

  @Test
  void aFileShorterThanItsDeclaredLengthFailsTheSendInsteadOfHanging() {
    server.sequence(FILES_PATH, ok(page(false, null, "f1")));
    FilePart lying = FilePart.of(new ByteArrayInputStream(new byte[10]), "short.bin", 100);
    try (DefaultLarkClient client = client()) {
      LarkTransportException e = assertThrows(LarkTransportException.class,
          () -> client.execute(UPLOAD, new UploadRequest("s", lying)));
      assertTrue(e.getMessage().contains("short.bin"), e.getMessage());
    }
  }
}
