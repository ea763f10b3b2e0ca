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
    assertTrue(e.getMessage().startsWith("expected an integer at / but found the string \"x\""), e.getMessage());
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

  @Test
  void integersAreNotCoerced() {
    assertEquals(
        "expected an integer at /round but found the number 1.5",
        firstLine(assertThrows(JsonParseException.class, () -> field("{\"round\":1.5}", JsonValues::readInteger))));
    assertEquals(
        "expected a 32-bit integer at /round but found 2147483648, which is out of range",
        firstLine(assertThrows(JsonParseException.class, () -> field("{\"round\":2147483648}", JsonValues::readInteger))));
    assertEquals(
        "expected a 64-bit integer at /t but found 9223372036854775808, which is out of range",
        firstLine(assertThrows(JsonParseException.class, () -> field("{\"t\":9223372036854775808}", JsonValues::readLong))));
    assertEquals(
        "expected an integer at /t but found the string \"1618899376474\"",
        firstLine(assertThrows(JsonParseException.class, () -> field("{\"t\":\"1618899376474\"}", JsonValues::readLong))));
    assertEquals(
        "expected a number at /d but found the boolean true",
        firstLine(assertThrows(JsonParseException.class, () -> field("{\"d\":true}", JsonValues::readDouble))));
    assertEquals(
        "expected a string at /a/1 but found an object",
        firstLine(assertThrows(JsonParseException.class,
            () -> field("{\"a\":[\"x\",{}]}", p -> JsonValues.readList(p, JsonValues::readString)))));
  }

  @Test
  void integersAtTheEdgesOfTheirRangeAreRead() throws IOException {
    assertEquals(Integer.MIN_VALUE, read("-2147483648", JsonValues::readInteger));
    assertEquals(Integer.MAX_VALUE, read("2147483647", JsonValues::readInteger));
    assertEquals(Long.MIN_VALUE, read("-9223372036854775808", JsonValues::readLong));
    assertEquals(Long.MAX_VALUE, read("9223372036854775807", JsonValues::readLong));
  }

  @Test
  void enumsAreReadThroughTheirFactoryAfterATypeCheck() throws IOException {
    assertEquals("code 7", read("7", p -> JsonValues.readIntEnum(p, code -> "code " + code)));
    assertNull(read("null", p -> JsonValues.readIntEnum(p, code -> "code " + code)));
    assertEquals("open_id!", read("\"open_id\"", p -> JsonValues.readStringEnum(p, v -> v + "!")));
    assertNull(read("null", p -> JsonValues.readStringEnum(p, v -> v + "!")));
    assertThrows(JsonParseException.class, () -> read("1.5", p -> JsonValues.readIntEnum(p, code -> code)));
    // an object in a string enum's place must fail, not read as "{" and lose the parser's place
    assertThrows(JsonParseException.class, () -> read("{\"a\":1}", p -> JsonValues.readStringEnum(p, v -> v)));
  }

  @Test
  void plainDecimalsAreWrittenBackWithTheirDigits() throws IOException {
    String json = "[0.0000001,1.50,100.000,-0.000000000000000000012,1e400,1.5E-7000]";
    assertEquals("[0.0000001,1.50,100.000,-0.000000000000000000012,1E+400,1.5E-7000]", write(read(json, JsonValues::readValue)));
    assertEquals("[0.5,1.0,-2.25]", write(read("[0.5,1.0,-2.25]", JsonValues::readValue)));
  }

  @Test
  void unicodeAndEscapesRoundTrip() throws IOException {
    String json = "{\"名\":\"周小二 \\\"Tony\\\" \\\\ \\n\\t 😀\",\"ctl\":\"\\u0001\"}";
    Object value = read(json, JsonValues::readValue);
    assertEquals(Map.of("名", "周小二 \"Tony\" \\ \n\t 😀", "ctl", "\u0001"), value);
    assertEquals(value, read(write(value), JsonValues::readValue));
  }

  @Test
  void repeatedKeysKeepTheLastValueAtTheFirstPosition() throws IOException {
    Map<?, ?> map = (Map<?, ?>) read("{\"a\":1,\"b\":2,\"a\":3}", JsonValues::readValue);
    assertEquals(List.of("a", "b"), new ArrayList<>(map.keySet()));
    assertEquals(3L, map.get("a"));
  }

  @Test
  void nestedValuesAreUnmodifiable() throws IOException {
    Map<?, ?> map = (Map<?, ?>) read("{\"a\":[{\"b\":[1]}]}", JsonValues::readValue);
    List<?> list = (List<?>) map.get("a");
    assertThrows(UnsupportedOperationException.class, () -> list.clear());
    assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) list.get(0)).clear());
    assertThrows(UnsupportedOperationException.class, () -> map.clear());
  }

  @Test
  void nestingDeeperThanTheParserAllowsFailsWithoutOverflowingTheStack() {
    String json = "[".repeat(5000) + "]".repeat(5000);
    IOException e = assertThrows(IOException.class, () -> read(json, JsonValues::readValue));
    assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
  }

  @Test
  void truncatedObjectsFail() {
    assertThrows(IOException.class, () -> read("{\"a\":[1,{\"b\":2", JsonValues::readValue));
  }

  /** Reads the value of the only field of {@code json} with {@code reader}. */
  private static <T> T field(String json, JsonReader<T> reader) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      parser.nextToken();
      parser.nextToken();
      return reader.read(parser);
    }
  }

  private static String firstLine(Exception e) {
    return e.getMessage().lines().findFirst().orElse("");
  }

  @Test
  void recordExtrasMayNotUseAFieldNameOrANullName() {
    Map<String, Object> extra = new java.util.LinkedHashMap<>();
    extra.put("future", 1L);
    extra.put("id", "x");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonValues.copyExtra(extra, java.util.Set.of("id"), "Pet"));
    assertEquals("extraProperties: \"id\" is a field of Pet, not an unknown one; set its component instead", e.getMessage());
    extra.remove("id");
    assertEquals(Map.of("future", 1L), JsonValues.copyExtra(extra, java.util.Set.of("id"), "Pet"));
    extra.put(null, 2L);
    assertThrows(IllegalArgumentException.class, () -> JsonValues.copyExtra(extra, java.util.Set.of("id"), "Pet"));
    assertSame(Map.of(), JsonValues.copyExtra(Map.of(), java.util.Set.of("id"), "Pet"));
  }
}
