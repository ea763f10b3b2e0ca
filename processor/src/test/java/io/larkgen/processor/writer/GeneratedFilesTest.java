package io.larkgen.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Proxy;
import java.util.List;
import javax.lang.model.element.Element;
import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

  private static Element fakeElement() {
    return (Element)
        Proxy.newProxyInstance(
            Element.class.getClassLoader(),
            new Class<?>[] {Element.class},
            (proxy, method, args) -> method.getName().equals("toString") ? "trigger" : null);
  }

  @Test
  void headerAddsGeneratedWithoutADateTheMarkerAndOneOrigin() {
    Element trigger = fakeElement();
    TypeHeader header = GeneratedFiles.header("com.example.Processor", "specs/x.yaml").withOrigin(trigger);
    TypeSpec type = header.apply(TypeSpec.classBuilder("Foo")).build();

    assertEquals(List.of(trigger), type.originatingElements());
    String source = JavaFile.builder("com.example", type).skipJavaLangImports(true).build().toString();
    assertTrue(
        source.contains("@Generated(\n    value = \"com.example.Processor\",\n    comments = \"specs/x.yaml\"\n)"),
        source);
    assertTrue(source.contains("@GeneratedClient\nclass Foo"), source);
    assertFalse(source.contains("date"), source);
  }

  @Test
  void noneAddsNothing() {
    TypeSpec type = TypeHeader.NONE.apply(TypeSpec.classBuilder("Foo")).build();
    assertEquals(List.of(), type.annotations());
    assertEquals(List.of(), type.originatingElements());
  }

  @Test
  void unicodeEscapesJavacWouldTranslateAreFound() {
    String bs = "\\";
    assertEquals(3, GeneratedFiles.unicodeEscape("/* " + bs + "u002a/ */"));
    assertEquals(0, GeneratedFiles.unicodeEscape(bs + "uuu000a"));
    assertEquals(3, GeneratedFiles.unicodeEscape("\"" + bs + bs + bs + "u0022\""), "an odd run of backslashes");
    assertEquals(-1, GeneratedFiles.unicodeEscape("\"" + bs + bs + "u002a\""), "an escaped backslash, then u");
    assertEquals(-1, GeneratedFiles.unicodeEscape("\"" + bs + "u0085" + bs + "u0000\""), "JavaPoet's control escapes");
    assertEquals(1, GeneratedFiles.unicodeEscape("\"" + bs + "u000d\""), "a line terminator is not allowed");
  }

  @Test
  void renderingRefusesAUnicodeEscape() {
    JavaFile file =
        JavaFile.builder("p", TypeSpec.classBuilder("A").addJavadoc("$L", "x " + "\\" + "u002a/ y").build()).build();
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> GeneratedFiles.render(file));
    assertTrue(e.getMessage().startsWith("p.A would contain a Java unicode escape at offset"), e.getMessage());
  }
}
