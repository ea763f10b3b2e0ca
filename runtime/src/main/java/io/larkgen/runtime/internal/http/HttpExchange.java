package io.larkgen.runtime.internal.http;

import io.larkgen.runtime.HttpMethod;
import io.larkgen.runtime.error.LarkInterruptedException;
import io.larkgen.runtime.error.LarkResponseTooLargeException;
import io.larkgen.runtime.error.LarkTimeoutException;
import io.larkgen.runtime.error.LarkTransportException;
import io.larkgen.runtime.http.RequestContent;
import io.larkgen.runtime.http.ResponseTooLargeException;
import io.larkgen.runtime.http.Transport;
import io.larkgen.runtime.http.TransportRequest;
import io.larkgen.runtime.http.TransportResponse;
import io.larkgen.runtime.internal.error.Redactor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one attempt through a {@link Transport}: follows redirects only to the same scheme, host
 * and port (so the {@code Authorization} header never reaches another host), logs the exchange and
 * turns I/O failures into {@link LarkTransportException}s.
 *
 * <p>Logging: the request line, status, duration, attempt and log id at DEBUG; bodies, with
 * secrets redacted, at TRACE. Headers are never logged.
 */
public final class HttpExchange {
  /**
   * The wire log keeps the name of the public {@code http} package, so logging configured for
   * it does not depend on where this class lives.
   */
  public static final String LOGGER_NAME = "io.larkgen.runtime.http";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final int MAX_REDIRECTS = 5;

  private final Transport transport;
  private final LongSupplier nanoTime;
  private final Supplier<? extends Collection<String>> secrets;

  /**
   * Creates an exchange helper.
   *
   * @param transport where requests go
   * @param nanoTime time source for durations in logs and remaining timeouts
   */
  public HttpExchange(Transport transport, LongSupplier nanoTime) {
    this(transport, nanoTime, List::of);
  }

  /**
   * Creates an exchange helper that also masks {@code secrets} (and each request's own bearer
   * token) by value wherever it logs a body.
   *
   * @param transport where requests go
   * @param nanoTime time source for durations in logs and remaining timeouts
   * @param secrets the client's secret values (app secret, app ticket, …), asked for per log line
   */
  public HttpExchange(Transport transport, LongSupplier nanoTime,
      Supplier<? extends Collection<String>> secrets) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** A body as it may be logged: secrets masked by value and by pattern. */
  private String loggable(TransportRequest request, byte[] body) {
    List<String> values = new ArrayList<>(secrets.get());
    String auth = request.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      values.add(auth.substring(7));
    }
    return Redactor.redactValues(
        Redactor.redactJson(new String(body, StandardCharsets.UTF_8)), values);
  }

  /**
   * Sends {@code request} and returns the final response.
   *
   * @param operationId for logs and exceptions
   * @param attempt 1-based attempt number, for logs
   * @throws LarkTimeoutException when the connect or read timeout elapsed
   * @throws LarkTransportException on other I/O failures or an unsafe redirect
   */
  public TransportResponse send(String operationId, TransportRequest request, int attempt) {
    TransportRequest current = request;
    long start = nanoTime.getAsLong();
    for (int hop = 0; ; hop++) {
      if (LOG.isTraceEnabled() && current.body() != null) {
        LOG.trace("{} request body: {}", operationId,
            current.body() instanceof RequestContent.Bytes b
                ? loggable(current, b.bytes())
                : current.body());
      }
      long sent = nanoTime.getAsLong();
      TransportResponse response;
      try {
        response = transport.send(current);
      } catch (HttpConnectTimeoutException e) {
        logFailure(operationId, current, attempt, sent, e);
        throw new LarkTimeoutException(operationId, LarkTimeoutException.Kind.CONNECT,
            current.method() + " " + current.uri().getPath() + ": " + e.getMessage(), e);
      } catch (HttpTimeoutException e) {
        logFailure(operationId, current, attempt, sent, e);
        throw new LarkTimeoutException(operationId, LarkTimeoutException.Kind.READ,
            current.method() + " " + current.uri().getPath() + ": no complete response within "
                + current.timeout(), e);
      } catch (ResponseTooLargeException e) {
        logFailure(operationId, current, attempt, sent, e);
        throw new LarkResponseTooLargeException(operationId,
            current.method() + " " + current.uri().getPath() + ": " + e.getMessage(), e.limit(), e);
      } catch (IOException e) {
        logFailure(operationId, current, attempt, sent, e);
        throw new LarkTransportException(operationId,
            current.method() + " " + current.uri().getPath() + " failed: " + e, 0, null, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LarkInterruptedException(operationId, "waiting for the response", e);
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} in {} ms (attempt {}, log id {})", operationId,
            current.method(), Redactor.redactUri(current.uri()), response.status(),
            (nanoTime.getAsLong() - sent) / 1_000_000, attempt, response.logId());
      }
      if (LOG.isTraceEnabled()) {
        LOG.trace("{} response body: {}", operationId, loggable(current, response.body()));
      }
      if (!isRedirect(response.status())) {
        return response;
      }
      String location = response.header("Location");
      if (location == null) {
        return response;
      }
      URI target;
      try {
        target = current.uri().resolve(location);
      } catch (IllegalArgumentException e) {
        throw new LarkTransportException(operationId,
            "redirect with a malformed Location header not followed (" + e.getMessage() + ")",
            response.status(), response.logId(), e);
      }
      if (!Urls.sameOrigin(current.uri(), target)) {
        throw new LarkTransportException(operationId,
            "redirect to another origin not followed (" + target.getScheme() + "://"
                + target.getHost() + (target.getPort() < 0 ? "" : ":" + target.getPort()) + ")",
            response.status(), response.logId(), null);
      }
      if (hop + 1 >= MAX_REDIRECTS) {
        throw new LarkTransportException(operationId,
            "more than " + MAX_REDIRECTS + " redirects", response.status(), response.logId(), null);
      }
      HttpMethod method = current.method();
      if (response.status() == 303
          || (response.status() != 307 && response.status() != 308 && method == HttpMethod.POST)) {
        method = HttpMethod.GET;
      }
      if (method == current.method() && current.body() != null && !current.body().repeatable()) {
        throw new LarkTransportException(operationId,
            "redirect not followed: the request body streams a one-shot input and cannot be sent "
                + "again", response.status(), response.logId(), null);
      }
      long left = current.timeout().toNanos() - (nanoTime.getAsLong() - start);
      if (left <= 0) {
        throw new LarkTimeoutException(operationId, LarkTimeoutException.Kind.READ,
            "timeout elapsed while following redirects", null);
      }
      current = current.redirectTo(target, method, Duration.ofNanos(left));
    }
  }

  private void logFailure(
      String operationId, TransportRequest request, int attempt, long sent, Exception e) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} {} failed after {} ms (attempt {}): {}", operationId, request.method(),
          Redactor.redactUri(request.uri()), (nanoTime.getAsLong() - sent) / 1_000_000, attempt,
          Redactor.redactText(e.toString()));
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }
}
