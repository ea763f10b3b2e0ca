package io.larkgen.runtime;

/**
 * Writes one request's path and query parameters. Generated per operation; holds no HTTP logic.
 *
 * @param <Req> the generated request type
 */
@FunctionalInterface
public interface RequestEncoder<Req> {
  void encode(Req request, RequestParams params);
}
