package io.larkgen.processor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {

  private static final String YAML = """
      openapi: 3.0.3
      paths:
        /a/{id}:
          get:
            operationId: getA
            tags: [a, "b"]
      n: 10
      f: 1.5
      q: "10"
      t: true
      z: ~
      """;

  private static SpecDocument load(String text) {
    SpecLoader.Result result = SpecLoader.load("t.yaml", text);
    assertEquals(List.of(), result.problems());
    return result.document().orElseThrow();
  }

  @Test
  void everyNodeHasItsPointerAndOneBasedPosition() {
    SpecDocument doc = load(YAML);
    JsonPointer op = JsonPointer.parse("#/paths/~1a~1{id}/get");
    SpecNode.Mapping get = assertInstanceOf(SpecNode.Mapping.class, doc.find(op).orElseThrow());
    assertEquals(new SourceLocation(4, 5), get.location(), "a collection is located at its key");
    assertEquals(new SourceLocation(5, 7), get.valueLocation(), "a block mapping starts at its first key");
    SpecNode.Scalar id = assertInstanceOf(SpecNode.Scalar.class, doc.find(op.child("operationId")).orElseThrow());
    assertEquals("getA", id.text());
    assertEquals(new SourceLocation(5, 20), id.location(), "a scalar is located at its value");
    SpecNode.Scalar tag = assertInstanceOf(SpecNode.Scalar.class, doc.find(op.append("tags", "1")).orElseThrow());
    assertEquals("b", tag.text());
    assertEquals(new SourceLocation(6, 17), tag.location());
    assertEquals(new SourceLocation(1, 1), doc.root().location());
  }

  @Test
  void scalarsKeepTheirYamlType() {
    SpecDocument doc = load(YAML);
    assertEquals(SpecNode.ScalarKind.INTEGER, kind(doc, "#/n"));
    assertEquals(SpecNode.ScalarKind.FLOAT, kind(doc, "#/f"));
    assertEquals(SpecNode.ScalarKind.STRING, kind(doc, "#/q"));
    assertEquals(SpecNode.ScalarKind.BOOLEAN, kind(doc, "#/t"));
    assertEquals(SpecNode.ScalarKind.NULL, kind(doc, "#/z"));
    assertEquals(SpecNode.ScalarKind.STRING, kind(doc, "#/openapi"), "3.0.3 is not a number");
  }

  private static SpecNode.ScalarKind kind(SpecDocument doc, String pointer) {
    return assertInstanceOf(SpecNode.Scalar.class, doc.find(JsonPointer.parse(pointer)).orElseThrow()).kind();
  }

  @Test
  void missingPointersAreLocatedAtTheirNearestAncestor() {
    SpecDocument doc = load(YAML);
    assertEquals(new SourceLocation(4, 5), doc.locate(JsonPointer.parse("#/paths/~1a~1{id}/get/responses/200")));
    assertEquals(new SourceLocation(1, 1), doc.locate(JsonPointer.parse("#/nothing/here")));
  }

  @Test
  void jsonWorksToo() {
    SpecDocument doc = load("{\n  \"openapi\": \"3.0.3\",\n  \"list\": [1, {\"k\": \"v\"}]\n}\n");
    SpecNode.Scalar v = assertInstanceOf(SpecNode.Scalar.class, doc.find(JsonPointer.parse("#/list/1/k")).orElseThrow());
    assertEquals(new SourceLocation(3, 21), v.location());
    assertEquals(SpecNode.ScalarKind.STRING, kind(doc, "#/openapi"));
  }

  @Test
  void syntaxErrorsCarryTheParsersPosition() {
    SpecLoader.Result result = SpecLoader.load("t.yaml", "a: 1\nb: [1, 2\nc: 3\n");
    assertTrue(result.document().isEmpty());
    Problem problem = result.problems().get(0);
    assertEquals(ProblemCode.YAML_SYNTAX, problem.code());
    assertEquals("#", problem.pointer());
    assertEquals(3, problem.line());
    assertEquals(2, problem.column());
    assertTrue(problem.format().startsWith("[larkgen.YAML_SYNTAX] t.yaml:3:2: #: "), problem.format());
  }

  @Test
  void emptyFileIsASyntaxError() {
    Problem problem = SpecLoader.load("t.yaml", "# only a comment\n").problems().get(0);
    assertEquals(ProblemCode.YAML_SYNTAX, problem.code());
    assertEquals(1, problem.line());
    assertTrue(problem.message().startsWith("the file is empty"));
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondKey() {
    SpecLoader.Result result = SpecLoader.load("t.yaml", "a:\n  b: 1\n  b: 2\n");
    Problem problem = result.problems().get(0);
    assertEquals(ProblemCode.DUPLICATE_KEY, problem.code());
    assertEquals("#/a/b", problem.pointer());
    assertEquals(3, problem.line());
    assertEquals(3, problem.column());
    assertTrue(problem.message().startsWith("duplicate key 'b' (first written at 2:3)"), problem.message());
  }

  @Test
  void aliasesAreExpandedAndRecursiveOnesReported() {
    SpecDocument doc = load("a: &x {k: v}\nb: *x\n");
    assertEquals("v", assertInstanceOf(SpecNode.Scalar.class, doc.find(JsonPointer.parse("#/b/k")).orElseThrow()).text());
    SpecLoader.Result recursive = SpecLoader.load("t.yaml", "a: &x\n  - *x\n");
    assertTrue(recursive.problems().stream().anyMatch(p -> p.code() == ProblemCode.YAML_SYNTAX), recursive.problems().toString());
  }
}
