package io.larkgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.processor.writer.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Spec text cannot add code to the generated sources. Descriptions, names, enum values and
 * patterns are drawn from pieces that end comments and strings in Java (unicode escapes such as
 * {@code \}{@code u002a/}, {@code *}{@code /}, quotes, backslashes, line separators, very long
 * text); whatever the processor accepts must compile, contain no unicode escape javac would
 * translate, and, with comments and literals removed, be token for token the code generated
 * from a spec with plain text in the same places.
 */
class InjectionPropertiesTest {

  private static final String BS = "\\";

  /** Pieces of hostile text; a Java unicode escape is spelt with {@link #BS} so that none is in this file. */
  private static final List<String> PIECES =
      List.of(
          BS + "u002a/",
          BS + "u002A" + BS + "u002F",
          BS + "uu002a/",
          BS + "u000a",
          BS + "u000d",
          BS + "u0022",
          BS + "u005c",
          BS + BS + "u002a/",
          "*/",
          "/*",
          "/**",
          "//",
          "\"",
          "'",
          BS,
          "\n",
          "\r\n",
          "\r",
          "\u2028",
          "\u0085",
          "{@code ",
          "}",
          "{",
          "@",
          "<",
          "&",
          "`",
          "$L",
          "$S",
          "%s",
          " static { System.exit(3); } ",
          "x",
          "name",
          "_",
          "1",
          "面试",
          "😀",
          "x".repeat(3_000),
          "长".repeat(12_000));

  private static final String TEMPLATE = """
      openapi: 3.0.3
      info:
        title: T
        version: 1.0.0
        description: @INFO@
      security:
        - tenantAccessToken: []
      x-lark-service:
        name: mini
        version: v1
      x-lark-envelope:
        code: code
        msg: msg
        data: data
        success-code: 0
      paths:
        /open-apis/mini/v1/pets:
          get:
            tags: [pets]
            operationId: listPets
            x-lark-method: list
            summary: @SUMMARY@
            description: @DESCRIPTION@
            x-lark-rate-limit:
              requests-per-second: 5
            x-lark-require-any:
              - parameters: [@PARAM@, since]
                description: @RULE@
            parameters:
              - name: @PARAM@
                in: query
                description: @PARAM_DOC@
                schema:
                  type: string
                  maxLength: 20
                  pattern: @PATTERN@
              - name: since
                in: query
                schema:
                  type: string
                  format: epoch-millis
            responses:
              '200':
                description: @RESPONSE@
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/ListPetsEnvelope'
      components:
        securitySchemes:
          tenantAccessToken:
            type: http
            scheme: bearer
            x-lark-token-types: [tenant_access_token]
        schemas:
          ListPetsEnvelope:
            type: object
            properties:
              code:
                type: integer
              msg:
                type: string
              data:
                $ref: '#/components/schemas/Pet'
          Pet:
            type: object
            description: @SCHEMA_DOC@
            required: [@PROPERTY@]
            properties:
              @PROPERTY@:
                type: string
                description: @PROPERTY_DOC@
              kind:
                $ref: '#/components/schemas/Kind'
          Kind:
            type: string
            description: @ENUM_DOC@
            enum: [@VALUE@, plain_b]
            x-enum-varnames: [A, B]
            x-enum-descriptions: [@VALUE_DOC@, b]
            x-lark-enum-descriptions-en: [@VALUE_DOC_EN@, b]
      """;

  private static final List<String> TEXT_SLOTS =
      List.of("INFO", "SUMMARY", "DESCRIPTION", "RULE", "PARAM_DOC", "RESPONSE", "SCHEMA_DOC",
          "PROPERTY_DOC", "ENUM_DOC", "VALUE_DOC", "VALUE_DOC_EN");

  /** Slot → the plain value of the reference spec. */
  private static final Map<String, String> PLAIN =
      Map.of("PARAM", "owner_id", "PROPERTY", "pet_id", "VALUE", "plain_a", "PATTERN", "^[a-z]+$");

  private static Path root;
  private static List<String> plainShape;

  @BeforeContainer
  static void referenceSpec() throws IOException {
    root = Files.createTempDirectory("larkgen-injection");
    plainShape = compileAndCheck(spec(Map.of())).orElseThrow(() -> new AssertionError("the plain spec must compile"));
  }

  @AfterContainer
  static void cleanUp() throws IOException {
    try (var files = Files.walk(root)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(file);
      }
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<Map<String, String>> slots() {
    List<String> all = new ArrayList<>(TEXT_SLOTS);
    all.addAll(PLAIN.keySet());
    Arbitrary<String> text = hostile();
    Arbitrary<String> name =
        Arbitraries.oneOf(hostile(), hostile().map(s -> "a" + s), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    return Arbitraries.subsetOf(all)
        .flatMap(chosen -> {
          List<Arbitrary<Map.Entry<String, String>>> entries = new ArrayList<>();
          for (String slot : chosen) {
            Arbitrary<String> value = PLAIN.containsKey(slot) ? name : text;
            entries.add(value.map(v -> Map.entry(slot, v)));
          }
          return net.jqwik.api.Combinators.combine(entries)
              .as(list -> list.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        });
  }

  @Property(tries = 60, seed = "20261202")
  void acceptedSpecsCompileToTheGeneratedCodeOnly(@ForAll("slots") Map<String, String> slots) throws IOException {
    var shape = compileAndCheck(spec(slots));
    Statistics.label("outcome").collect(shape.isPresent() ? "accepted" : "rejected");
    shape.ifPresent(s -> assertSameShape(s, slots.keySet().toString()));
  }

  @Example
  void unicodeEscapesInEveryDescriptionStayText() throws IOException {
    Map<String, String> slots = new java.util.HashMap<>();
    for (String slot : TEXT_SLOTS) {
      slots.put(slot, "a " + BS + "u002a/ static { System.exit(3); } /** " + BS + "uu002A" + BS + "u002F " + BS + "u000a x");
    }
    var shape = compileAndCheck(spec(slots));
    assertTrue(shape.isPresent(), "descriptions are free text; the spec is valid");
    assertSameShape(shape.get(), "every description");
  }

  @Example
  void aNameWithAUnicodeEscapeIsRejectedOrHarmless() throws IOException {
    var shape = compileAndCheck(spec(Map.of("PROPERTY", "id" + BS + "u002a/x", "VALUE", BS + "u0022; static {}")));
    shape.ifPresent(s -> assertSameShape(s, "a name and an enum value"));
  }

  /** Fails showing the first token where {@code shape} leaves the plain spec's shape. */
  private static void assertSameShape(List<String> shape, String varied) {
    int at = 0;
    while (at < shape.size() && at < plainShape.size() && shape.get(at).equals(plainShape.get(at))) {
      at++;
    }
    if (at == shape.size() && at == plainShape.size()) {
      return;
    }
    String fileName = "";
    for (int i = 0; i < at; i++) {
      fileName = shape.get(i).startsWith("// ") ? shape.get(i) : fileName;
    }
    throw new AssertionError(
        "with hostile text in " + varied + ", code (comments and literals removed) differs in " + fileName
            + " at token " + at + ": expected " + plainShape.subList(at, Math.min(plainShape.size(), at + 12))
            + " but was " + shape.subList(at, Math.min(shape.size(), at + 12)));
  }

  private static String spec(Map<String, String> slots) {
    String text = TEMPLATE;
    for (String slot : TEXT_SLOTS) {
      text = text.replace("@" + slot + "@", yaml(slots.getOrDefault(slot, "plain text")));
    }
    for (Map.Entry<String, String> plain : PLAIN.entrySet()) {
      text = text.replace("@" + plain.getKey() + "@", yaml(slots.getOrDefault(plain.getKey(), plain.getValue())));
    }
    return text;
  }

  /** A YAML double-quoted scalar holding exactly {@code text}. */
  private static String yaml(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\u2028' -> out.append("\\L");
        case '\u0085' -> out.append("\\N");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Compiles the spec; when the processor accepts it, checks that the output compiled and holds
   * no translatable unicode escape, and returns its code shape. When it rejects it, checks the
   * rejection is a located spec problem, not an internal error.
   */
  private static java.util.Optional<List<String>> compileAndCheck(String spec) throws IOException {
    Compilation compilation = SpecCompiler.compile(root, spec);
    List<String> errors = SpecCompiler.errors(compilation);
    if (compilation.status() == Compilation.Status.FAILURE) {
      assertFalse(errors.isEmpty(), "nothing generated, yet no error");
      for (String error : errors) {
        assertTrue(
            error.startsWith("[larkgen.") && !error.startsWith("[larkgen.INTERNAL_ERROR]"),
            () -> compilation.diagnostics() + "\nin the spec:\n" + spec.codePoints()
                .mapToObj(c -> c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 || c == 0x2028 ? String.format("<U+%04X>", c) : Character.toString(c))
                .collect(java.util.stream.Collectors.joining()));
      }
      Statistics.label("first error").collect(errors.get(0).substring(0, errors.get(0).indexOf(']') + 1));
      return java.util.Optional.empty();
    }
    assertEquals(List.of(), errors, "the processor accepted the spec, so its output must compile");
    Map<String, String> sources = Compilations.generatedSources(compilation);
    List<String> shape = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      assertEquals(-1, GeneratedFiles.unicodeEscape(source.getValue()), source.getKey() + " holds a unicode escape");
      shape.add("// " + source.getKey());
      shape.addAll(JavaTokens.shape(source.getValue()));
    }
    return java.util.Optional.of(shape);
  }

  /** Sanity of the shape itself: a static block hidden in a comment by a unicode escape is seen. */
  @Example
  void theShapeSeesCodeThatAUnicodeEscapeLetsOutOfAComment() {
    String safe = "/** a */ class A {}";
    String injected = "/** a " + BS + "u002a/ static { } /** */ class A {}";
    assertFalse(JavaTokens.shape(safe).equals(JavaTokens.shape(injected)));
    assertEquals(Set.of(), Set.copyOf(JavaTokens.shape("/* " + BS + BS + "u002a/ */")));
  }
}
