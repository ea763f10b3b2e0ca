package io.larkgen.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.Planner;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The writers on a hand-built model, without the loader or the processor. */
class ClientWriterTest {

  private static List<JavaFile> generate() {
    ClientPlan plan = Planner.plan(Fixtures.petstore(), "com.example.pet");
    return new ClientWriter(TypeHeader.NONE).write(plan);
  }

  @Test
  void handBuiltModelCompilesWithoutWarnings() {
    List<JavaFileObject> sources =
        generate().stream()
            .map(JavaFile::toJavaFileObject)
            .toList();
    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void writesTheSameFilesEveryTime() {
    assertEquals(
        generate().stream().map(JavaFile::toString).toList(),
        generate().stream().map(JavaFile::toString).toList());
  }

  @Test
  void fieldScopeWithoutConditionIsListedWithoutOne() {
    String service = source("PetsApi");
    assertTrue(service.contains(
        "<li>Field scope {@code contact:user.id:readonly} when {@code user_id_type=user_id}: ids\n"), service);
    assertTrue(service.contains("<li>Field scope {@code pet:owner:readonly}: owner fields\n"), service);
    assertFalse(service.contains("<code></code>"), service);
  }

  @Test
  void deprecatedOperationIsMarkedAndLinksItsDoc() {
    String service = source("PetsApi");
    String before = service.substring(0, service.indexOf("default Pet get(GetPetRequest request) {"));
    assertTrue(before.endsWith("   */\n  @Deprecated\n  "), before.substring(before.length() - 200));
    assertTrue(before.contains("@deprecated Superseded by the list with ids. Replacement: {@code listPets}."), before);
    assertEquals(1, service.split("@deprecated", -1).length - 1, "the deprecation is written once: " + service);
    assertTrue(service.contains(
        "<li>Feishu doc: <a href=\"https://open.feishu.cn/document/pet/v1/get\">"), service);
    assertTrue(service.contains("@Deprecated\n  Pet get(GetPetRequest request, RequestOptions options);"), service);
    assertTrue(service.contains("*/\n  default Page<Pet> list(ListPetsRequest request)"), service);
    // Its override too, or javac warns about overriding a deprecated method.
    assertTrue(source("DefaultPetsApi").contains(
        "@Override\n  @Deprecated\n  public Pet get(GetPetRequest request, RequestOptions options)"),
        source("DefaultPetsApi"));
  }

  private static String source(String simpleName) {
    return generate().stream()
        .filter(f -> f.typeSpec().name().equals(simpleName))
        .map(JavaFile::toString).findFirst().orElseThrow();
  }

}
