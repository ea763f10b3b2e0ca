package io.larkgen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Test-only SLF4J binding: every logger is enabled at TRACE and records each event (formatted
 * message plus the whole throwable chain) in {@link #events()}.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {
  private static final List<Event> EVENTS = new ArrayList<>();

  /** One recorded event. */
  public record Event(String logger, Level level, String message, String throwable) {
    /** Message and throwable text together. */
    public String text() {
      return message + (throwable == null ? "" : "\n" + throwable);
    }
  }

  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, RecordingLogger::new);

  /** A copy of all events recorded so far. */
  public static List<Event> events() {
    synchronized (EVENTS) {
      return List.copyOf(EVENTS);
    }
  }

  /** Forgets all events. */
  public static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class RecordingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    RecordingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] args, Throwable throwable) {
      String message = MessageFormatter.basicArrayFormat(pattern, args);
      StringBuilder chain = null;
      for (Throwable t = throwable; t != null; t = t.getCause()) {
        if (chain == null) {
          chain = new StringBuilder();
        }
        chain.append(t).append('\n');
      }
      synchronized (EVENTS) {
        EVENTS.add(new Event(name, level, message, chain == null ? null : chain.toString()));
      }
    }
  }
}
