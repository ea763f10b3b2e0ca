package io.larkgen.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.larkgen.runtime.http.RequestContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns an operation's {@link RequestBody} and a request into the bytes a transport sends. */
final class RequestBodies {
  /** The media type of every JSON body. */
  static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

  private RequestBodies() {}

  /**
   * The body of {@code request}: JSON written by the generated writer into a byte array (bodies
   * of Feishu's JSON operations are small), or a streamed multipart form.
   */
  static <Req> RequestContent encode(JsonFactory json, RequestBody<Req> body, Req request) {
    if (body instanceof RequestBody.Json<Req> j) {
      return json(json, j, request);
    }
    MultipartForm form = new MultipartForm();
    ((RequestBody.Multipart<Req>) body).encoder().encode(request, form);
    return MultipartContent.of(form);
  }

  private static <Req> RequestContent json(JsonFactory json, RequestBody.Json<Req> j, Req request) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = json.createGenerator(out)) {
      j.writer().write(request, g);
    } catch (IOException e) {
      // Only the generator's own checks fail here: the target is in memory.
      throw new UncheckedIOException("cannot write the request body", e);
    }
    return RequestContent.ofBytes(JSON_CONTENT_TYPE, out.toByteArray());
  }
}
