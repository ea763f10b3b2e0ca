package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.spec.SpecNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code x-lark-rate-limit: {requests-per-second | requests-per-minute, key, special,
 * description}}, the budget the client keeps for an operation (keyed by its operationId unless a
 * shared {@code key} is written); a {@code special} limit states no numbers and sets no budget.
 */
final class RateLimitExtension implements OperationExtension<Optional<RateLimitDef>> {
  private final Checker check;

  RateLimitExtension(ReadContext context) {
    this.check = context.check();
  }

  @Override
  public String key() {
    return "x-lark-rate-limit";
  }

  @Override
  public Optional<RateLimitDef> read(SpecNode.Mapping op, OperationScope scope) {
    String operationId = scope.operationId().orElse("");
    Optional<SpecNode.Mapping> m = check.mapping(op, key(), false, ProblemCode.BAD_EXTENSION);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(m.get(), ProblemCode.BAD_EXTENSION, "x-lark-rate-limit",
        List.of("requests-per-second", "requests-per-minute", "key", "special", "description"));
    boolean special = m.get().get("special")
        .flatMap(s -> check.asBoolean(s, ProblemCode.BAD_EXTENSION, "special")).orElse(false);
    if (special) {
      // 特殊频控: the docs give no numbers, so the client sets no budget of its own.
      if (m.get().has("requests-per-second") || m.get().has("requests-per-minute")) {
        check.report(ProblemCode.BAD_EXTENSION, m.get(),
            "a special rate limit (special: true) states no requests-per-second or requests-per-minute");
      }
      return Optional.empty();
    }
    boolean perMinute = m.get().has("requests-per-minute");
    Optional<Integer> rps = check.int32(m.get(), "requests-per-second", !perMinute, ProblemCode.BAD_EXTENSION);
    Optional<Integer> rpm = check.int32(m.get(), "requests-per-minute", false, ProblemCode.BAD_EXTENSION);
    Optional<String> key = check.string(m.get(), "key", false, ProblemCode.BAD_EXTENSION);
    if (rps.isPresent() && rps.get() <= 0) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("requests-per-second").orElseThrow(),
          "requests-per-second must be greater than 0, not " + rps.get());
      return Optional.empty();
    }
    if (rpm.isPresent() && rpm.get() <= 0) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("requests-per-minute").orElseThrow(),
          "requests-per-minute must be greater than 0, not " + rpm.get());
      return Optional.empty();
    }
    if (key.isPresent() && key.get().isBlank()) {
      check.report(ProblemCode.BAD_EXTENSION, m.get().get("key").orElseThrow(), "key must not be empty");
      return Optional.empty();
    }
    if (rps.isEmpty() && rpm.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RateLimitDef(key.orElse(operationId), rps.orElse(0), rpm.orElse(0)));
  }
}
