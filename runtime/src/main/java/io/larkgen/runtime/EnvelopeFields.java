package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.util.Objects;

/**
 * The names of an answer's envelope fields: the result code, its message and the {@code data}
 * object. Feishu writes {@code {code, msg, data}} ({@link #DEFAULT}); the spec's {@code
 * x-lark-envelope} names other fields for an operation whose answer differs, e.g. {@code message}
 * instead of {@code msg}.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 *
 * @param code the field of the result code, 0 on success
 * @param msg the field of the result message
 * @param data the field of the {@code data} object
 */
@LarkProtectedApi
public record EnvelopeFields(String code, String msg, String data) {
  /** Feishu's own names: {@code code}, {@code msg} and {@code data}. */
  public static final EnvelopeFields DEFAULT = new EnvelopeFields("code", "msg", "data");

  /**
   * The names, each distinct from the others and from {@code error}, which the runtime reads as
   * the error details.
   *
   * @param code the field of the result code
   * @param msg the field of the result message
   * @param data the field of the {@code data} object
   * @throws IllegalArgumentException if two names are equal or one is {@code error}
   */
  public EnvelopeFields {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(msg, "msg");
    Objects.requireNonNull(data, "data");
    if (code.equals(msg) || code.equals(data) || msg.equals(data)) {
      throw new IllegalArgumentException(
          "envelope fields must differ: code " + code + ", msg " + msg + ", data " + data);
    }
    if (code.equals("error") || msg.equals("error") || data.equals("error")) {
      throw new IllegalArgumentException("error names the error details, not an envelope field");
    }
  }

  /**
   * The names of an envelope.
   *
   * @param code the field of the result code
   * @param msg the field of the result message
   * @param data the field of the {@code data} object
   * @return the names
   */
  public static EnvelopeFields of(String code, String msg, String data) {
    return new EnvelopeFields(code, msg, data);
  }
}
