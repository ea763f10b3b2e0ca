package io.larkgen.runtime;

import io.larkgen.runtime.internal.error.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one client, called in order; a listener that throws is logged and skipped,
 * so that it never fails a call.
 */
final class Listeners implements CallListener {
  private static final Logger LOG = LoggerFactory.getLogger(CallListener.class);

  private final List<CallListener> listeners;

  Listeners(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Whether any listener is registered (events that cost something to build can be skipped). */
  boolean any() {
    return !listeners.isEmpty();
  }

  /** Request headers as a listener may see them: the {@code Authorization} value masked. */
  static Map<String, List<String>> masked(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name,
        name.equalsIgnoreCase("Authorization") ? List.of(Redactor.MASK) : values));
    return copy;
  }

  @Override
  public void onRateLimitWait(RateLimitWait event) {
    each("onRateLimitWait", l -> l.onRateLimitWait(event));
  }

  @Override
  public void beforeSend(Send event) {
    each("beforeSend", l -> l.beforeSend(event));
  }

  @Override
  public void afterReceive(Receive event) {
    each("afterReceive", l -> l.afterReceive(event));
  }

  @Override
  public void onRetry(Retry event) {
    each("onRetry", l -> l.onRetry(event));
  }

  @Override
  public void onCallEnd(End event) {
    each("onCallEnd", l -> l.onCallEnd(event));
  }

  private void each(String method, Consumer<CallListener> call) {
    for (CallListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("call listener {}.{} failed; the call goes on", l.getClass().getName(),
            method, e);
      }
    }
  }
}
