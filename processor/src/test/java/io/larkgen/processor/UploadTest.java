package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.EnvelopeFields;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.MultipartForm;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.RequestBody;
import io.larkgen.runtime.error.LarkApiException;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.http.TransportRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload generated from {@code specs/good/upload-v1.yaml}, run: the request takes the file as
 * a {@link FilePart} beside typed form fields, {@code build()} checks required fields and the
 * file's size against {@code x-lark-max-bytes} before anything is read or sent, and the
 * descriptor streams the form through {@link RequestBody#multipart}.
 */
class UploadTest {

  private static final int MAX_BYTES = 1048576;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.files", "specs/good/upload-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = SpecCompiler.loader(compilation);
  }

  /** A stream that fails the test when anything reads it. */
  private static InputStream unreadable() {
    return new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("the file was read");
      }
    };
  }

  private static Object request(Object... setters) throws Exception {
    Object builder = loader.loadClass("com.example.files.api.CreateAttachmentRequest").getMethod("builder").invoke(null);
    for (int i = 0; i < setters.length; i += 2) {
      SpecCompiler.set(builder, (String) setters[i], setters[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static String rejection(Object... setters) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> request(setters));
    assertTrue(e.getCause() instanceof LarkRequestValidationException, e.getCause().toString());
    return e.getCause().getMessage();
  }

  private static Object service(LarkClient client) throws Exception {
    Class<?> entry = loader.loadClass("com.example.files.Files");
    Object files = entry.getMethod("of", LarkClient.class).invoke(null, client);
    Object v1 = entry.getMethod("v1").invoke(files);
    return v1.getClass().getMethod("attachments").invoke(v1);
  }

  @Test
  void theFileIsAFilePartAndTheOtherFieldsAreTyped() throws Exception {
    Class<?> request = loader.loadClass("com.example.files.api.CreateAttachmentRequest");
    assertEquals(FilePart.class, request.getMethod("file").getReturnType());
    assertEquals(String.class, request.getMethod("fileName").getReturnType());
    assertEquals(Integer.class, request.getMethod("expireDays").getReturnType());
    assertEquals("com.example.files.model.AttachmentKind", request.getMethod("kind").getReturnType().getName());
  }

  @Test
  void requiredFieldsAndBoundsAreChecked() {
    assertEquals("file: required form field is not set", rejection("fileName", "a.pdf"));
    assertEquals(
        "file_name: required form field is not set",
        rejection("file", FilePart.of(unreadable(), "a.pdf", 3)));
    assertEquals(
        "expire_days: 31 is greater than the maximum 30",
        rejection("file", FilePart.of(unreadable(), "a.pdf", 3), "fileName", "a.pdf", "expireDays", 31));
  }

  @Test
  void aTooLargeFileIsRefusedBeforeAnyIoAndNothingIsSent() throws Exception {
    FilePart tooLarge = FilePart.of(unreadable(), "big.pdf", MAX_BYTES + 1L);
    assertEquals(
        "file: " + (MAX_BYTES + 1L) + " bytes is more than the maximum of " + MAX_BYTES + " bytes",
        rejection("file", tooLarge, "fileName", "big.pdf"));
    RecordingTransport transport = new RecordingTransport();
    try (DefaultLarkClient client = transport.client()) {
      service(client);
    }
    assertEquals(List.of(), transport.sent());
    // The largest allowed file passes, still unread.
    request("file", FilePart.of(unreadable(), "max.pdf", MAX_BYTES), "fileName", "max.pdf");
  }

  @Test
  void theDescriptorStreamsTheFormInSchemaOrderLeavingUnsetFieldsOut(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("cv.pdf"), "%PDF-1.7 tiny", StandardCharsets.UTF_8);
    Object kind = loader.loadClass("com.example.files.model.AttachmentKind").getField("RESUME").get(null);
    Object request = request("file", FilePart.of(file), "fileName", "cv.pdf", "kind", kind);
    Operation<?, ?> create =
        SpecCompiler.descriptor(loader, "com.example.files.api.AttachmentsOperations", "CREATE_ATTACHMENT");
    @SuppressWarnings("unchecked")
    RequestBody.Multipart<Object> body = (RequestBody.Multipart<Object>) create.body().orElseThrow();
    MultipartForm form = new MultipartForm();
    body.encoder().encode(request, form);
    List<String> parts =
        form.parts().stream().map(p -> p.name() + "=" + (p.file() != null ? p.file().fileName() : p.text())).toList();
    assertEquals(List.of("file=cv.pdf", "file_name=cv.pdf", "kind=resume"), parts);

    RecordingTransport transport =
        new RecordingTransport().answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"id\":\"att-1\"}}");
    Object response;
    try (DefaultLarkClient client = transport.client()) {
      Object service = service(client);
      response = service.getClass().getMethod("create", request.getClass()).invoke(service, request);
    }
    assertEquals("att-1", response.getClass().getMethod("id").invoke(response));
    TransportRequest sent = transport.sent().get(0);
    assertTrue(sent.body().contentType().startsWith("multipart/form-data; boundary="), sent.body().contentType());
    String wire = read(sent);
    assertTrue(wire.contains("filename=\"cv.pdf\""), wire);
    assertTrue(wire.contains("%PDF-1.7 tiny"), wire);
    assertTrue(wire.contains("name=\"kind\"") && !wire.contains("name=\"expire_days\""), wire);
  }

  @Test
  void anErrorAnswerIsReadUnderTheEnvelopeNamesTheUploadDeclares(@TempDir Path dir) throws Exception {
    Operation<?, ?> create =
        SpecCompiler.descriptor(loader, "com.example.files.api.AttachmentsOperations", "CREATE_ATTACHMENT");
    assertEquals(EnvelopeFields.of("code", "message", "data"), create.envelope());

    Path file = Files.writeString(dir.resolve("cv.pdf"), "%PDF-1.7 tiny", StandardCharsets.UTF_8);
    Object request = request("file", FilePart.of(file), "fileName", "cv.pdf");
    RecordingTransport transport = new RecordingTransport()
        .answer("{\"code\":1002002,\"msg\":\"not this one\",\"message\":\"file type not allowed\"}");
    try (DefaultLarkClient client = transport.client()) {
      Object service = service(client);
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> service.getClass().getMethod("create", request.getClass()).invoke(service, request));
      LarkApiException failure = assertInstanceOf(LarkApiException.class, e.getCause());
      assertEquals(1002002, failure.code());
      assertEquals("file type not allowed", failure.msg());
    }
  }

  private static String read(TransportRequest request) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = request.body().open()) {
      in.transferTo(out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
