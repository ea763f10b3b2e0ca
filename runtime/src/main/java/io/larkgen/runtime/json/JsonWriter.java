package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes one value to a streaming generator.
 *
 * @param <T> the encoded type
 */
@FunctionalInterface
public interface JsonWriter<T> {
  /**
   * Writes one value.
   *
   * @param value the value, not null
   * @param generator where to write it
   * @throws IOException when the generator cannot write
   */
  void write(T value, JsonGenerator generator) throws IOException;
}
