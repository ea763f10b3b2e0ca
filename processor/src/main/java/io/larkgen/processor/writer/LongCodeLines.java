package io.larkgen.processor.writer;

/**
 * Breaks the code lines of a rendered source that are longer than {@link Docs#MAX_LINE}, as a
 * careful person would: after {@code =} of a declaration, else after a comma, an opening
 * parenthesis or an arrow ({@code ->}), or before a {@code +} or a type's {@code implements},
 * {@code extends} or {@code permits}, at the shallowest nesting, as late as the line allows, with continuation lines
 * indented four more. Writers put JavaPoet wrap points
 * ({@code $W}) in long expressions; this catches what JavaPoet cannot wrap (a field's long
 * generic type, an initializer after {@code =}) and expressions no writer wrapped. A string
 * literal longer than a line is left whole, on a line of its own. Comment lines are {@link
 * Docs#wrapLongCommentLines}'s; a line holding a {@code //} comment is left alone.
 */
final class LongCodeLines {
  private LongCodeLines() {}

  private static final int ASSIGNMENT = 0;
  private static final int OTHER = 1;

  /** {@code source} with every code line longer than {@link Docs#MAX_LINE} broken. */
  static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    for (String line : source.split("\n", -1)) {
      if (length(line) > Docs.MAX_LINE && !isComment(line)) {
        wrapLine(line, out);
      } else {
        out.append(line).append('\n');
      }
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static boolean isComment(String line) {
    String text = line.stripLeading();
    return text.startsWith("*") || text.startsWith("/*") || text.startsWith("//");
  }

  private static void wrapLine(String line, StringBuilder out) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String continuation = indent + "    ";
    String prefix = indent;
    String rest = line.stripLeading();
    while (length(prefix) + length(rest) > Docs.MAX_LINE) {
      int at = breakPoint(rest, Docs.MAX_LINE - length(prefix));
      if (at <= 0 || at >= rest.length()) {
        break;
      }
      out.append(prefix).append(rest.substring(0, at).stripTrailing()).append('\n');
      rest = rest.substring(at).stripLeading();
      prefix = continuation;
    }
    out.append(prefix).append(rest).append('\n');
  }

  /**
   * Where the next line starts: the best break whose first line fits in {@code room} code
   * points, else the first break there is (after a string literal too long for any line);
   * -1 if there is none or the line holds a {@code //} comment.
   */
  private static int breakPoint(String text, int room) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    int first = -1;
    int depth = 0;
    char quote = 0;
    int column = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), column++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
        continue;
      }
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        return -1;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      int at = -1;
      int kind = OTHER;
      boolean spaced = i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
      if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
        at = i + 2; // after the comma
      } else if (c == '=' && spaced) {
        at = i + 2; // after "= "
        kind = ASSIGNMENT;
      } else if (c == '+' && spaced) {
        at = i; // before "+ "
      } else if (c == '(' && i + 1 < text.length() && text.charAt(i + 1) != ')') {
        at = i + 1; // after "(", e.g. before a long literal argument
      } else if (c == '-' && i > 0 && text.startsWith(" -> ", i - 1)) {
        at = i + 3; // after "-> " of a switch case or lambda
      } else if (c == ' ' && depth == 0 && startsClause(text, i + 1)) {
        at = i + 1; // before "implements", "extends" or "permits" of a type declaration
      }
      if (at < 0) {
        continue;
      }
      int firstLine = c == '+' ? column - 1 : c == ' ' ? column : c == '-' ? column + 2 : column + 1;
      if (first < 0) {
        first = at;
      }
      int rank = kind == ASSIGNMENT && depth == 0 ? -1 : depth;
      if (firstLine <= room && rank <= bestRank) {
        best = at;
        bestRank = rank;
      }
    }
    return best >= 0 ? best : first;
  }

  private static boolean startsClause(String text, int at) {
    return text.startsWith("implements ", at) || text.startsWith("extends ", at)
        || text.startsWith("permits ", at);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
