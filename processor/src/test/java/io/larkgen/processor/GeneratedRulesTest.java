package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.larkgen.processor.validate.MiniSpec;
import io.larkgen.runtime.error.LarkRequestValidationException;
import io.larkgen.runtime.error.LarkRequestValidationException.Rule;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules a generated request enforces before any I/O, run on classes compiled from a spec:
 * {@code pattern} (on a parameter and on each item of a list), {@code minimum} on an integer and
 * on a string that spells a number, lists without null or empty items, instants outside the
 * millisecond range. Every rejection is a {@link LarkRequestValidationException} naming the
 * parameter and the rule.
 */
class GeneratedRulesTest {

  private static final String SPEC =
      MiniSpec.with(
              "        - name: page_token\n",
              String.join(
                  "\n",
                  "        - name: code",
                  "          in: query",
                  "          schema:",
                  "            type: string",
                  "            pattern: '^[a-z]{2}-[0-9]+$'",
                  "        - name: tags",
                  "          in: query",
                  "          schema:",
                  "            type: array",
                  "            maxItems: 5",
                  "            items:",
                  "              type: string",
                  "              maxLength: 4",
                  "              pattern: '^t'",
                  "        - name: batch",
                  "          in: query",
                  "          schema:",
                  "            type: string",
                  "            minimum: 1",
                  "            maximum: 50",
                  "        - name: page_token\n"))
          .replace("            default: 10\n            maximum: 100\n", "            default: 10\n            minimum: 1\n            maximum: 100\n");

  private static Path root;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() throws Exception {
    root = Files.createTempDirectory("larkgen-rules");
    Compilation compilation = SpecCompiler.compile(root, SPEC);
    assertThat(compilation).succeededWithoutWarnings();
    loader = SpecCompiler.loader(compilation);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    try (var files = Files.walk(root)) {
      for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Builds a listPets request with {@code since} set (the require-any rule) and the given setters. */
  private static Object build(Object... setters) throws Exception {
    Class<?> request = loader.loadClass("com.example.t.api.ListPetsRequest");
    Object builder = request.getMethod("builder").invoke(null);
    call(builder, "since", Instant.ofEpochMilli(1));
    for (int i = 0; i < setters.length; i += 2) {
      call(builder, (String) setters[i], setters[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static void call(Object builder, String name, Object value) throws Exception {
    SpecCompiler.set(builder, name, value);
  }

  private static String rejection(Object... setters) throws Exception {
    return rejected(setters).getMessage();
  }

  private static LarkRequestValidationException rejected(Object... setters) throws Exception {
    try {
      build(setters);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof LarkRequestValidationException rejected) {
        return rejected;
      }
      throw e;
    }
    throw new AssertionError("accepted: " + Arrays.toString(setters));
  }

  private static void assertRejected(String path, Rule rule, Object... setters) throws Exception {
    LarkRequestValidationException e = rejected(setters);
    assertEquals(path, e.path(), e::getMessage);
    assertEquals(rule, e.rule(), e::getMessage);
    assertEquals(0, e.httpStatus());
  }

  @Test
  void eachRejectionNamesItsPathAndRule() throws Exception {
    assertRejected("code", Rule.PATTERN, "code", "ab12");
    assertRejected("tags[1]", Rule.PATTERN, "tags", List.of("t1", "x"));
    assertRejected("tags[0]", Rule.MAX_LENGTH, "tags", List.of("tagss"));
    assertRejected("tags", Rule.MAX_ITEMS, "tags", List.of("t1", "t2", "t3", "t4", "t5", "t6"));
    assertRejected("tags", Rule.ITEMS, "tags", Arrays.asList("t1", null));
    assertRejected("page_size", Rule.MINIMUM, "pageSize", -5);
    assertRejected("batch", Rule.MAXIMUM, "batch", "51");
    assertRejected("batch", Rule.FORMAT, "batch", "ten");
    assertRejected("since", Rule.FORMAT, "since", Instant.MAX);
  }

  @Test
  void aValueMatchingEveryRuleIsAccepted() throws Exception {
    Object request = build("code", "ab-12", "tags", List.of("t1", "tag"), "batch", "50", "pageSize", 1);
    assertTrue(request.toString().contains("ab-12"), request.toString());
  }

  @Test
  void aPatternIsEnforced() throws Exception {
    assertEquals("code: \"ab12\" does not match the pattern ^[a-z]{2}-[0-9]+$", rejection("code", "ab12"));
  }

  @Test
  void eachItemOfAListIsChecked() throws Exception {
    assertEquals("tags[1]: \"x\" does not match the pattern ^t", rejection("tags", List.of("t1", "x")));
    assertEquals(
        "tags[0]: \"tagss\" is longer than the maximum length 4", rejection("tags", List.of("tagss")));
    assertEquals("tags: item 0 is an empty string; every item must have a value", rejection("tags", List.of("")));
    assertEquals(
        "tags: item 1 is null; lists may not hold null",
        rejection("tags", Arrays.asList("t1", null)));
  }

  @Test
  void aMinimumIsEnforcedOnIntegers() throws Exception {
    assertEquals("page_size: 0 is less than the minimum 1", rejection("pageSize", 0));
    assertEquals("page_size: -5 is less than the minimum 1", rejection("pageSize", -5));
  }

  @Test
  void boundsOfAStringThatSpellsANumberAreEnforced() throws Exception {
    assertEquals("batch: 0 is less than the minimum 1", rejection("batch", "0"));
    assertEquals("batch: 51 is greater than the maximum 50", rejection("batch", "51"));
    assertEquals("batch: \"ten\" is not a decimal number", rejection("batch", "ten"));
  }

  @Test
  void instantsOutsideTheMillisecondRangeNameTheParameter() throws Exception {
    assertEquals(
        "since: " + Instant.MAX + " is outside the range of milliseconds since the epoch that a 64-bit integer holds",
        rejection("since", Instant.MAX));
  }
}
