package io.larkgen.processor.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Documented limits of a parameter or property value.
 *
 * @param minimum {@code minimum}
 * @param exclusiveMinimum whether {@code minimum} itself is excluded ({@code exclusiveMinimum:
 *     true}), e.g. "must be &gt; 0"
 * @param maximum {@code maximum}
 * @param exclusiveMaximum whether {@code maximum} itself is excluded
 * @param minItems {@code minItems} of an array
 * @param maxItems {@code maxItems} of an array
 * @param minLength {@code minLength} of a string
 * @param maxLength {@code maxLength} of a string
 * @param pattern {@code pattern} of a string: a regular expression its value must contain a
 *     match of (checked by the loader to compile with {@code java.util.regex})
 * @param items the limits of each element of an array ({@code items}' own constraints), or
 *     empty
 * @param maxBytes {@code x-lark-max-bytes} of a file field of a multipart form: the most bytes
 *     it may hold
 */
public record Constraints(
    Optional<BigDecimal> minimum,
    boolean exclusiveMinimum,
    Optional<BigDecimal> maximum,
    boolean exclusiveMaximum,
    OptionalInt minItems,
    OptionalInt maxItems,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<String> pattern,
    Optional<Constraints> items,
    OptionalLong maxBytes) {

  /** Limits of anything but a file. */
  public Constraints(
      Optional<BigDecimal> minimum,
      boolean exclusiveMinimum,
      Optional<BigDecimal> maximum,
      boolean exclusiveMaximum,
      OptionalInt minItems,
      OptionalInt maxItems,
      OptionalInt minLength,
      OptionalInt maxLength,
      Optional<String> pattern,
      Optional<Constraints> items) {
    this(minimum, exclusiveMinimum, maximum, exclusiveMaximum, minItems, maxItems, minLength, maxLength,
        pattern, items, OptionalLong.empty());
  }

  /** No constraint at all. */
  public static final Constraints NONE =
      new Constraints(
          Optional.empty(),
          false,
          Optional.empty(),
          false,
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          Optional.empty(),
          Optional.empty());

  public boolean isEmpty() {
    return equals(NONE);
  }
}
