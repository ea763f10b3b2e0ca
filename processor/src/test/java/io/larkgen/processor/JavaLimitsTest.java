package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.processor.validate.MiniSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs at a class-file limit compile; one step past it they are rejected with a located
 * {@code JAVA_LIMIT} (or name clash) problem instead of giving code javac refuses ("code too
 * large", "too many parameters", "constant string too long").
 */
class JavaLimitsTest {

  @TempDir Path root;

  private static final String PET_PROPERTIES = "        id:\n          type: string\n";

  private static final String KIND =
      "      enum: [1, 2]\n"
          + "      x-enum-varnames: [CAT, DOG]\n"
          + "      x-enum-descriptions: [猫, 狗]\n"
          + "      x-lark-enum-descriptions-en: [Cat, Dog]\n";

  /** The mini spec with {@code Kind} made a string enum of {@code count} long values. */
  private static String stringEnum(int count) {
    String values = IntStream.range(0, count).mapToObj(i -> "value_number_" + i).collect(Collectors.joining(", "));
    String names = IntStream.range(0, count).mapToObj(i -> "VALUE_NUMBER_" + i).collect(Collectors.joining(", "));
    String descriptions = IntStream.range(0, count).mapToObj(i -> "第 " + i + " 个").collect(Collectors.joining(", "));
    String spec = MiniSpec.with(KIND, "      enum: [" + values + "]\n"
        + "      x-enum-varnames: [" + names + "]\n"
        + "      x-enum-descriptions: [" + descriptions + "]\n"
        + "      x-lark-enum-descriptions-en: [" + values + "]\n");
    return MiniSpec.edit(spec, "    Kind:\n      type: integer\n      format: int32\n", "    Kind:\n      type: string\n");
  }

  /** The mini spec with {@code count} properties on {@code Pet}. */
  private static String properties(int count) {
    String extra = IntStream.range(1, count - 4).mapToObj(i -> "        p" + i + ":\n          type: string\n")
        .collect(Collectors.joining());
    return MiniSpec.with(PET_PROPERTIES, PET_PROPERTIES + extra);
  }

  /** The mini spec with {@code count} parameters on {@code listPets}. */
  private static String parameters(int count) {
    String extra = IntStream.range(0, count - 4)
        .mapToObj(i -> "        - name: q" + i + "\n          in: query\n          schema:\n            type: string\n")
        .collect(Collectors.joining());
    return MiniSpec.with("        - name: page_token\n", extra + "        - name: page_token\n");
  }

  private static String enumDescription(String text) {
    return MiniSpec.with("x-enum-descriptions: [猫, 狗]", "x-enum-descriptions: [\"" + text + "\", 狗]");
  }

  private static String propertyName(String name) {
    return MiniSpec.with(PET_PROPERTIES, PET_PROPERTIES + "        " + name + ":\n          type: string\n");
  }

  private void compiles(String spec) {
    Compilation compilation = SpecCompiler.compile(root, spec);
    assertThat(compilation).succeededWithoutWarnings();
  }

  private void rejected(String spec, String code, String detail) {
    Compilation compilation = SpecCompiler.compile(root, spec);
    List<String> errors = SpecCompiler.errors(compilation);
    assertTrue(
        errors.stream().allMatch(e -> e.startsWith("[larkgen."))
            && errors.stream().anyMatch(e -> e.startsWith("[larkgen." + code + "] ") && e.contains("t.yaml:") && e.contains(detail)),
        errors.toString());
  }

  @Test
  void anEnumOfTheMostValuesCompiles() {
    compiles(stringEnum(1_000));
  }

  @Test
  void largerEnumsAreRejected() {
    rejected(stringEnum(1_001), "JAVA_LIMIT", "enum schema 'Kind' has 1001 values; at most 1000");
    rejected(stringEnum(2_500), "JAVA_LIMIT", "has 2500 values");
  }

  @Test
  void anObjectOfTheMostPropertiesCompiles() {
    compiles(properties(250));
  }

  @Test
  void largerObjectsAreRejected() {
    rejected(properties(256), "JAVA_LIMIT", "schema 'Pet' has 256 entries; at most 250");
  }

  @Test
  void anOperationWithTheMostParametersCompiles() {
    compiles(parameters(250));
  }

  @Test
  void operationsWithMoreParametersAreRejected() {
    rejected(parameters(260), "JAVA_LIMIT", "parameter list has 260 entries");
  }

  @Test
  void theLongestTextCompilesAsAStringConstant() {
    // 10,922 three-byte characters and one ASCII letter: 32,767 bytes.
    compiles(enumDescription("长".repeat(10_922) + "x"));
  }

  @Test
  void longerTextIsRejected() {
    rejected(enumDescription("长".repeat(10_922) + "xy"), "JAVA_LIMIT", "a text of 32768 bytes");
    rejected(enumDescription("x".repeat(70_000)), "JAVA_LIMIT", "a text of 70000 bytes");
  }

  @Test
  void theLongestNameCompiles() {
    compiles(propertyName("n".repeat(128)));
  }

  @Test
  void longerNamesAreRejected() {
    rejected(propertyName("n".repeat(129)), "JAVA_LIMIT", "has 129 characters");
    // YAML allows 1,024 characters in an implicit key; a longer one is written as an explicit "? key".
    String explicitKey = "        ? " + "n".repeat(70_000) + "\n        :\n          type: string\n";
    rejected(MiniSpec.with(PET_PROPERTIES, PET_PROPERTIES + explicitKey), "JAVA_LIMIT", "has 70000 characters");
  }

  @Test
  void aSchemaNamedBuilderIsRejected() {
    rejected(
        MiniSpec.with("    Kind:\n", "    Builder:\n      type: object\n      properties:\n        x:\n          type: string\n    Kind:\n"),
        "JAVA_NAME_CLASH",
        "clashes with the nested Builder class");
  }
}
