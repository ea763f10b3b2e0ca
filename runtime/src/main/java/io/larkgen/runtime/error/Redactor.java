package io.larkgen.runtime.error;

import java.util.regex.Pattern;

/**
 * Removes secrets from text that may be logged or put into an exception message: access tokens
 * ({@code t-…}, {@code u-…}, {@code a-…}), {@code Bearer} credentials, and the values of JSON
 * fields that carry secrets ({@code app_secret}, {@code app_ticket}, {@code *_access_token}).
 */
public final class Redactor {
  /** What a removed secret is replaced with. */
  public static final String MASK = "***";

  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(\"(?:app_secret|app_ticket|app_access_token|tenant_access_token|user_access_token"
              + "|access_token|refresh_token)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");
  private static final Pattern TOKEN = Pattern.compile("\\b([tua])-(?=[A-Za-z0-9_\\-]*\\d)[A-Za-z0-9_\\-]{16,}");

  private Redactor() {}

  /** Redacts a JSON text (e.g. a request or response body before it is logged). */
  public static String redactJson(String json) {
    if (json == null) {
      return null;
    }
    return redactText(JSON_SECRET.matcher(json).replaceAll("$1\"" + MASK + "\""));
  }

  /** Redacts free text (e.g. a server {@code msg}). */
  public static String redactText(String text) {
    if (text == null) {
      return null;
    }
    String s = BEARER.matcher(text).replaceAll("$1" + MASK);
    return TOKEN.matcher(s).replaceAll("$1-" + MASK);
  }
}
