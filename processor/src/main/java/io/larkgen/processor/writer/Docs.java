package io.larkgen.processor.writer;

import java.util.List;

/**
 * Turns spec text into Javadoc: HTML-escaped, with no sequence that ends a comment. Backslashes
 * become {@code &#92;}, so no Java unicode escape (a backslash, one or more {@code u}s and four
 * hex digits) can reach the source: javac translates those before it sees comments, and an
 * escaped {@code *} and {@code /} would end the comment.
 */
final class Docs {
  private Docs() {}

  /**
   * Escapes {@code text} for Javadoc. {@code @} is escaped so a description cannot start a
   * block tag; line breaks are kept.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String[] parts = text.split("`", -1);
    if (parts.length > 1 && parts.length % 2 == 1) {
      // Markdown code spans (`x-lark-*`) become {@code} tags.
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        out.append(i % 2 == 0 ? escapeHtml(parts[i]) : code(parts[i]));
      }
      return out.toString().strip();
    }
    return escapeHtml(text).strip();
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text}, escaped, or {@code fallback} (already Javadoc) when the text is blank. */
  static String orElse(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : escape(text);
  }

  /**
   * {@code text} as code: an inline {@code @code} tag when the text is safe inside one
   * (balanced braces, no comment end, one line), else escaped HTML in {@code <code>}.
   */
  static String code(String text) {
    if (safeInCodeTag(text)) {
      return "{@code " + text + "}";
    }
    return "<code>" + escape(text).replace("{", "&#123;").replace("}", "&#125;") + "</code>";
  }

  private static boolean safeInCodeTag(String text) {
    if (text.isEmpty() || text.contains("*/") || text.contains("\n") || text.contains("\r")
        || text.contains("\\")
        || text.contains("@") || text.startsWith(" ") || text.endsWith(" ")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** Items joined as {@code {@code a}, {@code b}}. */
  static String codeList(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (String item : items) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(code(item));
    }
    return out.toString();
  }
}
