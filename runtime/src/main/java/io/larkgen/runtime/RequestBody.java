package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import io.larkgen.runtime.json.JsonWriter;
import java.util.Objects;

/**
 * How an operation writes its request body, generated per operation that has one.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param <Req> the generated request type
 */
@LarkProtectedApi
public sealed interface RequestBody<Req> permits RequestBody.Json, RequestBody.Multipart {

  /**
   * A JSON body ({@code application/json; charset=utf-8}) written by a generated codec.
   *
   * @param <Req> the generated request type
   * @param writer writes the whole body object of a request
   * @return the body
   */
  static <Req> RequestBody<Req> json(JsonWriter<Req> writer) {
    return new Json<>(writer);
  }

  /**
   * A {@code multipart/form-data} body, streamed.
   *
   * @param <Req> the generated request type
   * @param encoder adds a request's form fields and files
   * @return the body
   */
  static <Req> RequestBody<Req> multipart(MultipartEncoder<Req> encoder) {
    return new Multipart<>(encoder);
  }

  /**
   * A JSON body.
   *
   * @param writer writes the whole body object of a request (not its path or query parameters)
   * @param <Req> the generated request type
   */
  record Json<Req>(JsonWriter<Req> writer) implements RequestBody<Req> {
    /**
     * Checks the writer is given.
     *
     * @param writer writes the body object
     */
    public Json {
      Objects.requireNonNull(writer, "writer");
    }
  }

  /**
   * A multipart form body.
   *
   * @param encoder adds a request's form fields and files
   * @param <Req> the generated request type
   */
  record Multipart<Req>(MultipartEncoder<Req> encoder) implements RequestBody<Req> {
    /**
     * Checks the encoder is given.
     *
     * @param encoder adds the form fields and files
     */
    public Multipart {
      Objects.requireNonNull(encoder, "encoder");
    }
  }
}
