package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken spec per problem code, under {@code src/test/resources/specs/bad/model/}: each is the
 * valid {@link MiniSpec} with one mistake, and must give exactly the listed problems, as {@code
 * CODE line:column pointer}.
 */
class BadSpecTest {

  static String read(String resource) {
    try (InputStream in = BadSpecTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static LoadResult load(String name) {
    String path = "specs/bad/model/" + name + ".yaml";
    return ModelBuilder.build(path, read(path));
  }

  static List<String> summary(LoadResult result) {
    List<String> lines = new ArrayList<>();
    for (Problem p : result.problems()) {
      lines.add(p.code() + " " + p.line() + ":" + p.column() + " " + p.pointer());
    }
    return lines;
  }

  static Stream<Arguments> badSpecs() {
    return Stream.of(
        Arguments.of("bad-constraint", List.of(
            "BAD_CONSTRAINT 39:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/0/schema/default",
            "BAD_CONSTRAINT 41:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/0/schema/maximum")),
        Arguments.of("bad-envelope", List.of(
            "BAD_ENVELOPE 115:9 #/components/schemas/GetPetEnvelope/properties/data")),
        Arguments.of("bad-extension-pagination", List.of(
            "BAD_EXTENSION 29:19 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination/has-more")),
        Arguments.of("bad-pagination-items", List.of(
            "BAD_PAGINATION_ITEMS 28:16 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination/items")),
        Arguments.of("bad-extension-rate-limit", List.of(
            "BAD_EXTENSION 24:30 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-rate-limit/requests-per-second")),
        Arguments.of("bad-extension-require-any", List.of(
            "BAD_EXTENSION 32:30 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-require-any/0/parameters/1")),
        Arguments.of("bad-extension-retry", List.of(
            "BAD_EXTENSION 26:18 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-error-codes/0/retry")),
        Arguments.of("skipped-operation", List.of(
            "SKIPPED_OPERATION 64:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}~1photos/post")),
        Arguments.of("duplicate-enum-value", List.of(
            "DUPLICATE_ENUM_VALUE 138:17 #/components/schemas/Kind/enum/1")),
        Arguments.of("duplicate-key", List.of(
            "DUPLICATE_KEY 67:7 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/operationId")),
        Arguments.of("duplicate-operation-id", List.of(
            "DUPLICATE_OPERATION_ID 66:20 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/operationId")),
        Arguments.of("duplicate-parameter", List.of(
            "DUPLICATE_PARAMETER 53:11 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/4")),
        Arguments.of("enum-name-invalid", List.of(
            "ENUM_NAME_INVALID 139:30 #/components/schemas/Kind/x-enum-varnames/1")),
        Arguments.of("enum-names-mismatch", List.of(
            "ENUM_NAMES_MISMATCH 139:7 #/components/schemas/Kind/x-enum-varnames")),
        Arguments.of("enum-value-type", List.of(
            "ENUM_VALUE_TYPE 138:17 #/components/schemas/Kind/enum/1")),
        Arguments.of("enum-without-names", List.of(
            "ENUM_WITHOUT_NAMES 135:5 #/components/schemas/Kind")),
        Arguments.of("inline-enum", List.of(
            "INLINE_ENUM 49:13 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/2/schema/enum")),
        Arguments.of("inline-object", List.of(
            "INLINE_OBJECT 132:17 #/components/schemas/Pet/properties/owner/type")),
        Arguments.of("invalid-name", List.of(
            "INVALID_NAME 126:9 #/components/schemas/Pet/properties/1st")),
        Arguments.of("java-keyword", List.of(
            "JAVA_KEYWORD 67:22 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-method")),
        Arguments.of("bad-pattern", List.of(
            "BAD_PATTERN 45:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/1/schema/pattern")),
        Arguments.of("java-limit", List.of(
            "JAVA_LIMIT 123:9 #/components/schemas/Pet/properties/" + "x".repeat(129))),
        Arguments.of("java-name-clash", List.of(
            "JAVA_NAME_CLASH 125:9 #/components/schemas/Pet/properties/begin_time")),
        Arguments.of("missing-lark-method", List.of(
            "MISSING_LARK_METHOD 64:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get")),
        Arguments.of("missing-operation-id", List.of(
            "MISSING_OPERATION_ID 64:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get")),
        Arguments.of("missing-response", List.of(
            "MISSING_RESPONSE 74:7 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/responses/200")),
        Arguments.of("missing-service", List.of(
            "MISSING_SERVICE 2:1 #/x-lark-service")),
        Arguments.of("missing-tag", List.of(
            "MISSING_TAG 65:7 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/tags")),
        Arguments.of("not-openapi-3", List.of(
            "NOT_OPENAPI_3 2:10 #/openapi")),
        Arguments.of("openapi-structure", List.of(
            "OPENAPI_STRUCTURE 3:1 #/info/title")),
        Arguments.of("path-parameter-mismatch", List.of(
            "PATH_PARAMETER_MISMATCH 64:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get",
            "PATH_PARAMETER_MISMATCH 69:17 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/parameters/0/name")),
        Arguments.of("unknown-extension", List.of(
            "UNKNOWN_EXTENSION 23:7 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-retries")),
        Arguments.of("unknown-type", List.of(
            "UNKNOWN_TYPE 124:17 #/components/schemas/Pet/properties/begin_time/type")),
        Arguments.of("unresolved-ref", List.of(
            "UNRESOLVED_REF 130:17 #/components/schemas/Pet/properties/kind/$ref")),
        Arguments.of("unresolved-security-scheme", List.of(
            "UNRESOLVED_REF 7:5 #/security/0/tenantToken")),
        Arguments.of("unsupported-format", List.of(
            "UNSUPPORTED_FORMAT 123:19 #/components/schemas/Pet/properties/id/format")),
        Arguments.of("unsupported-parameter-location", List.of(
            "UNSUPPORTED_PARAMETER_LOCATION 42:15 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/1/in")),
        Arguments.of("unsupported-parameter-type", List.of(
            "UNSUPPORTED_PARAMETER_TYPE 47:11 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/2/schema")),
        Arguments.of("unsupported-request-body", List.of(
            "UNSUPPORTED_REQUEST_BODY 68:7 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/requestBody")),
        Arguments.of("unsupported-schema", List.of(
            "UNSUPPORTED_SCHEMA 119:7 #/components/schemas/Pet/additionalProperties")),
        Arguments.of("yaml-syntax", List.of(
            "YAML_SYNTAX 22:17 #")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSpecs")
  void reportsExactlyTheseProblems(String name, List<String> expected) {
    LoadResult result = load(name);
    assertEquals(expected, summary(result), () -> result.problems().toString());
    boolean anyError = result.problems().stream().anyMatch(Problem::isError);
    assertEquals(!anyError, result.api().isPresent(), "a model exactly when there is no error");
    for (Problem p : result.problems()) {
      assertEquals("specs/bad/model/" + name + ".yaml", p.specPath());
      assertTrue(p.message().endsWith("; fix: " + p.code().hint()), p.message());
    }
  }

  @Test
  void everySpecCodeHasABadSpec() {
    Set<ProblemCode> covered = EnumSet.noneOf(ProblemCode.class);
    badSpecs().forEach(args -> load((String) args.get()[0]).problems().forEach(p -> covered.add(p.code())));
    Set<ProblemCode> expected = EnumSet.allOf(ProblemCode.class);
    // Not about spec content: the locator's and the processor's own failures.
    expected.remove(ProblemCode.SPEC_NOT_FOUND);
    expected.remove(ProblemCode.INTERNAL_ERROR);
    // About the specs of one trigger together, not one spec's content (DiagnosticsTest).
    expected.remove(ProblemCode.SERVICE_MISMATCH);
    assertEquals(expected, covered);
    assertTrue(badSpecs().count() >= 18);
  }

  @Test
  void severalProblemsAreAllReportedSorted() {
    LoadResult result = load("several-problems");
    assertEquals(
        List.of(
            "UNKNOWN_EXTENSION 17:1 #/x-lark-colour",
            "BAD_EXTENSION 25:30 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-rate-limit/requests-per-second",
            "UNSUPPORTED_PARAMETER_LOCATION 43:15 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/1/in",
            "MISSING_OPERATION_ID 65:5 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get",
            "UNKNOWN_TYPE 124:17 #/components/schemas/Pet/properties/begin_time/type",
            "ENUM_NAME_INVALID 139:30 #/components/schemas/Kind/x-enum-varnames/1"),
        summary(result));
    assertFalse(result.api().isPresent());
    assertEquals(Diagnostic.Kind.WARNING, result.problems().get(0).kind());
    List<Problem> sorted = new ArrayList<>(result.problems());
    sorted.sort(Problem.ORDER);
    assertEquals(sorted, result.problems());
  }

  @Test
  void messagesFollowTheOneLineFormat() {
    Problem problem = load("unknown-type").problems().get(0);
    assertEquals(
        "[larkgen.UNKNOWN_TYPE] specs/bad/model/unknown-type.yaml:124:17: "
            + "#/components/schemas/Pet/properties/begin_time/type: "
            + "unknown type 'integr' (expected one of [array, boolean, integer, number, object, string])"
            + " (did you mean 'integer'?); fix: use one of the OpenAPI types",
        problem.format());
  }

  @Test
  void messagesNameWhatIsWrong() {
    assertEquals(
        "'#/components/schemas/Knd' does not exist (did you mean 'Kind'?); fix: " + ProblemCode.UNRESOLVED_REF.hint(),
        load("unresolved-ref").problems().get(0).message());
    assertTrue(load("java-name-clash").problems().get(0).message()
        .startsWith("property 'begin_time' and property 'beginTime' both become 'beginTime'"));
    assertTrue(load("bad-extension-require-any").problems().get(0).message()
        .contains("'sinse' is not a query parameter of the operation"));
    assertTrue(load("not-openapi-3").problems().get(0).message()
        .startsWith("openapi is '3.1.0', expected a 3.0.x version"));
    assertTrue(load("yaml-syntax").problems().get(0).message().startsWith("mapping values are not allowed here"));
  }

  @Test
  void warningsAloneKeepTheModel() {
    LoadResult result = load("unknown-extension");
    assertEquals(Diagnostic.Kind.WARNING, result.problems().get(0).kind());
    assertTrue(result.api().isPresent());
  }
}
