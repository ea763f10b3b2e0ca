package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.SpecNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code x-lark-app-types}, the kinds of app ({@code custom}, {@code isv}) that may call
 * the API: at the root for every operation, on an operation for that one.
 */
final class AppTypesExtension implements OperationExtension<List<String>> {
  private static final List<String> APP_TYPES = List.of("custom", "isv");

  private final Checker check;

  AppTypesExtension(ReadContext context) {
    this.check = context.check();
  }

  /** The app types written on {@code owner}, the root or an operation; empty when none are written. */
  Optional<List<String>> appTypes(SpecNode.Mapping owner) {
    Optional<SpecNode> node = owner.get(key());
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<List<String>> types =
        check.asSequence(node.get(), ProblemCode.BAD_EXTENSION, "x-lark-app-types")
            .flatMap(s -> check.stringList(s, ProblemCode.BAD_EXTENSION, "x-lark-app-types item"));
    if (types.isEmpty()) {
      return Optional.of(List.of());
    }
    SpecNode.Sequence sequence = (SpecNode.Sequence) node.get();
    if (sequence.items().isEmpty()) {
      check.report(ProblemCode.BAD_EXTENSION, sequence, "x-lark-app-types is empty (expected some of " + APP_TYPES + ")");
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < types.get().size(); i++) {
      String type = types.get().get(i);
      if (!APP_TYPES.contains(type)) {
        check.report(ProblemCode.BAD_EXTENSION, sequence.items().get(i),
            "unknown app type '" + type + "' (expected one of " + APP_TYPES + ")");
      } else if (!seen.add(type)) {
        check.report(ProblemCode.BAD_EXTENSION, sequence.items().get(i), "app type '" + type + "' is listed twice");
      }
    }
    return Optional.of(List.copyOf(seen));
  }

  @Override
  public String key() {
    return "x-lark-app-types";
  }

  @Override
  public List<String> read(SpecNode.Mapping op, OperationScope scope) {
    return appTypes(op).orElse(scope.rootAppTypes());
  }
}
