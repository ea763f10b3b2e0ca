package io.larkgen.hire.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.hire.coverage.SpecOperations.SpecOperation;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.RequestOptions;
import io.larkgen.runtime.UserAccessToken;
import io.larkgen.sandbox.FeishuSandbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per operation of the specs: a valid request built from the spec through the
 * generated builder, sent through the generated service and {@link DefaultLarkClient} to the
 * sandbox, and the decoded answer fully understood (no unknown field, no unknown enum value).
 */
class OperationCoverageTest {

  static final String BASE_PACKAGE = "io.larkgen.hire";

  static FeishuSandbox sandbox;
  private static DefaultLarkClient client;
  private static RequestFixtures fixtures;

  @TempDir static Path uploads;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(7L).interviews(200).rateLimits(false).specs(
        SpecOperations.present().toArray(String[]::new)).start();
    client = DefaultLarkClient.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
        .baseUrl(sandbox.baseUrl()).clientRateLimiting(false).build();
    fixtures = new RequestFixtures(BASE_PACKAGE, sandbox::idOf, uploads);
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    sandbox.close();
  }

  static Stream<SpecOperation> operations() {
    return SpecOperations.all().stream();
  }

  @Test
  void theCasesAreEveryOperationOfTheSpecs() {
    List<SpecOperation> ops = SpecOperations.all();
    assertFalse(ops.isEmpty(), "no operations read from " + SpecOperations.present());
    assertEquals(ops.size(), ops.stream().map(op -> op.spec() + " " + op.operationId()).distinct().count(),
        "operationIds are unique within each spec");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aValidRequestIsAnsweredAndFullyDecoded(SpecOperation op) throws Throwable {
    Object answer = send(op, RequestFixtures.build(fixtures.validBuilder(op)));
    assertNotNull(answer, op + ": no decoded answer");
    List<String> problems = DecodedTree.problems(answer);
    assertEquals(List.of(), problems, op + ": the answer has parts the generated types do not know");
    SpecOperation read = readerOf(op);
    if (read != null) {
      Object request = RequestFixtures.build(fixtures.validBuilder(op));
      Object body = request.getClass().getMethod("body").invoke(request);
      Object after = send(read, RequestFixtures.build(fixtures.validBuilder(read)));
      Map<String, Set<String>> answered = DecodedTree.allScalars(after);
      for (Map.Entry<String, String> written : DecodedTree.topScalars(body).entrySet()) {
        if (!answered.containsKey(written.getKey())) {
          // The sandbox answers every property of the read's schema, so a written field it never
          // answers is not part of the entity (e.g. patchNote's operator_id names who edits).
          continue;
        }
        assertTrue(answered.getOrDefault(written.getKey(), Set.of()).contains(written.getValue()),
            op + ": after the write, " + read.operationId() + " should answer " + written.getKey()
                + " = " + written.getValue() + ", answered " + answered.get(written.getKey()));
      }
    }
  }

  /**
   * The read of the entity a PUT or PATCH on {@code …/{x_id}} writes: the GET on the same path in
   * the same spec, or null when the spec has none (the sandbox stores what such writes send).
   */
  private static SpecOperation readerOf(SpecOperation op) {
    if (!(op.httpMethod().equals("PUT") || op.httpMethod().equals("PATCH")) || op.body() == null
        || !op.path().endsWith("}")) {
      return null;
    }
    return SpecOperations.all().stream()
        .filter(o -> o.spec().equals(op.spec()) && o.path().equals(op.path()) && o.httpMethod().equals("GET"))
        .findFirst().orElse(null);
  }

  /**
   * Sends a built request through the operation's generated service method: {@code (request,
   * RequestOptions)}, or {@code (request, UserAccessToken, RequestOptions)} for an operation that
   * takes only a user token.
   */
  static Object send(SpecOperation op, Object request) throws Throwable {
    Class<?> service = fixtures.serviceClass(op);
    Class<?>[] parameters = op.userTokenOnly()
        ? new Class<?>[] {fixtures.requestClass(op), UserAccessToken.class, RequestOptions.class}
        : new Class<?>[] {fixtures.requestClass(op), RequestOptions.class};
    Method method;
    try {
      method = service.getMethod(op.larkMethod(), parameters);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(op + ": " + service.getName() + " has no " + op.larkMethod()
          + Arrays.stream(parameters).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")), e);
    }
    Object[] arguments = op.userTokenOnly()
        ? new Object[] {request, UserAccessToken.of(sandbox.issueUserAccessToken()), RequestOptions.DEFAULT}
        : new Object[] {request, RequestOptions.DEFAULT};
    Object api = service.getMethod("create", LarkClient.class).invoke(null, client);
    try {
      return method.invoke(api, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(op + ": the call failed: " + e.getCause(), e.getCause());
    }
  }
}
