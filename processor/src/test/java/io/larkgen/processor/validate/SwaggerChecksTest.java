package io.larkgen.processor.validate;

import static io.larkgen.processor.validate.MiniSpec.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** swagger-parser's structural messages, located through their dotted paths. */
class SwaggerChecksTest {

  private static List<Problem> problems(String text) {
    return ModelBuilder.build("m.yaml", text).problems();
  }

  private static String summary(Problem p) {
    return p.code() + " " + p.line() + ":" + p.column() + " " + p.pointer();
  }

  @Test
  void dottedPathsBecomeTokens() {
    assertEquals(List.of("paths", "/a.b/{id}", "get", "responses", "200"),
        SwaggerChecks.tokens("paths.'/a.b/{id}'(get).responses.200"));
    assertEquals(List.of("info", "title"), SwaggerChecks.tokens("info.title"));
    assertEquals(List.of("paths", "/x", "get", "parameters", "[page_token]", "in"),
        SwaggerChecks.tokens("paths.'/x'(get).parameters.[page_token].in"));
  }

  @Test
  void unexpectedParameterKeyIsLocatedAtTheNamedParameter() {
    List<Problem> found = problems(with("        - name: page_token\n          in: query\n",
        "        - name: page_token\n          in: query\n          requried: true\n"));
    assertEquals(List.of("OPENAPI_STRUCTURE 42:11 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/1/requried"),
        found.stream().map(SwaggerChecksTest::summary).toList());
    assertTrue(found.get(0).message().startsWith(
        "attribute paths.'/open-apis/mini/v1/pets'(get).parameters.[page_token].requried is unexpected"));
  }

  @Test
  void missingAttributeIsLocatedAtItsParent() {
    List<Problem> found = problems(with("  title: Mini\n", ""));
    assertEquals(List.of("OPENAPI_STRUCTURE 2:1 #/info/title"), found.stream().map(SwaggerChecksTest::summary).toList());
  }

  @Test
  void messagesAboutWhatALarkgenRuleReportedAreDropped() {
    List<Problem> found = problems(with("      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/GetPetEnvelope'\n",
        "      respones:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/GetPetEnvelope'\n"));
    assertEquals(List.of(
            "MISSING_RESPONSE 63:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/responses",
            "OPENAPI_STRUCTURE 73:7 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/respones"),
        found.stream().map(SwaggerChecksTest::summary).toList(),
        "the unexpected key is a different pointer, so both are kept");
    List<Problem> typo = problems(with("        id:\n          type: string\n", "        id:\n          tpye: string\n"));
    assertEquals(List.of("UNKNOWN_TYPE 120:9 #/components/schemas/Pet/properties/id/type"),
        typo.stream().map(SwaggerChecksTest::summary).toList());
    assertTrue(typo.get(0).message().contains("; 'tpye' (did you mean 'type'?)"), typo.get(0).message());
  }
}
