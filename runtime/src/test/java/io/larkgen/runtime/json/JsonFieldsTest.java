package io.larkgen.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
  private static final JsonFactory JSON = new JsonFactory();

  /** A stand-in for a generated enum: codes 1 and 2 are known, others kept as "?code". */
  private static final JsonCodec<String> LEVEL = JsonCodecs.intEnum(
      code -> switch (code) {
        case 1 -> "low";
        case 2 -> "high";
        default -> "?" + code;
      },
      level -> switch (level) {
        case "low" -> 1;
        case "high" -> 2;
        default -> Integer.parseInt(level.substring(1));
      });

  private static final JsonFields FIELDS = JsonFields.builder("Sample")
      .add("id", JsonCodecs.STRING)
      .add("count", JsonCodecs.INTEGER)
      .add("total", JsonCodecs.LONG)
      .add("score", JsonCodecs.DOUBLE)
      .add("active", JsonCodecs.BOOLEAN)
      .add("level", LEVEL)
      .add("kind", JsonCodecs.stringEnum(String::toUpperCase, String::toLowerCase))
      .add("tags", JsonCodecs.listOf(JsonCodecs.STRING))
      .add("grid", JsonCodecs.listOf(JsonCodecs.listOf(JsonCodecs.INTEGER)))
      .build();

  /** Every field's JSON text, in spec order. */
  private static final Map<String, String> MEMBERS = members();

  private static final String FULL = object(new ArrayList<>(MEMBERS.keySet()), Map.of());

  private static Map<String, String> members() {
    Map<String, String> members = new LinkedHashMap<>();
    members.put("id", "\"a1\"");
    members.put("count", "3");
    members.put("total", "12345678901");
    members.put("score", "2.5");
    members.put("active", "true");
    members.put("level", "2");
    members.put("kind", "\"onsite\"");
    members.put("tags", "[\"x\",\"y\"]");
    members.put("grid", "[[1,2],[3]]");
    return members;
  }

  /** An object of the known fields {@code names} (in that order) and the unknown {@code extra}. */
  private static String object(List<String> names, Map<String, Object> extra) {
    List<String> parts = new ArrayList<>();
    names.forEach(name -> parts.add("\"" + name + "\":" + MEMBERS.get(name)));
    extra.forEach((name, value) -> parts.add("\"" + name + "\":" + value));
    return "{" + String.join(",", parts) + "}";
  }

  private static Object[] read(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      // The array is lent for the call: the record keeps a copy of it.
      Object[] values = FIELDS.read(parser, lent -> Arrays.copyOf(lent, FIELDS.size() + 1));
      if (values != null) {
        assertEquals(JsonToken.END_OBJECT, parser.currentToken(), "left on the object's last token");
      }
      return values;
    }
  }

  private static String write(Object[] values) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> extra = values[FIELDS.size()] == null
          ? Map.of() : (Map<String, Object>) values[FIELDS.size()];
      Object[] known = new Object[FIELDS.size()];
      System.arraycopy(values, 0, known, 0, known.length);
      FIELDS.write(generator, extra, known);
    }
    return out.toString();
  }

  @Test
  void readsEveryKindOfFieldAndWritesTheSameText() throws IOException {
    Object[] values = read(FULL);
    assertArrayEquals(new Object[] {"a1", 3, 12345678901L, 2.5, true, "high", "ONSITE",
        List.of("x", "y"), List.of(List.of(1, 2), List.of(3)), null}, values);
    assertEquals(FULL, write(values));
    assertEquals(new ArrayList<>(MEMBERS.keySet()), FIELDS.names());
  }

  @Test
  void anySubsetOfFieldsInAnyOrderWithUnknownOnesReadsTheSameValues() throws IOException {
    Object[] expected = read(FULL);
    List<String> names = new ArrayList<>(MEMBERS.keySet());
    Random random = new Random(42);
    for (int run = 0; run < 300; run++) {
      List<String> present = new ArrayList<>();
      for (String name : names) {
        if (random.nextInt(4) != 0) {
          present.add(name);
        }
      }
      // Mostly spec order, as servers send it; some runs shuffled, to take the lookup path.
      if (random.nextBoolean()) {
        Collections.shuffle(present, random);
      }
      Map<String, Object> unknown = new LinkedHashMap<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        unknown.put("extra_" + run + "_" + i, (long) random.nextInt(10));
      }
      // Unknown fields land anywhere between the known ones, in the map's order.
      List<String> parts = new ArrayList<>();
      present.forEach(name -> parts.add("\"" + name + "\":" + MEMBERS.get(name)));
      int at = 0;
      for (Map.Entry<String, Object> field : unknown.entrySet()) {
        at += random.nextInt(parts.size() - at + 1);
        parts.add(at++, "\"" + field.getKey() + "\":" + field.getValue());
      }
      String json = "{" + String.join(",", parts) + "}";
      Object[] values = read(json);
      for (int i = 0; i < names.size(); i++) {
        Object want = present.contains(names.get(i)) ? expected[i] : null;
        assertEquals(want, values[i], json + ": field " + names.get(i));
      }
      assertEquals(unknown.isEmpty() ? null : unknown, values[names.size()], json);
      // Writing puts the known fields back in spec order, then the unknown ones.
      List<String> inOrder = new ArrayList<>(names);
      inOrder.retainAll(present);
      assertEquals(object(inOrder, unknown), write(values), json);
    }
  }

  @Test
  void nullObjectIsAbsentAndNullFieldsStayUnset() throws IOException {
    assertNull(read("null"));
    Object[] values = read("{\"id\":null,\"tags\":null,\"level\":null,\"count\":7}");
    assertArrayEquals(new Object[] {null, 7, null, null, null, null, null, null, null, null},
        values);
  }

  @Test
  void unknownEnumCodesAreKeptAndWrittenBack() throws IOException {
    Object[] values = read("{\"level\":9}");
    assertEquals("?9", values[5]);
    assertEquals("{\"level\":9}", write(values));
  }

  @Test
  void writingOmitsAbsentFieldsAndEmptyListsAndAppendsUnknownFields() throws IOException {
    Object[] values = new Object[FIELDS.size() + 1];
    values[1] = 0;
    values[7] = List.of();
    values[9] = Map.of("later", "kept");
    assertEquals("{\"count\":0,\"later\":\"kept\"}", write(values));
  }

  @Test
  void aMismatchedValueNamesItsPath() throws IOException {
    JsonParseException e = assertThrows(JsonParseException.class,
        () -> read("{\"id\":\"a\",\"count\":\"three\"}"));
    assertTrue(e.getOriginalMessage().contains("/count"), e.getMessage());
    JsonParseException notObject = assertThrows(JsonParseException.class, () -> read("[1]"));
    assertTrue(notObject.getOriginalMessage().contains("Sample"), notObject.getMessage());
  }

  /** A record of an id and a list of records like it, read through its own table. */
  private record Node(String id, List<Node> children, Object extra) {}

  private static final class NodeCodec implements JsonCodec<Node> {
    static final NodeCodec INSTANCE = new NodeCodec();
    private static final JsonFields NODE = JsonFields.builder("Node")
        .add("id", JsonCodecs.STRING)
        .add("children", JsonCodecs.listOf(INSTANCE))
        .build();

    @Override
    @SuppressWarnings("unchecked")
    public Node read(JsonParser parser) throws IOException {
      return NODE.read(parser, v -> new Node((String) v[0],
          v[1] == null ? List.of() : (List<Node>) v[1], v[2]));
    }

    @Override
    public void write(Node value, JsonGenerator generator) {
      throw new UnsupportedOperationException();
    }
  }

  private static Node node(String json) throws IOException {
    try (JsonParser parser = JSON.createParser(json)) {
      parser.nextToken();
      return NodeCodec.INSTANCE.read(parser);
    }
  }

  @Test
  void nestedRecordsEachReadIntoTheirOwnValues() throws IOException {
    Node tree = node("{\"id\":\"root\",\"children\":[{\"id\":\"a\",\"children\":"
        + "[{\"id\":\"a1\",\"more\":1},{\"children\":[{\"id\":\"deep\",\"children\":"
        + "[{\"id\":\"deeper\"}]}]}]},{\"id\":\"b\"}],\"after\":true}");
    Node a = tree.children().get(0);
    assertEquals("root", tree.id());
    assertEquals(Map.of("after", true), tree.extra());
    assertEquals(List.of("a", "b"), tree.children().stream().map(Node::id).toList());
    assertEquals("a1", a.children().get(0).id());
    assertEquals(Map.of("more", 1L), a.children().get(0).extra());
    Node unnamed = a.children().get(1);
    assertNull(unnamed.id(), "an absent field is null, not a sibling's value");
    assertNull(unnamed.extra());
    assertEquals("deeper", unnamed.children().get(0).children().get(0).id());
    assertNull(tree.children().get(1).extra());
  }

  @Test
  void aReadThatFailsLeavesNothingForTheNextOne() throws IOException {
    assertThrows(JsonParseException.class, () -> node(
        "{\"id\":\"left\",\"children\":[{\"id\":\"half\",\"children\":7}]}"));
    Node next = node("{\"children\":[{}]}");
    assertNull(next.id());
    assertNull(next.children().get(0).id());
    assertEquals(List.of(), next.children().get(0).children());
    assertThrows(IllegalStateException.class, () -> {
      try (JsonParser parser = JSON.createParser("{\"id\":\"x\"}")) {
        parser.nextToken();
        FIELDS.read(parser, values -> {
          throw new IllegalStateException("constructor refused");
        });
      }
    });
    assertArrayEquals(new Object[] {null, 7, null, null, null, null, null, null, null, null},
        read("{\"count\":7}"), "a constructor's failure leaves no values behind either");
  }

  @Test
  void aWrongNumberOfValuesOrARepeatedNameIsRefused() {
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> FIELDS.write(JSON.createGenerator(new StringWriter()), Map.of(), "only one"));
    assertEquals("Sample has 9 fields, not 1", count.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> JsonFields.builder("Twice").add("a", JsonCodecs.STRING)
            .add("a", JsonCodecs.LONG).build());
    assertEquals("Twice: the field \"a\" is listed twice", twice.getMessage());
  }
}
