package io.larkgen.runtime.http;

import java.io.IOException;

/**
 * Sends one HTTP exchange. Implementations never follow redirects (the runtime decides which are
 * safe to follow) and never retry; they must be safe for concurrent use.
 *
 * <p>The default is {@link JdkHttpTransport}; tests and unusual environments can supply their
 * own.
 */
@FunctionalInterface
public interface Transport extends AutoCloseable {

  /**
   * Sends the request and reads the whole response.
   *
   * @param request the request, with its headers and body
   * @return the response, body read whole
   * @throws java.net.http.HttpConnectTimeoutException when the connection is not established in
   *     time
   * @throws java.net.http.HttpTimeoutException when the response does not arrive within {@link
   *     TransportRequest#timeout()}
   * @throws IOException on any other I/O failure
   * @throws InterruptedException when the calling thread is interrupted
   */
  TransportResponse send(TransportRequest request) throws IOException, InterruptedException;

  /** Releases connections and threads. The default does nothing. */
  @Override
  default void close() {}
}
