package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;

/**
 * Adds one request's form fields and files to a {@link MultipartForm}. Generated per upload
 * operation; holds no HTTP logic.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param <Req> the generated request type
 */
@LarkProtectedApi
@FunctionalInterface
public interface MultipartEncoder<Req> {
  /**
   * Adds the request's fields and files.
   *
   * @param request the request being sent
   * @param form the form to add them to
   */
  void encode(Req request, MultipartForm form);
}
