package io.larkgen.benchmarks.harness;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options of the benchmark runners. */
public final class Args {
  private final Map<String, String> values = new HashMap<>();

  private Args() {}

  /** Parses {@code --name value} pairs; anything else is an error. */
  public static Args parse(String[] args) {
    Args parsed = new Args();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      parsed.values.put(args[i].substring(2), args[i + 1]);
    }
    return parsed;
  }

  /** A required option. */
  public String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return value;
  }

  /** An option with a default. */
  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** A numeric option with a default. */
  public long getLong(String name, long fallback) {
    String value = values.get(name);
    return value == null ? fallback : Long.parseLong(value.replace("_", ""));
  }
}
