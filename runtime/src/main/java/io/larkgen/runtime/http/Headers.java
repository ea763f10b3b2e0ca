package io.larkgen.runtime.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Case-insensitive header lookup. */
final class Headers {
  private Headers() {}

  /**
   * An immutable copy without entries whose name or values are null (e.g. the status line that
   * {@code HttpURLConnection.getHeaderFields()} keys by null).
   */
  static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        Map<String, List<String>> named = new HashMap<>();
        headers.forEach((k, v) -> {
          if (k != null && v != null) {
            named.put(k, v);
          }
        });
        return Map.copyOf(named);
      }
    }
    return Map.copyOf(headers);
  }

  static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
