package io.larkgen.spec;

/** Text checks shared by the description tests. */
final class Descriptions {

  private Descriptions() {}

  /** Whether the text holds a Chinese (Han) character. */
  static boolean hasHan(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
