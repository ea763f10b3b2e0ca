package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.RateLimitDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code x-lark-rate-limit} per second, per minute, both, or Feishu's 特殊频控 ({@code special}). */
class RateLimitExtensionTest {

  private static final String LIMIT = "      x-lark-rate-limit:\n        requests-per-second: 5\n";

  private static LoadResult load(String limit) {
    return ModelBuilder.build("mini.yaml", MiniSpec.with(LIMIT, limit));
  }

  private static Optional<RateLimitDef> listPetsLimit(LoadResult result) {
    assertEquals(List.of(), result.problems().stream().filter(Problem::isError).map(Problem::message).toList());
    OperationDef op = result.api().orElseThrow().operations().stream()
        .filter(o -> o.operationId().equals("listPets")).findFirst().orElseThrow();
    return op.rateLimit();
  }

  private static List<String> errors(LoadResult result) {
    return result.problems().stream().filter(Problem::isError).map(p -> p.code() + " " + p.pointer()).toList();
  }

  @Test
  void perSecondAndPerMinute() {
    assertEquals(
        Optional.of(new RateLimitDef("listPets", 5, 300)),
        listPetsLimit(load(LIMIT + "        requests-per-minute: 300\n")));
  }

  @Test
  void perMinuteOnly() {
    assertEquals(
        Optional.of(new RateLimitDef("listPets", 0, 1000)),
        listPetsLimit(load("      x-lark-rate-limit:\n        requests-per-minute: 1000\n")));
  }

  @Test
  void aSpecialLimitHasNoBudget() {
    assertEquals(
        Optional.empty(),
        listPetsLimit(load("      x-lark-rate-limit:\n        special: true\n        description: 特殊频控\n")));
  }

  @Test
  void aSpecialLimitWithNumbersIsAnError() {
    List<String> errors = errors(load(LIMIT + "        special: true\n"));
    assertEquals(List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-rate-limit"), errors);
  }

  @Test
  void aPerMinuteLimitMustBePositive() {
    List<String> errors = errors(load(LIMIT + "        requests-per-minute: 0\n"));
    assertTrue(
        errors.equals(List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-rate-limit/requests-per-minute")),
        errors.toString());
  }
}
