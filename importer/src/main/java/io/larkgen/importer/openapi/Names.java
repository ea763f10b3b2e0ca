package io.larkgen.importer.openapi;

import java.util.Locale;

/** Identifier spellings derived from Feishu's snake_case names. */
public final class Names {

  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[_.\\-\\s/]+");

  private Names() {}

  /** {@code interview_record} → {@code InterviewRecord}; dots, dashes and spaces split words too. */
  public static String upperCamel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String word : WORD_BREAK.split(snake)) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /** {@code batch_query} → {@code batchQuery}. */
  public static String lowerCamel(String snake) {
    String upper = upperCamel(snake);
    return upper.isEmpty() ? upper : Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** English plural of the last word of a snake_case noun ({@code agency} → {@code agencies}). */
  public static String plural(String noun) {
    if (noun.endsWith("s") || noun.endsWith("_info") || noun.endsWith("minutes")) {
      return noun;
    }
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("ch") || noun.endsWith("sh") || noun.endsWith("x")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /** {@code open_id} → {@code OPEN_ID}; a leading digit gets {@code VALUE_}. */
  public static String upperSnake(String value) {
    String snake = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (snake.isEmpty() || Character.isDigit(snake.charAt(0))) {
      return "VALUE_" + snake;
    }
    return snake;
  }
}
