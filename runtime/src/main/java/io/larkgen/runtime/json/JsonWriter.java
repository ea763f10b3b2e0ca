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
  void write(T value, JsonGenerator generator) throws IOException;
}
