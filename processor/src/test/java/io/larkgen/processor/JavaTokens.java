package io.larkgen.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * The shape of Java source as javac reads it: unicode escapes translated first (JLS 3.3), then
 * comments and whitespace dropped, identifiers shown as {@code ID}, string literals as {@code
 * STR} (a concatenation of string literals, which JavaPoet writes for text with line breaks, as
 * one), character and number literals as {@code LIT}; keywords and separators as themselves. Two
 * sources with the same shape differ only in names, literals and comments.
 */
final class JavaTokens {
  private JavaTokens() {}

  static List<String> shape(String source) {
    String text = translateUnicodeEscapes(source);
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          tokens.add("UNTERMINATED_COMMENT");
          break;
        }
        i = end + 2;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && text.charAt(j) != c) {
          if (text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            tokens.add("BROKEN_LITERAL");
            return tokens;
          }
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '\'') {
          tokens.add("LIT");
        } else if (tokens.size() >= 2 && tokens.get(tokens.size() - 1).equals("+") && tokens.get(tokens.size() - 2).equals("STR")) {
          tokens.remove(tokens.size() - 1);
        } else {
          tokens.add("STR");
        }
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i + 1;
        while (j < n && Character.isJavaIdentifierPart(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j);
        tokens.add(SourceVersion.isKeyword(word) ? word : "ID");
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '_')) {
          j++;
        }
        tokens.add("LIT");
        i = j;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }

  /** JLS 3.3: a backslash preceded by an even number of backslashes, one or more u's, four hex digits. */
  static String translateUnicodeEscapes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int backslashes = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= text.length() && text.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
          out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
          i = j + 4;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
