package io.larkgen.spec;

/** Text checks shared by the description tests. */
final class Descriptions {

  private Descriptions() {}

  /** Whether the text holds a Chinese (Han) character. */
  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Whether the text holds a Latin letter. */
  static boolean hasLatin(String text) {
    return text.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  /** Whether the text is bilingual: Chinese from the Feishu docs plus English. */
  static boolean isBilingual(String text) {
    return text != null && hasHan(text) && hasLatin(text);
  }
}
