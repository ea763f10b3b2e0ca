package io.larkgen.samples.export;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Reports an export's progress on stderr: a redrawn bar on a terminal, a plain line every few
 * seconds otherwise (logs, CI). Time comes from an injected nanosecond clock.
 */
public abstract class Progress {

  /** A snapshot after a committed page. */
  public record Snapshot(long interviews, long records, OptionalDouble fraction) {}

  /** Reports nothing. */
  public static final Progress SILENT =
      new Progress() {
        @Override
        public void update(Snapshot s) {}

        @Override
        public void finish() {}
      };

  /**
   * Called once before the first page with where the export stands (non-zero when resuming),
   * so that rate and remaining time count only this run.
   */
  public void begin(long interviews, OptionalDouble fraction) {}

  /** Called after every committed page. */
  public abstract void update(Snapshot s);

  /** Called once at the end (success or failure), before the summary. */
  public abstract void finish();

  /** A bar redrawn in place with {@code \r}, at most every {@code minInterval}. */
  public static Progress bar(PrintStream err, LongSupplier nanoClock, Duration minInterval) {
    return new Bar(err, nanoClock, minInterval.toNanos());
  }

  /** A plain line every {@code interval}. */
  public static Progress lines(PrintStream err, LongSupplier nanoClock, Duration interval) {
    return new Lines(err, nanoClock, interval.toNanos());
  }

  /** Measures rate and remaining time from the first snapshot of this run. */
  abstract static class Timed extends Progress {
    final PrintStream err;
    final LongSupplier clock;
    final long interval;
    final long started;
    long lastShown = Long.MIN_VALUE;
    long firstInterviews;
    double firstFraction;
    Snapshot last;

    Timed(PrintStream err, LongSupplier clock, long interval) {
      this.err = err;
      this.clock = clock;
      this.interval = interval;
      this.started = clock.getAsLong();
    }

    @Override
    public final void begin(long interviews, OptionalDouble fraction) {
      firstInterviews = interviews;
      firstFraction = fraction.orElse(0);
    }

    @Override
    public final void update(Snapshot s) {
      last = s;
      long now = clock.getAsLong();
      if (lastShown == Long.MIN_VALUE ? now - started >= interval : now - lastShown >= interval) {
        lastShown = now;
        show(s, now);
      }
    }

    abstract void show(Snapshot s, long now);

    /** Interviews per second in this run. */
    double rate(Snapshot s, long now) {
      double secs = (now - started) / 1e9;
      return secs <= 0 ? 0 : (s.interviews() - firstInterviews) / secs;
    }

    /** Remaining time, from how far the fraction moved in this run. */
    String eta(Snapshot s, long now) {
      if (s.fraction().isEmpty()) {
        return "ETA ?";
      }
      double f = s.fraction().getAsDouble();
      double f0 = firstFraction;
      if (f >= 1) {
        return "ETA 0:00";
      }
      if (f <= f0) {
        return "ETA ?";
      }
      double secs = (now - started) / 1e9 * (1 - f) / (f - f0);
      return "ETA " + clock(Math.round(secs));
    }

    static String clock(long secs) {
      return secs >= 3600
          ? String.format(Locale.ROOT, "%d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60)
          : String.format(Locale.ROOT, "%d:%02d", secs / 60, secs % 60);
    }
  }

  static final class Bar extends Timed {
    private static final int WIDTH = 30;
    private boolean drawn;

    Bar(PrintStream err, LongSupplier clock, long interval) {
      super(err, clock, interval);
    }

    @Override
    void show(Snapshot s, long now) {
      err.print("\r" + render(s, now) + "\u001b[K");
      err.flush();
      drawn = true;
    }

    String render(Snapshot s, long now) {
      StringBuilder b = new StringBuilder();
      if (s.fraction().isPresent()) {
        double f = Math.min(1, Math.max(0, s.fraction().getAsDouble()));
        int full = (int) Math.round(f * WIDTH);
        b.append('[').append("#".repeat(full)).append("-".repeat(WIDTH - full)).append("] ");
        b.append(String.format(Locale.ROOT, "%3d%% ", Math.round(f * 100)));
      }
      b.append(String.format(
          Locale.ROOT,
          "%,d interviews, %,d records, %.0f/s, %s",
          s.interviews(), s.records(), rate(s, now), eta(s, now)));
      return b.toString();
    }

    @Override
    public void finish() {
      if (last != null) {
        show(last, clock.getAsLong());
      }
      if (drawn) {
        err.println();
        err.flush();
      }
    }
  }

  static final class Lines extends Timed {
    Lines(PrintStream err, LongSupplier clock, long interval) {
      super(err, clock, interval);
    }

    @Override
    void show(Snapshot s, long now) {
      String pct =
          s.fraction().isPresent()
              ? String.format(Locale.ROOT, " (%d%%)", Math.round(100 * Math.min(1, s.fraction().getAsDouble())))
              : "";
      err.printf(
          Locale.ROOT,
          "hire-export: %,d interviews, %,d records%s, %.0f interviews/s, %s%n",
          s.interviews(), s.records(), pct, rate(s, now), eta(s, now));
      err.flush();
    }

    @Override
    public void finish() {}
  }
}
