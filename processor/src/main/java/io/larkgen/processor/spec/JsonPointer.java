package io.larkgen.processor.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON pointer into the spec, printed in URI-fragment style as {@code
 * #/components/schemas/Pet/properties/id}. In a reference token {@code ~} is written {@code ~0}
 * and {@code /} is written {@code ~1}, so the path {@code /open-apis/hire/v1/interviews} becomes
 * {@code #/paths/~1open-apis~1hire~1v1~1interviews}.
 *
 * @param tokens the unescaped reference tokens, outermost first
 */
public record JsonPointer(List<String> tokens) {

  /** The whole document, {@code #}. */
  public static final JsonPointer ROOT = new JsonPointer(List.of());

  public JsonPointer {
    tokens = List.copyOf(tokens);
  }

  /**
   * The pointer to a member of the object this pointer designates.
   *
   * @param key the member name, unescaped
   * @return the child pointer
   */
  public JsonPointer child(String key) {
    List<String> next = new ArrayList<>(tokens.size() + 1);
    next.addAll(tokens);
    next.add(key);
    return new JsonPointer(next);
  }

  /**
   * The pointer to an element of the array this pointer designates.
   *
   * @param index 0-based index
   * @return the child pointer
   */
  public JsonPointer child(int index) {
    return child(Integer.toString(index));
  }

  /**
   * The pointer to a descendant.
   *
   * @param keys member names or indexes, outermost first, unescaped
   * @return the descendant pointer
   */
  public JsonPointer append(String... keys) {
    JsonPointer result = this;
    for (String key : keys) {
      result = result.child(key);
    }
    return result;
  }

  /** The pointer one level up; the root is its own parent. */
  public JsonPointer parent() {
    return tokens.isEmpty() ? this : new JsonPointer(tokens.subList(0, tokens.size() - 1));
  }

  /** The last token, or the empty string for the root. */
  public String last() {
    return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
  }

  /**
   * Whether {@code other} is this pointer or one of its descendants.
   *
   * @param other another pointer
   * @return true if this pointer is a prefix of {@code other}
   */
  public boolean contains(JsonPointer other) {
    return other.tokens.size() >= tokens.size()
        && other.tokens.subList(0, tokens.size()).equals(tokens);
  }

  /**
   * Parses a pointer, with or without the leading {@code #}; {@code ""}, {@code "#"} and {@code
   * "#/"}... are handled as RFC 6901 says ({@code "#/"} is the member named "").
   *
   * @param text e.g. {@code #/components/schemas/Pet} or {@code /components/schemas/Pet}
   * @return the pointer
   * @throws IllegalArgumentException if the text is not a pointer (does not start with {@code
   *     /} after the optional {@code #}, or has a {@code ~} not followed by {@code 0} or {@code 1})
   */
  public static JsonPointer parse(String text) {
    String body = text.startsWith("#") ? text.substring(1) : text;
    if (body.isEmpty()) {
      return ROOT;
    }
    if (!body.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + text);
    }
    List<String> tokens = new ArrayList<>();
    for (String raw : body.substring(1).split("/", -1)) {
      tokens.add(unescape(raw, text));
    }
    return new JsonPointer(tokens);
  }

  /**
   * Escapes one reference token: {@code ~} → {@code ~0}, {@code /} → {@code ~1}.
   *
   * @param token an unescaped token
   * @return the escaped token
   */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String raw, String whole) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '~') {
        out.append(c);
        continue;
      }
      char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
      if (next == '0') {
        out.append('~');
      } else if (next == '1') {
        out.append('/');
      } else {
        throw new IllegalArgumentException("'~' must be followed by 0 or 1 in " + whole);
      }
      i++;
    }
    return out.toString();
  }

  /** The URI-fragment form, e.g. {@code #/paths/~1open-apis~1hire/get}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("#");
    for (String token : tokens) {
      out.append('/').append(escape(token));
    }
    return out.toString();
  }
}
