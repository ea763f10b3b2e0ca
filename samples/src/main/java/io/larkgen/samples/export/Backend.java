package io.larkgen.samples.export;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The data source an export runs against: the embedded sandbox or a Feishu tenant. Opened by a
 * {@link Backend.Factory} from the environment; closing it stops the client (and the sandbox).
 */
public interface Backend extends AutoCloseable {

  /** Identifies the data for checkpoints, e.g. {@code sandbox(seed=42, interviews=3000)}. */
  String sourceId();

  /** What the user is told on stderr before the export starts. */
  String description();

  /** The time range used when neither {@code --from} nor {@code --to} is given, if it has one. */
  Optional<Range> defaultRange();

  /** How many interviews the query will return, when the backend can tell in advance. */
  OptionalLong expectedInterviews(InterviewSource.Segment... segments);

  /** The source and the codecs, for {@code pageSize} interviews per page. */
  Binding<?, ?> binding(int pageSize);

  @Override
  void close();

  /**
   * A time range of interview start times.
   *
   * @param start earliest (inclusive)
   * @param end latest
   */
  record Range(Instant start, Instant end) {}

  /** Options of the embedded sandbox, from the command line. */
  record SandboxOptions(int interviews, long seed, double faults, boolean rateLimits) {}

  /** Chooses and opens a backend. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param env the process environment ({@code FEISHU_APP_ID}, {@code FEISHU_APP_SECRET},
     *     {@code FEISHU_BASE_URL})
     * @param sandbox the embedded sandbox's options, used when the environment names no app
     * @param redis the Redis the client shares its tenant token and rate budget through
     *     ({@code --redis}), or empty for a client on its own
     * @throws ExportFailure if the environment is incomplete
     */
    Backend open(Map<String, String> env, SandboxOptions sandbox, Optional<URI> redis);
  }
}
