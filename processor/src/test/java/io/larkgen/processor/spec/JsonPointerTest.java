package io.larkgen.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void escapesTildeAndSlash() {
    JsonPointer pointer = JsonPointer.ROOT.child("paths").child("/open-apis/hire/v1/interviews").child("get");
    assertEquals("#/paths/~1open-apis~1hire~1v1~1interviews/get", pointer.toString());
    assertEquals("#/a~0b/~01", JsonPointer.ROOT.child("a~b").child("~1").toString());
  }

  @Test
  void parsesWhatItPrints() {
    JsonPointer pointer = JsonPointer.ROOT.append("a/b", "~", "", "0");
    assertEquals(pointer, JsonPointer.parse(pointer.toString()));
    assertEquals(List.of("a/b", "~", "", "0"), JsonPointer.parse(pointer.toString()).tokens());
    assertEquals(JsonPointer.ROOT, JsonPointer.parse("#"));
    assertEquals(JsonPointer.ROOT, JsonPointer.parse(""));
    assertEquals(List.of("components", "schemas", "Pet"), JsonPointer.parse("/components/schemas/Pet").tokens());
    assertEquals(List.of(""), JsonPointer.parse("#/").tokens());
  }

  @Test
  void rejectsMalformedPointers() {
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("#components"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("#/a~2"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("#/a~"));
  }

  @Test
  void parentLastAndContains() {
    JsonPointer op = JsonPointer.parse("#/paths/~1x/get");
    assertEquals("#/paths/~1x", op.parent().toString());
    assertEquals("get", op.last());
    assertEquals(JsonPointer.ROOT, JsonPointer.ROOT.parent());
    assertTrue(op.contains(op.child("operationId")));
    assertTrue(op.contains(op));
    assertFalse(op.child("tags").contains(op));
    assertFalse(JsonPointer.parse("#/paths/~1x/ge").contains(op));
    assertEquals("#/a/3", JsonPointer.ROOT.child("a").child(3).toString());
  }
}
