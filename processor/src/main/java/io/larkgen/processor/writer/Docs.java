package io.larkgen.processor.writer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** The longest line a generated source may have, in code points. */
  static final int MAX_LINE = 120;

  /** Where a comment line longer than {@link #MAX_LINE} is broken: JavaPoet's limit for code. */
  static final int WRAP_COLUMN = 100;

  /** A comment line of a rendered source: indentation, {@code * }, text. */
  private static final Pattern COMMENT_LINE = Pattern.compile("( *\\* )(.*)");

  /**
   * {@code source} (a rendered Java file) with every Javadoc line longer than {@link #MAX_LINE}
   * broken into lines of at most {@link #WRAP_COLUMN} where possible. Wrapping happens after
   * rendering, where each line's indentation is known, so writers can keep composing text of any
   * length. A line breaks at a space outside inline tags ({@code {@code ...}}, {@code {@link
   * ...}}), or, in text without spaces (Chinese), after punctuation or between two ideographs;
   * continuation lines of a block tag ({@code @param}) and of a list item are indented four
   * more. Lines inside {@code <pre>} are left alone, as is a line with no break point (one
   * long word, e.g. a URL).
   */
  static String wrapLongCommentLines(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    boolean pre = false;
    for (String line : source.split("\n", -1)) {
      Matcher comment = COMMENT_LINE.matcher(line);
      boolean isComment = comment.matches();
      if (isComment && comment.group(2).contains("<pre>")) {
        pre = true;
      }
      if (isComment && !pre && length(line) > MAX_LINE) {
        wrap(comment.group(1), comment.group(2), out);
      } else {
        out.append(line).append('\n');
      }
      if (isComment && comment.group(2).contains("</pre>")) {
        pre = false;
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static void wrap(String prefix, String text, StringBuilder out) {
    String indent = text.substring(0, text.length() - text.stripLeading().length());
    String stripped = text.stripLeading();
    String continuation =
        prefix + indent + (stripped.startsWith("@") || stripped.startsWith("<li>") ? "    " : "");
    String linePrefix = prefix;
    String rest = text;
    boolean first = true;
    while (length(linePrefix) + length(rest) > WRAP_COLUMN) {
      int room = WRAP_COLUMN - length(linePrefix);
      int at = breakPoint(rest, room, first ? indent.length() : 0);
      if (at < 0) {
        break;
      }
      out.append(linePrefix).append(rest.substring(0, at).stripTrailing()).append('\n');
      rest = rest.substring(at).stripLeading();
      linePrefix = continuation;
      first = false;
    }
    out.append(linePrefix).append(rest).append('\n');
  }

  /**
   * Where to break {@code text} so that its first line fits in {@code room} code points: the
   * index where the next line starts, or -1 if there is no break point. Never inside an inline
   * tag, never within the first {@code from} characters (the list indentation).
   */
  private static int breakPoint(String text, int room, int from) {
    int space = -1;
    int other = -1;
    int depth = 0;
    int column = 0;
    for (int i = 0; i < text.length() && column <= room; i = text.offsetByCodePoints(i, 1), column++) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
        depth++;
      } else if (c == '{' && depth > 0) {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (depth > 0 || i <= from) {
        continue;
      }
      if (c == ' ') {
        space = i;
      } else if (i > 0 && column < room && breaksAfter(text.codePointBefore(i), text.codePointAt(i))) {
        other = i;
      }
    }
    if (column <= room) {
      return -1; // the text fits: nothing to break
    }
    return Math.max(space, other);
  }

  /** Whether a line may break between two code points of text without spaces. */
  private static boolean breaksAfter(int before, int after) {
    return isIdeograph(after) && (isIdeograph(before) || "，。；、：）".indexOf(before) >= 0);
  }

  private static boolean isIdeograph(int codePoint) {
    return Character.isIdeographic(codePoint);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
