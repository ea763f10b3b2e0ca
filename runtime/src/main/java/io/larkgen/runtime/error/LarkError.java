package io.larkgen.runtime.error;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional {@code error} object of a Feishu response envelope.
 *
 * @param logId {@code error.log_id}, or null
 * @param message {@code error.message}, or null
 * @param troubleshooter {@code error.troubleshooter} (a link to Feishu's troubleshooting page), or
 *     null
 * @param permissionViolations {@code error.permission_violations}, e.g. the scopes one of which is
 *     required
 * @param fieldViolations {@code error.field_violations}: the request fields that failed validation
 * @param helps {@code error.helps}: links to documentation
 */
public record LarkError(
    @Nullable String logId,
    @Nullable String message,
    @Nullable String troubleshooter,
    List<Violation> permissionViolations,
    List<Violation> fieldViolations,
    List<Help> helps) {

  /** An envelope without an {@code error} object. */
  public static final LarkError NONE = new LarkError(null, null, null, List.of(), List.of(), List.of());

  /**
   * This error with {@code message} replaced.
   *
   * @param message the new {@code error.message}, or null
   * @return a copy with the new message
   */
  public LarkError withMessage(@Nullable String message) {
    return new LarkError(logId, message, troubleshooter, permissionViolations, fieldViolations,
        helps);
  }

  /**
   * Copies the lists, so the record is immutable.
   *
   * @param logId {@code error.log_id}, or null
   * @param message {@code error.message}, or null
   * @param troubleshooter {@code error.troubleshooter}, or null
   * @param permissionViolations {@code error.permission_violations}, possibly empty
   * @param fieldViolations {@code error.field_violations}, possibly empty
   * @param helps {@code error.helps}, possibly empty
   */
  public LarkError {
    permissionViolations = List.copyOf(Objects.requireNonNull(permissionViolations));
    fieldViolations = List.copyOf(Objects.requireNonNull(fieldViolations));
    helps = List.copyOf(Objects.requireNonNull(helps));
  }

  /**
   * One entry of {@code permission_violations} or {@code field_violations}.
   *
   * @param type {@code type} (permission violations), or null
   * @param subject {@code subject}, e.g. a scope name (permission violations), or null
   * @param field {@code field} (field violations), or null
   * @param value {@code value} (field violations), or null
   * @param description {@code description}, or null
   */
  public record Violation(
      @Nullable String type,
      @Nullable String subject,
      @Nullable String field,
      @Nullable String value,
      @Nullable String description) {

    /**
     * A short human-readable form, e.g. {@code hire:interview:readonly} or {@code page_size: ...}.
     *
     * @return the subject, field or type, then {@code =value} and the description when present
     */
    public String summary() {
      String head = subject != null ? subject : field != null ? field : type;
      StringBuilder sb = new StringBuilder(head == null ? "?" : head);
      if (value != null && field != null) {
        sb.append('=').append(value);
      }
      if (description != null && !description.isEmpty()) {
        sb.append(" (").append(description).append(')');
      }
      return sb.toString();
    }
  }

  /**
   * One entry of {@code helps}.
   *
   * @param url the link
   * @param description what it explains
   */
  public record Help(String url, String description) {}
}
