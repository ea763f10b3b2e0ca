package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.SpecNode;
import java.util.Map;

/**
 * Limits of the class-file format that generated code must stay within, and the loader's checks
 * of them: a spec that would cross one is rejected with a located problem rather than turned into
 * code that javac refuses ("code too large", "too many parameters", "constant string too long").
 * Text holding U+2028 or U+2029 is rejected too: JavaPoet breaks lines there, inside string
 * literals as well.
 */
final class JavaLimits {

  /**
   * Most characters in a name that becomes a Java identifier. Class names become file names
   * (with {@code $Builder.class} appended), which file systems cap at 255 bytes.
   */
  static final int MAX_NAME_LENGTH = 128;

  /**
   * Most properties of an object schema, or parameters of an operation. A record's canonical
   * constructor takes one parameter per component plus {@code extraProperties}, and a method
   * takes at most 255 parameter slots, {@code this} included.
   */
  static final int MAX_MEMBERS = 250;

  /**
   * Most values of an enum schema. Each value costs its enum's static initializer, and the
   * {@code of} switch, some 30 bytes of code; a method holds at most 64 KB.
   */
  static final int MAX_ENUM_VALUES = 1000;

  /**
   * Most bytes (modified UTF-8, as class files store strings) of one text of the spec. Generated
   * code keeps texts as string constants, sometimes joined with names into one message, and a
   * constant holds at most 65,535 bytes.
   */
  static final int MAX_TEXT_BYTES = 32_767;

  private final Checker check;

  JavaLimits(Checker check) {
    this.check = check;
  }

  /** Reports a name longer than {@link #MAX_NAME_LENGTH}; true if it fits. */
  boolean name(SpecNode node, String what, String name) {
    if (name.length() <= MAX_NAME_LENGTH) {
      return true;
    }
    check.report(ProblemCode.JAVA_LIMIT, node,
        what + " '" + name.substring(0, 40) + "…' has " + name.length()
            + " characters; names that become Java identifiers may have at most " + MAX_NAME_LENGTH);
    return false;
  }

  /** Reports more than {@link #MAX_MEMBERS} members; true if they fit. */
  boolean members(SpecNode node, String what, int count) {
    if (count <= MAX_MEMBERS) {
      return true;
    }
    check.report(ProblemCode.JAVA_LIMIT, node,
        what + " has " + count + " entries; at most " + MAX_MEMBERS
            + " fit the parameters of a Java constructor (255 slots)");
    return false;
  }

  /** Reports more than {@link #MAX_ENUM_VALUES} values; true if they fit. */
  boolean enumValues(SpecNode node, String name, int count) {
    if (count <= MAX_ENUM_VALUES) {
      return true;
    }
    check.report(ProblemCode.JAVA_LIMIT, node,
        "enum schema '" + name + "' has " + count + " values; at most " + MAX_ENUM_VALUES
            + " fit the 64 KB of code a Java method may hold");
    return false;
  }

  /** Reports every string scalar and key under {@code node} longer than {@link #MAX_TEXT_BYTES}. */
  void texts(SpecNode node) {
    if (node instanceof SpecNode.Scalar scalar) {
      text(node, "text", scalar.text());
    } else if (node instanceof SpecNode.Sequence sequence) {
      sequence.items().forEach(this::texts);
    } else if (node instanceof SpecNode.Mapping mapping) {
      for (Map.Entry<String, SpecNode> entry : mapping.entries().entrySet()) {
        text(entry.getValue(), "key", entry.getKey());
        texts(entry.getValue());
      }
    }
  }

  private void text(SpecNode node, String what, String text) {
    int separator = firstSeparator(text);
    if (separator >= 0) {
      check.report(ProblemCode.JAVA_LIMIT, node,
          "a " + what + " holding U+" + Integer.toHexString(text.charAt(separator)).toUpperCase(java.util.Locale.ROOT)
              + " (a Unicode line or paragraph separator), which the code generator would break a Java string"
              + " literal at; write a line break (\\n) instead");
    }
    if (text.length() * 3L <= MAX_TEXT_BYTES) {
      return;
    }
    long bytes = modifiedUtf8Length(text);
    if (bytes > MAX_TEXT_BYTES) {
      check.report(ProblemCode.JAVA_LIMIT, node,
          "a " + what + " of " + bytes + " bytes; texts may have at most " + MAX_TEXT_BYTES
              + " bytes in UTF-8, since generated code keeps them as Java string constants");
    }
  }

  /**
   * The index of the first U+2028 or U+2029 in {@code text}, or -1. JavaPoet starts a new line at
   * them (as at {@code \n}), which inside a string literal is a syntax error.
   */
  private static int firstSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == 0x2028 || text.charAt(i) == 0x2029) {
        return i;
      }
    }
    return -1;
  }

  /** The length of {@code text} in the modified UTF-8 of class files (JVMS 4.4.7). */
  static long modifiedUtf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
