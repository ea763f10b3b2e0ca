package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;

/**
 * Writes one request's path and query parameters. Generated per operation; holds no HTTP logic.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param <Req> the generated request type
 */
@LarkProtectedApi
@FunctionalInterface
public interface RequestEncoder<Req> {
  /**
   * Writes the request's parameters.
   *
   * @param request the request being sent
   * @param params the path and query parameters to set
   */
  void encode(Req request, RequestParams params);
}
