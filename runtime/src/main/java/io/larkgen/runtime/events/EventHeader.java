package io.larkgen.runtime.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What every event carries besides its body, read from either schema version.
 *
 * <table>
 *   <caption>Where each field comes from</caption>
 *   <tr><th>Field</th><th>2.0 ({@code "schema": "2.0"})</th><th>1.0</th></tr>
 *   <tr><td>{@link #eventId()}</td><td>{@code header.event_id}</td><td>{@code uuid}</td></tr>
 *   <tr><td>{@link #eventType()}</td><td>{@code header.event_type}</td>
 *       <td>{@code event.type}</td></tr>
 *   <tr><td>{@link #createTime()}</td><td>{@code header.create_time}</td><td>{@code ts}</td></tr>
 *   <tr><td>{@link #token()}</td><td>{@code header.token}</td><td>{@code token}</td></tr>
 *   <tr><td>{@link #appId()}</td><td>{@code header.app_id}</td><td>{@code event.app_id}</td></tr>
 *   <tr><td>{@link #tenantKey()}</td><td>{@code header.tenant_key}</td>
 *       <td>{@code event.tenant_key}</td></tr>
 * </table>
 *
 * <p>Any of them but {@code eventId} and {@code eventType} may be null when the event lacks it.
 * {@link #toString()} never shows the token.
 *
 * @param schema the event's schema version
 * @param eventId unique per event; Feishu sends the same id again when it redelivers
 * @param eventType e.g. {@code hire.application.stage_changed_v1}
 * @param createTime as sent: epoch milliseconds for Hire's 2.0 events, seconds with a fraction in
 *     1.0 events; see {@link #createdAt()}
 * @param token the app's Verification Token
 * @param appId the app the event is for
 * @param tenantKey the tenant the event happened in
 */
public record EventHeader(
    @Nullable Schema schema,
    String eventId,
    String eventType,
    @Nullable String createTime,
    @Nullable String token,
    @Nullable String appId,
    @Nullable String tenantKey) {

  /** The two event structures Feishu pushes. */
  public enum Schema {
    /** {@code {"uuid", "token", "ts", "type": "event_callback", "event": {"type", ...}}}. */
    V1,
    /** {@code {"schema": "2.0", "header": {...}, "event": {...}}}. */
    V2
  }

  /**
   * Above this, a 2.0 {@code create_time} is in microseconds (Feishu's general guide shows
   * 16-digit values) rather than milliseconds (Hire's pages): 10^14 ms is in the year 5138.
   */
  private static final long MICROS_ABOVE = 100_000_000_000_000L;

  /**
   * {@link #createTime()} as an instant: 1.0 {@code ts} is seconds with a fraction; 2.0 {@code
   * create_time} is milliseconds, or microseconds when it has more than 14 digits. Empty when
   * the field is missing or not a number.
   *
   * @return the creation time, or empty
   */
  public Optional<Instant> createdAt() {
    if (createTime == null || createTime.isBlank()) {
      return Optional.empty();
    }
    try {
      if (schema == Schema.V1) {
        BigDecimal seconds = new BigDecimal(createTime.strip());
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Optional.of(Instant.ofEpochSecond(whole, nanos));
      }
      long value = Long.parseLong(createTime.strip());
      return Optional.of(value > MICROS_ABOVE
          ? Instant.EPOCH.plusNanos(Math.multiplyExact(value, 1000L))
          : Instant.ofEpochMilli(value));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "EventHeader[schema=" + schema + ", eventId=" + eventId + ", eventType=" + eventType
        + ", createTime=" + createTime + ", token=" + (token == null ? null : "***")
        + ", appId=" + appId + ", tenantKey=" + tenantKey + "]";
  }
}
