package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.error.LarkRequestValidationException.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks that generated request types run before any I/O, for rules that need more than a
 * comparison. Every failure is a {@link LarkRequestValidationException} whose message starts with
 * the parameter's wire name (or a body field's JSON path) and states the rule.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 */
@LarkProtectedApi
public final class RequestRules {
  private static final Instant MIN_MILLIS = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant MAX_MILLIS = Instant.ofEpochMilli(Long.MAX_VALUE);

  private RequestRules() {}

  /**
   * The milliseconds since the epoch of {@code value}, which must fit in a {@code long}.
   *
   * @param name the wire name, for the message
   * @param value the instant, not null
   * @return {@code value.toEpochMilli()}
   * @throws LarkRequestValidationException ({@link Rule#FORMAT}) if {@code value} is before or
   *     after the range of 64-bit milliseconds ({@link Instant#MIN}, {@link Instant#MAX})
   */
  public static long epochMillis(String name, Instant value) {
    if (value.isBefore(MIN_MILLIS) || value.isAfter(MAX_MILLIS)) {
      throw new LarkRequestValidationException(name, Rule.FORMAT,
          value + " is outside the range of milliseconds since the epoch that a 64-bit integer holds");
    }
    return value.toEpochMilli();
  }

  /**
   * An unmodifiable copy of {@code list}, empty for null.
   *
   * @param name the wire name, for the message
   * @param list the list, or null
   * @param <T> the element type
   * @return the copy
   * @throws LarkRequestValidationException ({@link Rule#ITEMS}) if an element is null, or an empty
   *     string
   */
  public static <T> List<T> copyOf(String name, @Nullable List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T item : list) {
      if (item == null) {
        throw new LarkRequestValidationException(name, Rule.ITEMS,
            "item " + copy.size() + " is null; lists may not hold null");
      }
      if (item instanceof String text && text.isEmpty()) {
        throw new LarkRequestValidationException(name, Rule.ITEMS,
            "item " + copy.size() + " is an empty string; every item must have a value");
      }
      copy.add(item);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Checks that {@code value} contains a match of {@code pattern}, as JSON Schema's
   * {@code pattern} does (the pattern is not anchored unless it says {@code ^…$}).
   *
   * @param name the wire name, for the message
   * @param value the text, or null (then nothing is checked)
   * @param pattern the spec's pattern, compiled
   * @throws LarkRequestValidationException ({@link Rule#PATTERN}) if {@code value} has no match
   */
  public static void pattern(String name, @Nullable String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).find()) {
      throw new LarkRequestValidationException(name, Rule.PATTERN,
          "\"" + value + "\" does not match the pattern " + pattern.pattern());
    }
  }

  /**
   * The number a string parameter spells, for its {@code minimum} and {@code maximum}.
   *
   * @param name the wire name, for the message
   * @param value the text, not null
   * @return the number
   * @throws LarkRequestValidationException ({@link Rule#FORMAT}) if {@code value} is not a decimal
   *     number
   */
  public static BigDecimal decimal(String name, String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new LarkRequestValidationException(name, Rule.FORMAT, "\"" + value + "\" is not a decimal number", e);
    }
  }
}
