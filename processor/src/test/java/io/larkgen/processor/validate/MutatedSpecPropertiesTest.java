package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The real Hire spec, mutated at random (keys deleted, scalars changed, references renamed,
 * types swapped, entries duplicated, the text truncated, garbage inserted, indentation changed),
 * never makes {@link ModelBuilder#build} throw or fail internally: every outcome is a model
 * with no error, or at least one located error and no model.
 */
class MutatedSpecPropertiesTest {

  private static final String SPEC = HireSpecTest.hireSpec();
  private static final List<String> LINES = SPEC.lines().toList();

  /** One edit; {@code at} and {@code choice} are reduced modulo what they index. */
  record Mutation(Kind kind, int at, int choice) {}

  enum Kind {
    DELETE_LINE,
    DELETE_BLOCK,
    CHANGE_SCALAR,
    RENAME_REF,
    SWAP_TYPE,
    DUPLICATE_BLOCK,
    TRUNCATE,
    INSERT_GARBAGE,
    CHANGE_INDENT,
    SWAP_LINES
  }

  private static final List<String> SCALARS =
      List.of("integr", "-1", "0", "''", "null", "~", "true", "3.1.0", "[a, b]", "{x: 1}",
          "'#/components/schemas/Nope'", "99999999999999999999", "1.5", "new", "class", "\"\"",
          "[]", "{}", "'x-lark-method'", "&anchor value", "*nowhere", "!!binary AAAA", "|", ">-");
  private static final List<String> TYPES =
      List.of("string", "integer", "number", "boolean", "object", "array", "integr", "null", "[string, null]");
  private static final List<String> GARBAGE =
      List.of(":", "{", "}", "[", "]", "\t", "&a ", "*a", "!!str ", "%YAML 1.2\n", "@", "`", "\u0000", "'",
          "\"", "- ", "? ", "#", "\n", "\n  x", ",", "\uFEFF", "\\", "---\n", "...\n", "\u2028", "😀");

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, Integer.MAX_VALUE))
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 1000, seed = "20261201")
  void buildNeverThrowsAndErrorsAreLocated(@ForAll("mutations") List<Mutation> mutations) {
    String text = SPEC;
    for (Mutation mutation : mutations) {
      text = apply(text, mutation);
    }
    LoadResult result = ModelBuilder.build("hire-interviews-v1.yaml", text);

    boolean anyError = result.problems().stream().anyMatch(Problem::isError);
    Statistics.label("outcome").collect(anyError ? "errors" : "model");
    Statistics.label("first code")
        .collect(anyError ? result.problems().stream().filter(Problem::isError).findFirst().orElseThrow().code() : "-");
    for (Problem problem : result.problems()) {
      assertFalse(problem.code() == ProblemCode.INTERNAL_ERROR, problem::message);
      assertTrue(problem.line() >= 1 && problem.column() >= 1, problem::format);
      assertTrue(problem.pointer().startsWith("#"), problem::format);
      assertEquals("hire-interviews-v1.yaml", problem.specPath());
    }
    assertEquals(!anyError, result.api().isPresent(), () -> result.problems().toString());
    List<Problem> sorted = new ArrayList<>(result.problems());
    sorted.sort(Problem.ORDER);
    assertEquals(sorted, result.problems());
  }

  static String apply(String text, Mutation m) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty()) {
      return text + pick(GARBAGE, m.choice());
    }
    int line = Math.floorMod(m.at(), lines.size());
    switch (m.kind()) {
      case DELETE_LINE -> lines.remove(line);
      case DELETE_BLOCK -> {
        int end = blockEnd(lines, line);
        lines.subList(line, end).clear();
      }
      case CHANGE_SCALAR -> {
        int colon = lines.get(line).indexOf(": ");
        String replacement = pick(SCALARS, m.choice());
        lines.set(line, colon < 0
            ? lines.get(line) + " " + replacement
            : lines.get(line).substring(0, colon + 2) + replacement);
      }
      case RENAME_REF -> {
        int ref = nth(lines, "$ref:", m.at());
        if (ref >= 0) {
          lines.set(ref, lines.get(ref).replaceFirst("/([A-Za-z]+)'", "/$1" + pick(List.of("X", "", "s", "/x", "~", "~1"), m.choice()) + "'"));
        }
      }
      case SWAP_TYPE -> {
        int type = nth(lines, "type: ", m.at());
        if (type >= 0) {
          String current = lines.get(type);
          lines.set(type, current.substring(0, current.indexOf("type: ") + 6) + pick(TYPES, m.choice()));
        }
      }
      case DUPLICATE_BLOCK -> {
        int end = blockEnd(lines, line);
        lines.addAll(end, new ArrayList<>(lines.subList(line, end)));
      }
      case TRUNCATE -> {
        return text.substring(0, Math.floorMod(m.choice(), text.length() + 1));
      }
      case INSERT_GARBAGE -> {
        int offset = Math.floorMod(m.choice(), text.length() + 1);
        return text.substring(0, offset) + pick(GARBAGE, m.at()) + text.substring(offset);
      }
      case CHANGE_INDENT -> {
        String current = lines.get(line);
        int delta = Math.floorMod(m.choice(), 5) - 2;
        lines.set(line, delta >= 0 ? " ".repeat(delta + 1) + current : current.substring(Math.min(-delta, leading(current))));
      }
      case SWAP_LINES -> {
        int other = Math.floorMod(m.choice(), lines.size());
        String a = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, a);
      }
      default -> throw new IllegalStateException(m.kind().name());
    }
    return String.join("\n", lines) + "\n";
  }

  /** The end (exclusive) of the entry starting at {@code start}: the lines indented deeper. */
  private static int blockEnd(List<String> lines, int start) {
    int indent = leading(lines.get(start));
    int end = start + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || leading(lines.get(end)) > indent)) {
      end++;
    }
    return end;
  }

  private static int leading(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static int nth(List<String> lines, String needle, int n) {
    List<Integer> hits = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        hits.add(i);
      }
    }
    return hits.isEmpty() ? -1 : hits.get(Math.floorMod(n, hits.size()));
  }

  private static String pick(List<String> values, int choice) {
    return values.get(Math.floorMod(choice, values.size()));
  }

  /** Guards the mutation helpers themselves: a deleted block is gone, a truncation shortens. */
  @net.jqwik.api.Example
  void mutationsChangeTheText() {
    int refLine = LINES.indexOf(LINES.stream().filter(l -> l.contains("x-lark-service:")).findFirst().orElseThrow());
    String deleted = apply(SPEC, new Mutation(Kind.DELETE_BLOCK, refLine, 0));
    assertFalse(deleted.contains("x-lark-service:"));
    assertTrue(deleted.length() < SPEC.length());
    assertEquals(10, apply(SPEC, new Mutation(Kind.TRUNCATE, 0, 10)).length());
    assertEquals(ProblemCode.MISSING_SERVICE,
        ModelBuilder.build("hire-interviews-v1.yaml", deleted).problems().get(0).code());
  }
}
