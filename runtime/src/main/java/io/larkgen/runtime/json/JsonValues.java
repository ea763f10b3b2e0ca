package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Small streaming helpers the generated codecs call: reading boxed scalars where JSON {@code
 * null} means absent, reading lists, and keeping unknown fields as plain Java values so that
 * they can be written back unchanged.
 *
 * <p>Every {@code read...} method expects the parser's current token to be the value's first
 * token and leaves it on the value's last token, like {@link JsonReader}.
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 */
@LarkProtectedApi
public final class JsonValues {
  private JsonValues() {}

  /**
   * A string, or null for JSON {@code null}; a number or boolean is taken as its JSON text
   * ({@code 12} reads as {@code "12"}), an array or object fails.
   *
   * @param parser a parser on the value's first token
   * @return the text, or null for JSON {@code null}
   * @throws IOException when the value is an array or object, or the input cannot be read
   */
  public static @Nullable String readString(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != null && token.isScalarValue()) {
      return parser.getText();
    }
    throw mismatch(parser, "a string");
  }

  /**
   * A 32-bit integer, or null for JSON {@code null}. Nothing is coerced: a fraction, a number
   * beyond the 32-bit range or a string fails, so that no value is silently changed.
   *
   * @param parser a parser on the value's first token
   * @return the number, or null for JSON {@code null}
   * @throws IOException when the value is not a 32-bit integer, or the input cannot be read
   */
  public static @Nullable Integer readInteger(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw outOfRange(parser, "a 32-bit integer");
      }
      return parser.getIntValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "an integer");
  }

  /**
   * A 64-bit integer, or null for JSON {@code null}. Nothing is coerced: a fraction, a number
   * beyond the 64-bit range or a string fails.
   *
   * @param parser a parser on the value's first token
   * @return the number, or null for JSON {@code null}
   * @throws IOException when the value is not a 64-bit integer, or the input cannot be read
   */
  public static @Nullable Long readLong(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        throw outOfRange(parser, "a 64-bit integer");
      }
      return parser.getLongValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "an integer");
  }

  /**
   * The value of an integer-coded enum, or null for JSON {@code null}: the code is read as by
   * {@link #readInteger} and handed to {@code of}, which maps unknown codes to the enum's
   * unknown case.
   *
   * @param <E> the enum type
   * @param parser a parser on the value's first token
   * @param of the enum's lookup by code, e.g. {@code InterviewStatus::of}
   * @return the enum value, or null for JSON {@code null}
   * @throws IOException when the value is not a 32-bit integer, or the input cannot be read
   */
  public static <E> @Nullable E readIntEnum(JsonParser parser, IntFunction<E> of) throws IOException {
    Integer code = readInteger(parser);
    return code == null ? null : of.apply(code);
  }

  /**
   * The value of a string-coded enum, or null for JSON {@code null}: the text is read as by
   * {@link #readString} and handed to {@code of}, which maps unknown values to the enum's
   * unknown case.
   *
   * @param <E> the enum type
   * @param parser a parser on the value's first token
   * @param of the enum's lookup by wire value, e.g. {@code UserIdType::of}
   * @return the enum value, or null for JSON {@code null}
   * @throws IOException when the value is an array or object, or the input cannot be read
   */
  public static <E> @Nullable E readStringEnum(JsonParser parser, Function<String, E> of)
      throws IOException {
    String value = readString(parser);
    return value == null ? null : of.apply(value);
  }

  /**
   * A number, or null for JSON {@code null}; an integer is widened, a string fails.
   *
   * @param parser a parser on the value's first token
   * @return the number, or null for JSON {@code null}
   * @throws IOException when the value is not a number, or the input cannot be read
   */
  public static @Nullable Double readDouble(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "a number");
  }

  /**
   * A boolean, or null for JSON {@code null}.
   *
   * @param parser a parser on the value's first token
   * @return the boolean, or null for JSON {@code null}
   * @throws IOException when the value is not a boolean, or the input cannot be read
   */
  public static @Nullable Boolean readBoolean(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "a boolean");
  }

  /**
   * A JSON array read element by element, or null for JSON {@code null}. {@code null} elements
   * are skipped, so {@code element} only sees non-null values.
   *
   * @param <T> the element type
   * @param parser a parser on the array's {@code [} token
   * @param element reads one non-null element
   * @return a modifiable list of the elements, or null for JSON {@code null}
   * @throws IOException when the value is not an array, an element is malformed, or the input
   *     cannot be read
   */
  public static <T> @Nullable List<T> readList(JsonParser parser, JsonReader<? extends T> element)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw mismatch(parser, "an array");
    }
    List<T> list = new ArrayList<>();
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new JsonParseException(parser, "unexpected end of input inside an array");
      }
      if (token != JsonToken.VALUE_NULL) {
        list.add(element.read(parser));
      }
    }
    return list;
  }

  /**
   * Checks that the current token starts an object.
   *
   * @param parser a parser on the value's first token
   * @param typeName the generated type being read, for the error message
   * @return false when the value is JSON {@code null}, true when it is an object
   * @throws JsonParseException when the value is neither
   */
  public static boolean startObject(JsonParser parser, String typeName) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      return false;
    }
    throw mismatch(parser, "an object (" + typeName + ")");
  }

  /**
   * Any JSON value as a plain Java value: {@code String}, {@code Long} or {@code BigInteger},
   * {@code Double} or {@code BigDecimal} (when a double would not write back the same text),
   * {@code Boolean}, {@code List}, {@code Map} (insertion ordered; a repeated key keeps its
   * first position and its last value) or null. Lists and maps are unmodifiable.
   *
   * @param parser a parser on the value's first token
   * @return the value as described above
   * @throws IOException when the input is malformed or ends inside the value
   */
  public static @Nullable Object readValue(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of input");
    }
    switch (token) {
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return parser.getBigIntegerValue();
        }
        return parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        String text = parser.getText();
        double d = parser.getDoubleValue();
        return Double.toString(d).equals(text) ? (Object) d : new BigDecimal(text);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(parser));
        }
        return Collections.unmodifiableList(list);
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
          parser.nextToken();
          map.put(name, readValue(parser));
        }
        return Collections.unmodifiableMap(map);
      default:
        throw mismatch(parser, "a value");
    }
  }

  /**
   * Adds one unknown field to {@code extra}, creating the map on first use so that objects
   * without unknown fields allocate nothing.
   *
   * @param extra the fields read so far, or null before the first
   * @param name the field's JSON name
   * @param value the field's value as read by {@link #readValue}
   * @return the map holding the field
   */
  public static Map<String, Object> putExtra(
      @Nullable Map<String, Object> extra, String name, @Nullable Object value) {
    Map<String, Object> map = extra == null ? new LinkedHashMap<>() : extra;
    map.put(name, value);
    return map;
  }

  /**
   * An unmodifiable copy of unknown fields, keeping their order and null values.
   *
   * @param extra the fields read, or null when there were none
   * @return the copy, empty when there are none
   */
  public static Map<String, Object> copyExtra(@Nullable Map<String, Object> extra) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * An unmodifiable copy of a record's unknown fields, as its canonical constructor takes them:
   * keeping their order and null values, and refusing a name that is one of the record's own
   * fields (the codec would write that name twice) or a null name.
   *
   * @param extra the unknown fields given to the constructor, or null
   * @param fields the JSON names of the record's components
   * @param typeName the record, for the error message
   * @return the copy, empty when there are none
   * @throws IllegalArgumentException for a name in {@code fields} or a null name
   */
  public static Map<String, Object> copyExtra(
      @Nullable Map<String, Object> extra, Set<String> fields, String typeName) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    for (String name : extra.keySet()) {
      if (name == null) {
        throw new IllegalArgumentException("extraProperties: a null name is not a JSON field name");
      }
      if (fields.contains(name)) {
        throw new IllegalArgumentException(
            "extraProperties: \"" + name + "\" is a field of " + typeName
                + ", not an unknown one; set its component instead");
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * Writes a JSON array with one element per list item.
   *
   * @param <T> the element type
   * @param list the items, in order
   * @param element writes one item
   * @param generator where to write the array
   * @throws IOException when the generator cannot write
   */
  public static <T> void writeList(
      List<? extends T> list, JsonWriter<? super T> element, JsonGenerator generator)
      throws IOException {
    generator.writeStartArray();
    for (T item : list) {
      element.write(item, generator);
    }
    generator.writeEndArray();
  }

  /**
   * Writes every unknown field kept by {@link #readValue}, in order.
   *
   * @param extra the unknown fields, by JSON name
   * @param generator where to write them, inside the object being written
   * @throws IOException when the generator cannot write
   */
  public static void writeExtra(Map<String, Object> extra, JsonGenerator generator)
      throws IOException {
    for (Map.Entry<String, Object> entry : extra.entrySet()) {
      generator.writeFieldName(entry.getKey());
      writeValue(entry.getValue(), generator);
    }
  }

  /**
   * Writes a plain Java value as produced by {@link #readValue}: strings, numbers, booleans,
   * lists, maps with string keys, or null.
   *
   * @param value the value, or null for JSON {@code null}
   * @param generator where to write it
   * @throws IllegalArgumentException for any other type
   * @throws IOException when the generator cannot write
   */
  public static void writeValue(@Nullable Object value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double d) {
      generator.writeNumber(d.doubleValue());
    } else if (value instanceof Float f) {
      generator.writeNumber(f.floatValue());
    } else if (value instanceof BigInteger i) {
      generator.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      writeDecimal(d, generator);
    } else if (value instanceof Iterable<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        writeValue(item, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(entry.getValue(), generator);
      }
      generator.writeEndObject();
    } else {
      throw new IllegalArgumentException(
          "not a plain JSON value: " + value.getClass().getName());
    }
  }

  /**
   * Writes a decimal in plain notation when its scale allows, so that a number read in plain
   * notation ({@code 0.00000010}) is written back with the same digits; {@link
   * BigDecimal#toString()} would switch to {@code 1.0E-7}. The scale bound keeps a value such as
   * {@code 1e-999999} from expanding into a million digits.
   */
  private static void writeDecimal(BigDecimal value, JsonGenerator generator) throws IOException {
    int scale = value.scale();
    if (scale >= 0 && scale <= MAX_PLAIN_SCALE) {
      generator.writeNumber(value.toPlainString());
    } else {
      generator.writeNumber(value);
    }
  }

  /** The longest number jackson-core reads by default has 1,000 digits. */
  private static final int MAX_PLAIN_SCALE = 1000;

  private static JsonParseException mismatch(JsonParser parser, String expected) {
    return new JsonParseException(
        parser,
        "expected " + expected + " at " + where(parser) + " but found " + found(parser));
  }

  private static JsonParseException outOfRange(JsonParser parser, String expected)
      throws IOException {
    return new JsonParseException(
        parser,
        "expected " + expected + " at " + where(parser) + " but found " + parser.getText()
            + ", which is out of range");
  }

  /** The JSON pointer of the current value, {@code "/"} for the root. */
  private static String where(JsonParser parser) {
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "/" : pointer;
  }

  /** The current token, with the text of a scalar (strings shortened to 40 characters). */
  private static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    try {
      switch (token) {
        case VALUE_STRING:
          String text = parser.getText();
          return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + parser.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "the boolean " + parser.getText();
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        default:
          return token.toString();
      }
    } catch (IOException e) {
      return token.toString();
    }
  }
}
