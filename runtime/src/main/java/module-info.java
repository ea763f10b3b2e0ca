/**
 * The Larkgen runtime: the transport, auth, paging, retries, rate limits and errors under every
 * generated client.
 *
 * <p>Its API has two parts. Public API is for applications: {@code DefaultLarkClient} and
 * {@code RequestOptions}, the exceptions, the event dispatcher and the extension points (a
 * {@code Transport}, a {@code TokenStore}, a {@code RateLimiter}, a {@code CallListener}).
 * Protected API, marked {@link io.larkgen.runtime.annotations.LarkProtectedApi}, is what
 * generated clients call. The packages under {@code io.larkgen.runtime.internal} hold the
 * implementation and are not exported.
 *
 * <p>Every package is {@code @NullMarked} (JSpecify): a parameter, return value or component
 * may be null only where it is declared {@code @Nullable}.
 */
module io.larkgen.runtime {
  requires transitive com.fasterxml.jackson.core;
  requires transitive java.net.http;
  requires transitive jdk.httpserver;
  requires transitive org.jspecify;
  requires org.slf4j;

  exports io.larkgen.runtime;
  exports io.larkgen.runtime.annotations;
  exports io.larkgen.runtime.auth;
  exports io.larkgen.runtime.error;
  exports io.larkgen.runtime.events;
  exports io.larkgen.runtime.http;
  exports io.larkgen.runtime.json;
  exports io.larkgen.runtime.ratelimit;
  exports io.larkgen.runtime.retry;
}
