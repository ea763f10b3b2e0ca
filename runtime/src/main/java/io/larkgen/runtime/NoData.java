package io.larkgen.runtime;

import io.larkgen.runtime.json.JsonReader;

/**
 * The result of an operation whose success carries no {@code data}: its service method returns
 * {@link #INSTANCE} once Feishu answered code 0, and throws like any other call otherwise. The
 * descriptor of such an operation sets {@link Operation.Builder#expectsData(boolean)
 * expectsData(false)} and reads with {@link #READER}.
 */
public final class NoData {
  /** The only value. */
  public static final NoData INSTANCE = new NoData();

  /** Skips whatever {@code data} the answer has (usually none) and returns {@link #INSTANCE}. */
  public static final JsonReader<NoData> READER =
      parser -> {
        parser.skipChildren();
        return INSTANCE;
      };

  private NoData() {}

  @Override
  public String toString() {
    return "NoData";
  }
}
