package io.larkgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the operation descriptor that say how a write is sent and who may send it. */
class OperationDescriptorTest {

  private static Operation.Builder<String, String> base() {
    return Operation.<String, String>builder("test.v1.notes.create", HttpMethod.POST, "/notes")
        .encoder((request, params) -> {})
        .dataReader(parser -> "ok");
  }

  @Test
  void anOperationTakesATenantTokenAndNoBodyUnlessTold() {
    Operation<String, String> op = base().build();
    assertEquals(Set.of(TokenType.TENANT), op.tokenTypes());
    assertTrue(op.body().isEmpty());
    assertNull(op.idempotencyKey("any"));
    assertEquals(List.of(), op.errorCodes());
    assertTrue(op.expectsData());
    assertFalse(base().expectsData(false).build().expectsData());
  }

  @Test
  void theIdempotencyKeyIsReadFromTheRequest() {
    Operation<String, String> op =
        base()
            .body(RequestBody.json((request, generator) -> generator.writeString(request)))
            .idempotencyKey(request -> request.isEmpty() ? null : request)
            .tokenTypes(Set.of(TokenType.TENANT, TokenType.USER))
            .errorCodes(
                List.of(new ErrorCode(1002001, 500, "系统错误", "retry", ErrorCode.Retry.BACKOFF)))
            .build();
    assertEquals("ext-1", op.idempotencyKey("ext-1"));
    assertNull(op.idempotencyKey(""));
    assertTrue(op.body().orElseThrow() instanceof RequestBody.Json);
    assertEquals(ErrorCode.Retry.BACKOFF, op.errorCodes().get(0).retry());
  }

  @Test
  void anOperationReadsFeishusEnvelopeNamesUnlessTold() {
    assertEquals(EnvelopeFields.DEFAULT, base().build().envelope());
    assertEquals(new EnvelopeFields("code", "msg", "data"), EnvelopeFields.DEFAULT);
    EnvelopeFields message = EnvelopeFields.of("code", "message", "data");
    assertEquals(message, base().envelope(message).build().envelope());
  }

  @Test
  void envelopeNamesMustDifferAndLeaveErrorAlone() {
    assertThrows(IllegalArgumentException.class, () -> EnvelopeFields.of("code", "code", "data"));
    assertThrows(IllegalArgumentException.class, () -> EnvelopeFields.of("code", "msg", "msg"));
    assertThrows(IllegalArgumentException.class, () -> EnvelopeFields.of("code", "error", "data"));
  }

  @Test
  void anOperationWithoutTokenTypesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> base().tokenTypes(Set.of()).build());
  }

  @Test
  void aRateLimitNeedsASecondOrMinuteBudget() {
    assertEquals(0, new RateLimit("k", 50).permitsPerMinute());
    assertEquals(1000, new RateLimit("k", 50, 1000).permitsPerMinute());
    assertEquals(100, new RateLimit("k", 0, 100).permitsPerMinute());
    assertThrows(IllegalArgumentException.class, () -> new RateLimit("k", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit("k", 0));
    assertThrows(IllegalArgumentException.class, () -> new RateLimit("k", -1, 10));
  }

  @Test
  void requestOptionsNeverPrintTheUserToken() {
    RequestOptions options = RequestOptions.forUser("u-secret-token");
    assertEquals("u-secret-token", options.userToken().orElseThrow());
    assertFalse(options.toString().contains("u-secret-token"), options.toString());
    assertTrue(options.withTimeout(java.time.Duration.ofSeconds(1)).userToken().isPresent());
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.forUser(" "));
  }

  @Test
  void aStreamPartIsSentOnceAndAFilePartAgain(@TempDir Path dir) throws Exception {
    InputStream in = new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8));
    FilePart stream = FilePart.of(in, "a.txt", 3);
    assertFalse(stream.repeatable());
    assertEquals(in, stream.open());
    assertThrows(IllegalStateException.class, stream::open);

    Path file = Files.writeString(dir.resolve("resume.pdf"), "12345");
    FilePart onDisk = FilePart.of(file);
    assertEquals("resume.pdf", onDisk.fileName());
    assertEquals(5, onDisk.length());
    assertTrue(onDisk.repeatable());
    try (InputStream first = onDisk.open();
        InputStream second = onDisk.open()) {
      assertEquals(5, first.readAllBytes().length);
      assertEquals(5, second.readAllBytes().length);
    }
  }

  @Test
  void aMultipartFormKeepsItsOrderAndSkipsNulls() {
    FilePart file = FilePart.of(new ByteArrayInputStream(new byte[0]), "empty.bin", 0);
    MultipartForm form = new MultipartForm().text("a", "1").text("b", null).file("content", file);
    assertEquals(2, form.parts().size());
    assertEquals("a", form.parts().get(0).name());
    assertEquals(file, form.parts().get(1).file());
  }
}
