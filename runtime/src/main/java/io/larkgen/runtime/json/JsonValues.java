package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small streaming helpers the generated codecs call: reading boxed scalars where JSON {@code
 * null} means absent, reading lists, and keeping unknown fields as plain Java values so that
 * they can be written back unchanged.
 *
 * <p>Every {@code read...} method expects the parser's current token to be the value's first
 * token and leaves it on the value's last token, like {@link JsonReader}.
 */
public final class JsonValues {
  private JsonValues() {}

  /** A string, or null for JSON {@code null}; numbers and booleans are taken as their text. */
  public static String readString(JsonParser parser) throws IOException {
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

  /** A 32-bit integer, or null for JSON {@code null}. */
  public static Integer readInteger(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getIntValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "an integer");
  }

  /** A 64-bit integer, or null for JSON {@code null}. */
  public static Long readLong(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getLongValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "an integer");
  }

  /** A number, or null for JSON {@code null}. */
  public static Double readDouble(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getDoubleValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(parser, "a number");
  }

  /** A boolean, or null for JSON {@code null}. */
  public static Boolean readBoolean(JsonParser parser) throws IOException {
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
   */
  public static <T> List<T> readList(JsonParser parser, JsonReader<? extends T> element)
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
   * {@code Boolean}, {@code List}, {@code Map} (insertion ordered) or null.
   */
  public static Object readValue(JsonParser parser) throws IOException {
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
        return list;
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
          parser.nextToken();
          map.put(name, readValue(parser));
        }
        return map;
      default:
        throw mismatch(parser, "a value");
    }
  }

  /**
   * Adds one unknown field to {@code extra}, creating the map on first use so that objects
   * without unknown fields allocate nothing.
   *
   * @return the map holding the field
   */
  public static Map<String, Object> putExtra(Map<String, Object> extra, String name, Object value) {
    Map<String, Object> map = extra == null ? new LinkedHashMap<>() : extra;
    map.put(name, value);
    return map;
  }

  /** An unmodifiable copy of unknown fields, keeping their order and null values. */
  public static Map<String, Object> copyExtra(Map<String, Object> extra) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** Writes a string value; a {@link JsonWriter} for list elements. */
  public static void writeString(String value, JsonGenerator generator) throws IOException {
    generator.writeString(value);
  }

  /** Writes a 32-bit integer; a {@link JsonWriter} for list elements. */
  public static void writeInteger(Integer value, JsonGenerator generator) throws IOException {
    generator.writeNumber(value.intValue());
  }

  /** Writes a 64-bit integer; a {@link JsonWriter} for list elements. */
  public static void writeLong(Long value, JsonGenerator generator) throws IOException {
    generator.writeNumber(value.longValue());
  }

  /** Writes a number; a {@link JsonWriter} for list elements. */
  public static void writeDouble(Double value, JsonGenerator generator) throws IOException {
    generator.writeNumber(value.doubleValue());
  }

  /** Writes a boolean; a {@link JsonWriter} for list elements. */
  public static void writeBoolean(Boolean value, JsonGenerator generator) throws IOException {
    generator.writeBoolean(value.booleanValue());
  }

  /** Writes a JSON array with one element per list item. */
  public static <T> void writeList(
      List<? extends T> list, JsonWriter<? super T> element, JsonGenerator generator)
      throws IOException {
    generator.writeStartArray();
    for (T item : list) {
      element.write(item, generator);
    }
    generator.writeEndArray();
  }

  /** Writes every unknown field kept by {@link #readValue}, in order. */
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
   * @throws IllegalArgumentException for any other type
   */
  public static void writeValue(Object value, JsonGenerator generator) throws IOException {
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
      generator.writeNumber(d);
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

  private static JsonParseException mismatch(JsonParser parser, String expected) {
    return new JsonParseException(
        parser, "expected " + expected + " but found " + parser.currentToken());
  }
}
