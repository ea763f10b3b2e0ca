package io.larkgen.runtime.internal.http;

import io.larkgen.runtime.RequestParams;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Builds request URIs: path parameters and query values percent-encoded per RFC 3986. */
public final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /**
   * Resolves {@code pathTemplate} against {@code baseUrl}, substituting each {@code {name}} with
   * the percent-encoded path parameter and appending the query parameters (a repeated name stays
   * repeated).
   *
   * @throws IllegalArgumentException when the template names a parameter that is not set
   */
  public static URI build(URI baseUrl, String pathTemplate, RequestParams params) {
    StringBuilder sb = new StringBuilder(stripTrailingSlash(baseUrl.toString()));
    Map<String, String> path = params.pathParams();
    int i = 0;
    while (i < pathTemplate.length()) {
      char c = pathTemplate.charAt(i);
      if (c == '{') {
        int end = pathTemplate.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed '{' in path template " + pathTemplate);
        }
        String name = pathTemplate.substring(i + 1, end);
        String value = path.get(name);
        if (value == null) {
          throw new IllegalArgumentException(
              "path parameter " + name + " of " + pathTemplate + " is not set");
        }
        sb.append(encodePathSegment(value));
        i = end + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    List<Map.Entry<String, String>> query = params.queryParams();
    for (int q = 0; q < query.size(); q++) {
      sb.append(q == 0 ? '?' : '&');
      sb.append(encode(query.get(q).getKey())).append('=').append(encode(query.get(q).getValue()));
    }
    return URI.create(sb.toString());
  }

  /**
   * A path parameter as one path segment: {@link #encode(String)}, and a value of {@code .} or
   * {@code ..} with its dots encoded too ({@code %2E}), so no server or proxy takes it for a
   * dot-segment and resolves the path to another resource (RFC 3986 section 5.2.4).
   */
  public static String encodePathSegment(String value) {
    if (value.equals(".") || value.equals("..")) {
      return value.replace(".", "%2E");
    }
    return encode(value);
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
  public static String encode(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /**
   * Checks a base URL: absolute, {@code https}, or {@code http} on a loopback address only (for
   * sandboxes and tests); no query or fragment.
   *
   * @throws IllegalArgumentException when the URL is not acceptable
   */
  public static URI checkBaseUrl(URI url) {
    String scheme = url.getScheme();
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("base URL must be absolute with a host: " + url);
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("base URL may not have a query or fragment: " + url);
    }
    if ("https".equalsIgnoreCase(scheme)) {
      return url;
    }
    if ("http".equalsIgnoreCase(scheme) && isLoopback(url.getHost())) {
      return url;
    }
    throw new IllegalArgumentException(
        "base URL must use https (plain http only for loopback addresses): " + url);
  }

  /** Whether two URIs have the same scheme, host and port. */
  public static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    boolean literal = h.indexOf(':') >= 0 || h.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch));
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static String stripTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
