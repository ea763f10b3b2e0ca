package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads one value from a streaming parser whose current token is the value's first token
 * (e.g. {@code START_OBJECT}); on return the current token is the value's last token.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface JsonReader<T> {
  T read(JsonParser parser) throws IOException;
}
