package io.larkgen.runtime;

/**
 * Adds one request's form fields and files to a {@link MultipartForm}. Generated per upload
 * operation; holds no HTTP logic.
 *
 * @param <Req> the generated request type
 */
@FunctionalInterface
public interface MultipartEncoder<Req> {
  void encode(Req request, MultipartForm form);
}
