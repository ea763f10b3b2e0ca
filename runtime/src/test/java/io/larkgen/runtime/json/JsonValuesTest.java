package io.larkgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
  private static final JsonFactory JSON = new JsonFactory();

  private static <T> T read(String json, JsonReader<T> reader) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return reader.read(parser);
    }
  }

  private static String write(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      JsonValues.writeValue(value, generator);
    }
    return out.toString();
  }

  @Test
  void plainValuesKeepTheirJsonTypes() throws IOException {
    Object value =
        read("{\"s\":\"x\",\"i\":1,\"big\":123456789012345678901,\"d\":2.5,\"b\":true,\"n\":null,\"a\":[1,\"y\"]}",
            JsonValues::readValue);
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals("x", map.get("s"));
    assertEquals(1L, map.get("i"));
    assertEquals(new BigInteger("123456789012345678901"), map.get("big"));
    assertEquals(2.5, map.get("d"));
    assertEquals(Boolean.TRUE, map.get("b"));
    assertTrue(map.containsKey("n"));
    assertNull(map.get("n"));
    assertEquals(List.of(1L, "y"), map.get("a"));
  }

  @Test
  void decimalsThatADoubleWouldChangeStayExact() throws IOException {
    assertEquals(new BigDecimal("0.10000000000000000001"), read("0.10000000000000000001", JsonValues::readValue));
    assertEquals("[1.25,0.10000000000000000001,12345678901234567890123]",
        write(read("[1.25,0.10000000000000000001,12345678901234567890123]", JsonValues::readValue)));
  }

  @Test
  void writeValueRejectsOtherTypes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(new Object()));
    assertEquals("not a plain JSON value: java.lang.Object", e.getMessage());
  }

  @Test
  void scalarReadersTreatNullAsAbsent() throws IOException {
    assertNull(read("null", JsonValues::readString));
    assertNull(read("null", JsonValues::readInteger));
    assertNull(read("null", JsonValues::readLong));
    assertNull(read("null", JsonValues::readDouble));
    assertNull(read("null", JsonValues::readBoolean));
    assertEquals(1618899376474L, read("1618899376474", JsonValues::readLong));
    assertEquals(3.0, read("3", JsonValues::readDouble));
    assertEquals("12", read("12", JsonValues::readString));
  }

  @Test
  void mismatchedTokensFailWithTheExpectedType() {
    JsonParseException e = assertThrows(JsonParseException.class, () -> read("\"x\"", JsonValues::readInteger));
    assertTrue(e.getMessage().startsWith("expected an integer but found VALUE_STRING"), e.getMessage());
    assertThrows(JsonParseException.class, () -> read("1", p -> JsonValues.startObject(p, "Pet")));
  }

  @Test
  void listsSkipNullElements() throws IOException {
    assertEquals(List.of("a", "b"), read("[\"a\",null,\"b\"]", p -> JsonValues.readList(p, JsonValues::readString)));
    assertNull(read("null", p -> JsonValues.readList(p, JsonValues::readString)));
  }

  @Test
  void startObjectSaysWhetherTheValueIsNull() throws IOException {
    boolean nullValue = read("null", p -> JsonValues.startObject(p, "Pet"));
    boolean object = read("{}", p -> JsonValues.startObject(p, "Pet"));
    assertFalse(nullValue);
    assertTrue(object);
  }

  @Test
  void extrasAreCreatedOnFirstUseAndCopiedUnmodifiable() {
    Map<String, Object> extra = JsonValues.putExtra(null, "a", null);
    assertSame(extra, JsonValues.putExtra(extra, "b", 1L));
    Map<String, Object> copy = JsonValues.copyExtra(extra);
    assertEquals(Arrays.asList("a", "b"), new ArrayList<>(copy.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> copy.put("c", 2L));
    assertSame(Map.of(), JsonValues.copyExtra(null));
  }
}
