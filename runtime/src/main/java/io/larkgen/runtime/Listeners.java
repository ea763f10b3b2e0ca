package io.larkgen.runtime;

import io.larkgen.runtime.error.Redactor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    for (CallListener l : listeners) {
      try {
        l.onRateLimitWait(event);
      } catch (RuntimeException e) {
        failed(l, "onRateLimitWait", e);
      }
    }
  }

  @Override
  public void beforeSend(Send event) {
    for (CallListener l : listeners) {
      try {
        l.beforeSend(event);
      } catch (RuntimeException e) {
        failed(l, "beforeSend", e);
      }
    }
  }

  @Override
  public void afterReceive(Receive event) {
    for (CallListener l : listeners) {
      try {
        l.afterReceive(event);
      } catch (RuntimeException e) {
        failed(l, "afterReceive", e);
      }
    }
  }

  @Override
  public void onRetry(Retry event) {
    for (CallListener l : listeners) {
      try {
        l.onRetry(event);
      } catch (RuntimeException e) {
        failed(l, "onRetry", e);
      }
    }
  }

  @Override
  public void onCallEnd(End event) {
    for (CallListener l : listeners) {
      try {
        l.onCallEnd(event);
      } catch (RuntimeException e) {
        failed(l, "onCallEnd", e);
      }
    }
  }

  private static void failed(CallListener listener, String method, RuntimeException e) {
    LOG.warn("call listener {}.{} failed; the call goes on", listener.getClass().getName(),
        method, e);
  }
}
