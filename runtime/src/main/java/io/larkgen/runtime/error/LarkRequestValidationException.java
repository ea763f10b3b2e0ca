package io.larkgen.runtime.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The client refused a request before any I/O: a value breaks a rule the spec states for it.
 * Thrown by the constructor (and so by {@code build()}) of a generated request, by the checks of
 * a nested request body object, and by the runtime helpers they call.
 *
 * <p>{@link #path()} names what is wrong: a parameter's wire name ({@code page_size}), a body
 * field's JSON path ({@code body.reminder.remind_time}, {@code body.items[2].id}) or, for a rule
 * across parameters, the names it joins; {@link #rule()} says which rule it breaks. The message
 * starts with the path and states the rule and the value.
 *
 * <p>Not to be confused with {@link LarkValidationException}, which is Feishu's rejection of a
 * request it received. No request was sent, so {@link #httpStatus()} is 0, {@link #logId()} is
 * empty and {@link #operationId()} is empty: a request is checked when it is built, before it is
 * given to an operation.
 *
 * <p>Programming errors that are not rules of the spec stay what the JDK throws: a null passed
 * to a method that does not accept one is a {@link NullPointerException}, and an {@code
 * extraProperties} map holding a name of one of the type's own fields is an {@link
 * IllegalArgumentException}.
 */
public class LarkRequestValidationException extends LarkException {
  private static final long serialVersionUID = 1L;

  /** A rule the client checks, named after the spec keyword that states it. */
  public enum Rule {
    /** A required parameter, body or field is not set (null, or an empty string or list). */
    REQUIRED("required"),
    /** None of the parameters of which one must be set is set. */
    REQUIRE_ANY("x-lark-require-any"),
    /** A number is less than the minimum. */
    MINIMUM("minimum"),
    /** A number is not greater than the exclusive minimum. */
    EXCLUSIVE_MINIMUM("exclusiveMinimum"),
    /** A number is greater than the maximum. */
    MAXIMUM("maximum"),
    /** A number is not less than the exclusive maximum. */
    EXCLUSIVE_MAXIMUM("exclusiveMaximum"),
    /** A string is shorter than the minimum length. */
    MIN_LENGTH("minLength"),
    /** A string is longer than the maximum length. */
    MAX_LENGTH("maxLength"),
    /** A string does not match the pattern. */
    PATTERN("pattern"),
    /** A list has fewer items than the minimum. */
    MIN_ITEMS("minItems"),
    /** A list has more items than the maximum. */
    MAX_ITEMS("maxItems"),
    /** A list holds a null item, or an empty string. */
    ITEMS("items"),
    /** A file is larger than the maximum size. */
    MAX_BYTES("x-lark-max-bytes"),
    /**
     * A value cannot be written in the wire format: an instant outside 64-bit milliseconds, or
     * a string parameter with numeric bounds that is not a number.
     */
    FORMAT("format");

    private final String keyword;

    Rule(String keyword) {
      this.keyword = keyword;
    }

    /**
     * The spec keyword that states the rule.
     *
     * @return the keyword, e.g. {@code maxLength} or {@code x-lark-max-bytes}
     */
    public String keyword() {
      return keyword;
    }
  }

  /** What breaks the rule; see {@link #path()}. */
  private final String path;

  /** The rule broken; see {@link #rule()}. */
  private final Rule rule;

  /**
   * Creates an exception whose message is {@code path + ": " + detail}.
   *
   * @param path the parameter's wire name or the body field's JSON path
   * @param rule the rule the value breaks
   * @param detail the value and the rule, e.g. {@code 101 is greater than the maximum 100}; must
   *     not contain secrets
   */
  public LarkRequestValidationException(String path, Rule rule, String detail) {
    this(path, rule, detail, null);
  }

  /**
   * As {@link #LarkRequestValidationException(String, Rule, String)}, with the failure that
   * revealed the broken rule.
   *
   * @param path the parameter's wire name or the body field's JSON path
   * @param rule the rule the value breaks
   * @param detail the value and the rule; must not contain secrets
   * @param cause the underlying failure, or null
   */
  public LarkRequestValidationException(String path, Rule rule, String detail, @Nullable Throwable cause) {
    super(path + ": " + detail, "", 0, null, cause);
    this.path = path;
    this.rule = rule;
  }

  /**
   * A {@link Rule#REQUIRE_ANY} failure: none of {@code parameters} is set. The message is {@code
   * at least one of a, b must be set (description)}.
   *
   * @param parameters the wire names of which one must be set
   * @param description the spec's description of the rule, may be empty
   */
  public LarkRequestValidationException(List<String> parameters, String description) {
    super(requireAnyMessage(parameters, description), "", 0, null, null);
    this.path = String.join(", ", parameters);
    this.rule = Rule.REQUIRE_ANY;
  }

  private static String requireAnyMessage(List<String> parameters, String description) {
    return "at least one of " + String.join(", ", parameters) + " must be set"
        + (description.isBlank() ? "" : " (" + description.strip() + ")");
  }

  /**
   * What breaks the rule: a parameter's wire name ({@code page_size}), a body field's JSON path
   * ({@code body.reminder.remind_time}) or, for {@link Rule#REQUIRE_ANY}, the parameters' names
   * joined by {@code ", "}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The rule the value breaks.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }
}
