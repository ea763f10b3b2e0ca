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
}
