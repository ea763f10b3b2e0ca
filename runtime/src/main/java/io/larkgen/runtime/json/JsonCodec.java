package io.larkgen.runtime.json;

/**
 * Reads and writes one generated type without reflection. The processor emits one per model.
 *
 * @param <T> the model type
 */
public interface JsonCodec<T> extends JsonReader<T>, JsonWriter<T> {}
