package io.larkgen.runtime.http;

import java.util.List;
import java.util.Map;

/** Case-insensitive header lookup. */
final class Headers {
  private Headers() {}

  static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
