package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value from a streaming parser whose current token is the value's first token
 * (e.g. {@code START_OBJECT}); on return the current token is the value's last token.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface JsonReader<T> {
  /**
   * Reads the value the parser is on.
   *
   * @param parser a parser on the value's first token
   * @return the value, or null for JSON {@code null} where the type allows it
   * @throws IOException when the value does not match the type or the input cannot be read
   */
  @Nullable T read(JsonParser parser) throws IOException;
}
