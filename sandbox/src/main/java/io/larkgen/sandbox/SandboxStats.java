package io.larkgen.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of a running sandbox: requests served by endpoint, 429 answers, injected
 * faults by kind and tokens issued. Thread-safe; every getter reads the current value.
 * Endpoints are named by operationId ({@code listInterviews}) or, for token endpoints, by
 * path ({@code /open-apis/auth/v3/tenant_access_token/internal}).
 */
public final class SandboxStats {

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<Fault, LongAdder> faults = new ConcurrentHashMap<>();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder tooManyRequests = new LongAdder();
  private final LongAdder tokensIssued = new LongAdder();
  private final LongAdder tokensReused = new LongAdder();

  SandboxStats() {}

  void request(String endpoint) {
    requests.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
  }

  void fault(Fault fault) {
    faults.computeIfAbsent(fault, k -> new LongAdder()).increment();
  }

  void rateLimited() {
    rateLimited.increment();
  }

  void sent429() {
    tooManyRequests.increment();
  }

  void tokenIssued() {
    tokensIssued.increment();
  }

  void tokenReused() {
    tokensReused.increment();
  }

  /** Requests received by endpoint (whatever the answer), sorted by name. */
  public Map<String, Long> requestsByEndpoint() {
    Map<String, Long> out = new TreeMap<>();
    requests.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Requests received by one endpoint. */
  public long requests(String endpoint) {
    LongAdder a = requests.get(endpoint);
    return a == null ? 0 : a.sum();
  }

  /** Requests received over all endpoints. */
  public long totalRequests() {
    return requests.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** HTTP 429 answers sent, by the rate limiter and by injected faults. */
  public long tooManyRequestsSent() {
    return tooManyRequests.sum();
  }

  /** Requests refused by the documented rate limit (not counting injected 429s). */
  public long rateLimitedRequests() {
    return rateLimited.sum();
  }

  /** Faults injected over all kinds. */
  public long faultsInjected() {
    return faults.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Faults injected of one kind. */
  public long faultsInjected(Fault fault) {
    LongAdder a = faults.get(fault);
    return a == null ? 0 : a.sum();
  }

  /** Faults injected by kind. */
  public Map<Fault, Long> faultsByKind() {
    Map<Fault, Long> out = new EnumMap<>(Fault.class);
    faults.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** New access tokens created (app and tenant tokens). */
  public long tokensIssued() {
    return tokensIssued.sum();
  }

  /** Token requests answered with a still-fresh token issued before. */
  public long tokensReused() {
    return tokensReused.sum();
  }

  @Override
  public String toString() {
    return "SandboxStats{requests=" + requestsByEndpoint() + ", 429s=" + tooManyRequestsSent()
        + ", faults=" + faultsByKind() + ", tokensIssued=" + tokensIssued() + "}";
  }
}
