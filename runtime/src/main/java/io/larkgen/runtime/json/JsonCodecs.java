package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the values a generated record's fields hold, other than records (whose codecs
 * are generated): boxed scalars read as {@link JsonValues} reads them (JSON {@code null} is
 * absent, nothing is coerced), lists, and the two kinds of enum. A generated codec lists one
 * per field in its {@link JsonFields}.
 *
 * <p>Every codec here is stateless and thread-safe. {@link LarkProtectedApi Protected API}:
 * public for generated code, which it changes with.
 */
@LarkProtectedApi
public final class JsonCodecs {
  private JsonCodecs() {}

  /** Strings; a number or boolean reads as its JSON text, see {@link JsonValues#readString}. */
  public static final JsonCodec<String> STRING = new JsonCodec<>() {
    @Override
    public @Nullable String read(JsonParser parser) throws IOException {
      return JsonValues.readString(parser);
    }

    @Override
    public void write(String value, JsonGenerator generator) throws IOException {
      generator.writeString(value);
    }
  };

  /** 32-bit integers, see {@link JsonValues#readInteger}. */
  public static final JsonCodec<Integer> INTEGER = new JsonCodec<>() {
    @Override
    public @Nullable Integer read(JsonParser parser) throws IOException {
      return JsonValues.readInteger(parser);
    }

    @Override
    public void write(Integer value, JsonGenerator generator) throws IOException {
      generator.writeNumber(value.intValue());
    }
  };

  /** 64-bit integers, see {@link JsonValues#readLong}. */
  public static final JsonCodec<Long> LONG = new JsonCodec<>() {
    @Override
    public @Nullable Long read(JsonParser parser) throws IOException {
      return JsonValues.readLong(parser);
    }

    @Override
    public void write(Long value, JsonGenerator generator) throws IOException {
      generator.writeNumber(value.longValue());
    }
  };

  /** Numbers, see {@link JsonValues#readDouble}. */
  public static final JsonCodec<Double> DOUBLE = new JsonCodec<>() {
    @Override
    public @Nullable Double read(JsonParser parser) throws IOException {
      return JsonValues.readDouble(parser);
    }

    @Override
    public void write(Double value, JsonGenerator generator) throws IOException {
      generator.writeNumber(value.doubleValue());
    }
  };

  /** Booleans, see {@link JsonValues#readBoolean}. */
  public static final JsonCodec<Boolean> BOOLEAN = new JsonCodec<>() {
    @Override
    public @Nullable Boolean read(JsonParser parser) throws IOException {
      return JsonValues.readBoolean(parser);
    }

    @Override
    public void write(Boolean value, JsonGenerator generator) throws IOException {
      generator.writeBoolean(value.booleanValue());
    }
  };

  /**
   * JSON arrays of {@code element}'s values, see {@link JsonValues#readList}: JSON {@code null}
   * elements are skipped.
   *
   * @param <T> the element type
   * @param element the codec of one non-null element
   * @return the codec of the list
   */
  public static <T> JsonCodec<List<T>> listOf(JsonCodec<T> element) {
    return new ListCodec<>(Objects.requireNonNull(element, "element"));
  }

  /**
   * An enum sent as a 32-bit integer code.
   *
   * @param <E> the enum type
   * @param of the enum's lookup by code, which maps unknown codes to its unknown case (e.g.
   *     {@code InterviewStatus::of})
   * @param code the code of a value (e.g. {@code InterviewStatus::code})
   * @return the codec of the enum
   */
  public static <E> JsonCodec<E> intEnum(IntFunction<E> of, ToIntFunction<E> code) {
    return new IntEnumCodec<>(Objects.requireNonNull(of, "of"), Objects.requireNonNull(code, "code"));
  }

  /**
   * An enum sent as a string.
   *
   * @param <E> the enum type
   * @param of the enum's lookup by wire value, which maps unknown values to its unknown case
   *     (e.g. {@code UserIdType::of})
   * @param value the wire value of a value (e.g. {@code UserIdType::value})
   * @return the codec of the enum
   */
  public static <E> JsonCodec<E> stringEnum(Function<String, E> of, Function<E, String> value) {
    return new StringEnumCodec<>(Objects.requireNonNull(of, "of"), Objects.requireNonNull(value, "value"));
  }

  private record ListCodec<T>(JsonCodec<T> element) implements JsonCodec<List<T>> {
    @Override
    public @Nullable List<T> read(JsonParser parser) throws IOException {
      return JsonValues.readList(parser, element);
    }

    @Override
    public void write(List<T> value, JsonGenerator generator) throws IOException {
      JsonValues.writeList(value, element, generator);
    }
  }

  private record IntEnumCodec<E>(IntFunction<E> of, ToIntFunction<E> code) implements JsonCodec<E> {
    @Override
    public @Nullable E read(JsonParser parser) throws IOException {
      return JsonValues.readIntEnum(parser, of);
    }

    @Override
    public void write(E value, JsonGenerator generator) throws IOException {
      generator.writeNumber(code.applyAsInt(value));
    }
  }

  private record StringEnumCodec<E>(Function<String, E> of, Function<E, String> value)
      implements JsonCodec<E> {
    @Override
    public @Nullable E read(JsonParser parser) throws IOException {
      return JsonValues.readStringEnum(parser, of);
    }

    @Override
    public void write(E item, JsonGenerator generator) throws IOException {
      generator.writeString(value.apply(item));
    }
  }
}
