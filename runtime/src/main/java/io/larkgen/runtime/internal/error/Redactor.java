package io.larkgen.runtime.internal.error;

import java.net.URI;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may be logged or put into an exception message: access tokens
 * ({@code t-…}, {@code u-…}, {@code a-…}), {@code Bearer} credentials, and the values of JSON
 * fields and query parameters that carry secrets ({@code app_secret}, {@code app_ticket}, {@code
 * *_access_token}).
 */
public final class Redactor {
  /** What a removed secret is replaced with. */
  public static final String MASK = "***";

  private static final String SECRET_NAMES =
      "app_secret|app_ticket|app_access_token|tenant_access_token|user_access_token"
          + "|access_token|refresh_token";
  // The closing quote is optional: a body cut inside a secret still loses the secret's rest.
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(?:\\\\$|\"|$)");
  private static final Pattern QUERY_SECRET =
      Pattern.compile("([?&](?:" + SECRET_NAMES + ")=)[^&#]*");
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

  /**
   * A URI as it may be logged: the values of query parameters named like secrets ({@code
   * access_token}, {@code app_secret}, …) masked, and any token-like text removed.
   */
  public static String redactUri(URI uri) {
    String text = uri.toString();
    if (uri.getRawQuery() != null) {
      text = QUERY_SECRET.matcher(text).replaceAll("$1" + MASK);
    }
    return redactText(text);
  }

  /**
   * Redacts free text by value and by pattern: every occurrence of one of {@code secrets} (the
   * client's own app secret, app ticket and tokens; nulls and values shorter than 4 characters
   * are ignored) is masked, then {@link #redactText(String)} applies. A server that echoes a
   * secret in {@code msg} thus never puts it into an exception.
   */
  public static String redactValues(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        s = s.replace(secret, MASK);
      }
    }
    return redactText(s);
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
