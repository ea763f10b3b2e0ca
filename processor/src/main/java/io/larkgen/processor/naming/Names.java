package io.larkgen.processor.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns wire names of the spec ({@code begin_time}, {@code interview_records}, {@code
 * listInterviews}) into Java names, and checks them against the language's rules.
 *
 * <p>A wire name is split into words at underscores, hyphens, dots, spaces and lower-to-upper
 * case changes ({@code listInterviews} is {@code list} + {@code Interviews}); an acronym run
 * followed by a capitalised word is split before the word ({@code HTTPServer} is {@code HTTP} +
 * {@code Server}). Digits stay with the word they follow.
 */
public final class Names {

  /**
   * Member names a record component or request member may not take: records forbid some
   * component names (JLS 8.10.1), and models and requests have these members of their own
   * ({@code extraProperties} is {@code ModelPlan.EXTRA_PROPERTIES}).
   */
  private static final Set<String> RESERVED_MEMBERS =
      Set.of(
          "builder", "toBuilder", "equals", "hashCode", "toString", "getClass", "notify",
          "notifyAll", "wait", "clone", "finalize", "extraProperties", "withPageToken",
          "ENCODER");

  private Names() {}

  /**
   * {@code begin_time} → {@code beginTime}, {@code interview_records} → {@code
   * interviewRecords}, {@code listInterviews} → {@code listInterviews}.
   *
   * @param wire a wire name
   * @return the lowerCamel form; may still be a keyword (see {@link #javaIdentifier})
   */
  public static String lowerCamel(String wire) {
    StringBuilder out = new StringBuilder();
    for (String word : words(wire)) {
      out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalise(word));
    }
    return out.toString();
  }

  /**
   * {@code interview_records} → {@code InterviewRecords}, {@code listInterviews} → {@code
   * ListInterviews}.
   *
   * @param wire a wire name
   * @return the UpperCamel form
   */
  public static String upperCamel(String wire) {
    StringBuilder out = new StringBuilder();
    for (String word : words(wire)) {
      out.append(capitalise(word));
    }
    return out.toString();
  }

  /**
   * {@code listInterviews} → {@code LIST_INTERVIEWS}, {@code interview_records} → {@code
   * INTERVIEW_RECORDS}.
   *
   * @param wire a wire name
   * @return the UPPER_SNAKE form
   */
  public static String upperSnake(String wire) {
    return String.join("_", words(wire)).toUpperCase(Locale.ROOT);
  }

  /**
   * Returns {@code name} if it is a valid Java identifier, or {@code name + "_"} if it is a
   * keyword or literal ({@code class} → {@code class_}, {@code true} → {@code true_}).
   *
   * @param name a candidate identifier
   * @return a usable identifier
   * @throws IllegalArgumentException if {@code name} cannot be made an identifier by appending
   *     an underscore (empty, starts with a digit, contains characters not allowed in names)
   */
  public static String javaIdentifier(String name) {
    if (isValidIdentifier(name)) {
      return name;
    }
    if (SourceVersion.isKeyword(name) && isValidIdentifier(name + "_")) {
      return name + "_";
    }
    throw new IllegalArgumentException("'" + name + "' is not a valid Java identifier");
  }

  /**
   * The record component or request member for a wire name: its lowerCamel {@link
   * #javaIdentifier}, with a trailing underscore when generated code already uses that member
   * ({@code begin_time} → {@code beginTime}, {@code class} → {@code class_}, {@code hash_code}
   * → {@code hashCode_}).
   *
   * @param wire a wire name
   * @return the member name
   * @throws IllegalArgumentException if the lowerCamel form cannot be made an identifier
   */
  public static String memberName(String wire) {
    String name = javaIdentifier(lowerCamel(wire));
    return RESERVED_MEMBERS.contains(name) ? name + "_" : name;
  }

  /**
   * Whether {@code name} is a simple Java name that is not a keyword or literal: {@link
   * SourceVersion#isName} restricted to one segment, since {@code isName} also accepts qualified
   * names such as {@code a.b}.
   *
   * @param name a candidate identifier
   * @return true if usable as is
   */
  public static boolean isValidIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && SourceVersion.isName(name);
  }

  /**
   * Whether {@code name} is a Java keyword or literal ({@code class}, {@code true}, {@code
   * null}, {@code _}) in the latest source version.
   *
   * @param name a candidate identifier
   * @return true if reserved
   */
  public static boolean isKeyword(String name) {
    return SourceVersion.isKeyword(name);
  }

  /** Splits a wire name into its words, keeping each word's original case. */
  static List<String> words(String wire) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = wire.length();
    for (int i = 0; i < n; i++) {
      char c = wire.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
        continue;
      }
      if (word.length() > 0 && Character.isUpperCase(c)) {
        char prev = word.charAt(word.length() - 1);
        boolean nextLower = i + 1 < n && Character.isLowerCase(wire.charAt(i + 1));
        if (!Character.isUpperCase(prev) || nextLower) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
