package io.larkgen.runtime.micrometer;

import io.larkgen.runtime.CallListener;
import io.larkgen.runtime.error.LarkRateLimitException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * Exports what a {@link io.larkgen.runtime.DefaultLarkClient} does as Micrometer meters, tagged
 * with the operation id ({@code operation}):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Type</th><th>Extra tags</th><th>Counts / measures</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>{@code outcome} ({@code success},
 *       {@code failure}), {@code exception} (simple class name, or {@code none})</td>
 *       <td>calls and their whole duration, retries and waits included</td></tr>
 *   <tr><td>{@value #ATTEMPTS}</td><td>timer</td><td>{@code status} (HTTP status)</td>
 *       <td>answered attempts and their duration</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td></td><td>attempts sent again</td></tr>
 *   <tr><td>{@value #THROTTLED}</td><td>counter</td><td></td><td>answers that were a rate
 *       limit refusal (HTTP 429 or code 99991400)</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_WAITS}</td><td>timer</td><td></td><td>waits for a client-side
 *       rate-limit permit and their length</td></tr>
 * </table>
 *
 * <pre>{@code
 * DefaultLarkClient client = DefaultLarkClient.builder()
 *     ...
 *     .listener(new MicrometerCallListener(registry))
 *     .build();
 * }</pre>
 *
 * <p>Tags hold only operation ids, statuses and exception class names: no URL, header, token or
 * message.
 */
public final class MicrometerCallListener implements CallListener {
  /** Timer of whole calls. */
  public static final String CALLS = "larkgen.client.calls";

  /** Timer of answered attempts. */
  public static final String ATTEMPTS = "larkgen.client.attempts";

  /** Counter of retries. */
  public static final String RETRIES = "larkgen.client.retries";

  /** Counter of rate-limit refusals (429) from the server. */
  public static final String THROTTLED = "larkgen.client.throttled";

  /** Timer of waits for a client-side rate-limit permit. */
  public static final String RATE_LIMIT_WAITS = "larkgen.client.rate.limit.waits";

  private static final String OPERATION = "operation";

  private final MeterRegistry registry;
  private final Tags common;

  /**
   * Records into a registry.
   *
   * @param registry where the meters go
   */
  public MicrometerCallListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * Records into a registry, adding tags to every meter (e.g. {@code client=hire-export} when a
   * service runs several clients).
   *
   * @param registry where the meters go
   * @param tags added to every meter
   */
  public MicrometerCallListener(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.common = Tags.of(Objects.requireNonNull(tags, "tags"));
  }

  @Override
  public void onRateLimitWait(RateLimitWait event) {
    Timer.builder(RATE_LIMIT_WAITS)
        .description("waits for a client-side rate-limit permit")
        .tags(common).tag(OPERATION, event.operationId())
        .register(registry)
        .record(event.waited());
  }

  @Override
  public void afterReceive(Receive event) {
    Timer.builder(ATTEMPTS)
        .description("answered attempts of Feishu calls")
        .tags(common).tag(OPERATION, event.operationId())
        .tag("status", Integer.toString(event.metadata().httpStatus()))
        .register(registry)
        .record(event.elapsed());
    if (event.failure() instanceof LarkRateLimitException) {
      Counter.builder(THROTTLED)
          .description("answers refusing a call for the server's rate limit")
          .tags(common).tag(OPERATION, event.operationId())
          .register(registry)
          .increment();
    }
  }

  @Override
  public void onRetry(Retry event) {
    Counter.builder(RETRIES)
        .description("attempts sent again")
        .tags(common).tag(OPERATION, event.operationId())
        .register(registry)
        .increment();
  }

  @Override
  public void onCallEnd(End event) {
    Timer.builder(CALLS)
        .description("Feishu calls, retries and waits included")
        .tags(common).tag(OPERATION, event.operationId())
        .tag("outcome", event.succeeded() ? "success" : "failure")
        .tag("exception", event.succeeded() ? "none" : event.failure().getClass().getSimpleName())
        .register(registry)
        .record(event.elapsed());
  }
}
