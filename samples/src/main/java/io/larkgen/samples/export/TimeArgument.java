package io.larkgen.samples.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A {@code --from} / {@code --to} value: what the user typed and the instant it means.
 *
 * <p>Accepted forms: epoch milliseconds ({@code 1767225600000}), an ISO instant or offset
 * date-time ({@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T08:00+08:00}), a zoned date-time
 * ({@code 2026-01-01T08:00[Asia/Shanghai]}), a local date-time or a date (start of that day);
 * local forms are read in the given zone.
 *
 * @param raw the text as given, kept so that a resumed export can compare its arguments
 * @param instant the moment it denotes
 */
public record TimeArgument(String raw, Instant instant) {

  public TimeArgument {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(instant, "instant");
  }

  /**
   * Parses one value.
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  public static TimeArgument parse(String text, ZoneId zone) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty time: " + expected());
    }
    if (s.chars().allMatch(Character::isDigit)) {
      try {
        return new TimeArgument(text, Instant.ofEpochMilli(Long.parseLong(s)));
      } catch (NumberFormatException | DateTimeException e) {
        throw new IllegalArgumentException("'" + text + "' is out of range: " + expected(), e);
      }
    }
    try {
      return new TimeArgument(text, parseIso(s, zone));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time: " + expected(), e);
    }
  }

  private static Instant parseIso(String s, ZoneId zone) {
    if (s.indexOf('T') < 0 && s.indexOf('t') < 0) {
      return LocalDate.parse(s).atStartOfDay(zone).toInstant();
    }
    int bracket = s.indexOf('[');
    if (bracket > 0 && s.endsWith("]")) {
      return parseIso(s.substring(0, bracket), ZoneId.of(s.substring(bracket + 1, s.length() - 1)));
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    }
  }

  private static String expected() {
    return "expected an ISO date (2026-01-31), date-time (2026-01-31T09:00, 2026-01-31T09:00:00+08:00,"
        + " 2026-01-31T01:00:00Z) or epoch milliseconds (1769821200000)";
  }

  @Override
  public String toString() {
    return raw + " (" + instant + ")";
  }
}
